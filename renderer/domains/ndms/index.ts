/** The NDMS domain's live layers, in drawing order (alerts under reports under hazards). */
import type { LayerModule } from '../../map/layer-module';
import { alertAreasModule } from './alert-areas';
import { recoveryModule } from './recovery';
import { alertsModule } from './alerts';
import { reportsLayerModule } from './reports-layer';
import { quakesModule, sheltersModule, typhoonsModule } from './hazards';

export const ndmsModules: readonly LayerModule[] = [recoveryModule, alertAreasModule, alertsModule, typhoonsModule, quakesModule, reportsLayerModule, sheltersModule];

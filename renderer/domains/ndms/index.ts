/** The NDMS domain's live layers, in drawing order (alerts under reports under hazards). */
import type { LayerModule } from '../../map/layer-module';
import { alertsModule, reportsModule } from './alerts';
import { quakesModule, sheltersModule, typhoonsModule } from './hazards';

export const ndmsModules: readonly LayerModule[] = [alertsModule, typhoonsModule, quakesModule, reportsModule, sheltersModule];

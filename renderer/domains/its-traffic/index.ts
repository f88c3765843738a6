/**
 * ITS traffic: the road network coloured by congestion through feature-state (`roads.ts`), closed
 * links as barrier tape on it (`closed-links.ts`), detours, incidents with an icon per kind, CCTV
 * cameras, variable message signs with their text, and hazard warnings. Every label of a non-actual
 * feature starts with 훈련 / EXERCISE.
 */
import type { LayerModule } from '../../map/layer-module';
import { cctvModule } from './cctv';
import { closedLinksModule } from './closed-links';
import { detoursModule } from './detours';
import { hazardsModule } from './hazards';
import { incidentsModule } from './incidents';
import { roadsModule } from './roads';
import { vmsModule } from './vms';

export { roadsModule, ROADS_SOURCE, trafficState } from './roads';
export { incidentsModule, INCIDENTS_SOURCE, INCIDENTS_ICON_LAYER } from './incidents';

export const itsTrafficModules: readonly LayerModule[] = [roadsModule, closedLinksModule, detoursModule, hazardsModule, incidentsModule, vmsModule, cctvModule];

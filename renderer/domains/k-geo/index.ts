/** The K-Geo domain: basemap, boundaries, names, places, and the selection/measurement overlays. */
import type { LayerModule } from '../../map/layer-module';
import { baseModule } from './base';
import { emdModule, sidoModule, sigunguModule } from './boundaries';
import { labelsModule } from './labels';
import { measureModule, selectionModule } from './overlays';
import { placesModule } from './places';

/**
 * In drawing order within each slot (see map/style.ts). Region names come after places: later
 * symbol layers are placed first, so province names win over port and peak labels.
 */
export const kGeoModules: readonly LayerModule[] = [baseModule, sidoModule, sigunguModule, emdModule, selectionModule, placesModule, labelsModule, measureModule];

/** The K-Geo domain: basemap, boundaries, names, places, and the selection/measurement overlays. */
import type { LayerModule } from '../../map/layer-module';
import { baseModule } from './base';
import { emdModule, sidoModule, sigunguModule } from './boundaries';
import { labelsModule } from './labels';
import { measureModule, selectionModule } from './overlays';
import { placesModule } from './places';

/** In drawing order within each slot (see map/style.ts). */
export const kGeoModules: readonly LayerModule[] = [baseModule, sidoModule, sigunguModule, emdModule, selectionModule, labelsModule, placesModule, measureModule];

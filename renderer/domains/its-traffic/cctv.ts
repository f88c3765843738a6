/**
 * CCTV cameras (`its.cctv`): a camera icon, the name from zoom 10. A click opens the camera viewer,
 * which loads the still or stream only from the configured camera origins (`cctv-origins.ts`).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { visibility, type LayerModule } from '../../map/layer-module';
import { liveLabelLayer, liveSource } from '../../map/live-layer';
import { CCTV_ICON, EXERCISE_SUFFIX } from './icon-shapes';

export const CCTV_SOURCE = 'its-traffic:cctv';
export const CCTV_ICON_LAYER = 'its-traffic:cctv-icon';

const ICON: ExpressionSpecification = ['concat', CCTV_ICON.name, ['case', ['==', ['get', 'status'], 'actual'], '', EXERCISE_SUFFIX]];

export const cctvModule: LayerModule = {
  id: 'its-traffic:cctv',
  domain: 'its-traffic',
  titleKey: 'layer.its-traffic:cctv',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: CCTV_SOURCE, stream: 'its.cctv' }],
  sources: () => ({ [CCTV_SOURCE]: liveSource() }),
  layers: (ctx, state) => [
    {
      id: CCTV_ICON_LAYER,
      type: 'symbol',
      source: CCTV_SOURCE,
      minzoom: 7,
      layout: { visibility: visibility(state), 'icon-image': ICON, 'icon-size': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 12, 0.95], 'icon-allow-overlap': true },
      paint: { 'icon-opacity': state.opacity },
    },
    liveLabelLayer(ctx, state, 'its-traffic:cctv-label', CCTV_SOURCE, ['coalesce', ['get', 'name'], ''], { minzoom: 10, offset: 1.2 }),
  ],
};

/**
 * Roadside hazard warnings (`its.hazards`): fog, ice and road collapse, each with its own icon shape
 * (a wide pill, a hexagon, a downward triangle), and a label with the kind in words, the road and,
 * for fog, the visibility. Ended warnings are not drawn. A click opens the hazard card.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { visibility, type LayerModule } from '../../map/layer-module';
import { liveLabelLayer, liveSource, t } from '../../map/live-layer';
import { EXERCISE_SUFFIX, HAZARD_ICONS } from './icon-shapes';

export const HAZARDS_SOURCE = 'its-traffic:hazards';
export const HAZARDS_ICON_LAYER = 'its-traffic:hazards-icon';

/** The live source's `kind` is the envelope's (`hazard.fog`, ...), which hides the props' own. */
const KIND: ExpressionSpecification = ['match', ['get', 'kind'], 'hazard.ice', 'ice', 'hazard.collapse', 'collapse', 'fog'];
const ICON: ExpressionSpecification = ['concat', 'its-hazard-', KIND, ['case', ['==', ['get', 'status'], 'actual'], '', EXERCISE_SUFFIX]];
const ACTIVE: ExpressionSpecification = ['==', ['get', 'endTs'], null];

export const hazardsModule: LayerModule = {
  id: 'its-traffic:hazards',
  domain: 'its-traffic',
  titleKey: 'layer.its-traffic:hazards',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: HAZARDS_SOURCE, stream: 'its.hazards' }],
  sources: () => ({ [HAZARDS_SOURCE]: liveSource() }),
  layers: (ctx, state) => [
    {
      id: HAZARDS_ICON_LAYER,
      type: 'symbol',
      source: HAZARDS_SOURCE,
      filter: ACTIVE,
      layout: { visibility: visibility(state), 'icon-image': ICON, 'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.75, 12, 1.1], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
      paint: { 'icon-opacity': state.opacity },
    },
    liveLabelLayer(
      ctx,
      state,
      'its-traffic:hazards-label',
      HAZARDS_SOURCE,
      [
        'concat',
        ['match', KIND, 'ice', t(ctx, 'its.hazard.ice'), 'collapse', t(ctx, 'its.hazard.collapse'), t(ctx, 'its.hazard.fog')],
        ' · ',
        ['coalesce', ['get', 'roadName'], ''],
        ['case', ['==', ['typeof', ['get', 'visibilityM']], 'number'], ['concat', ' · ', t(ctx, 'its.hazard.visibility'), ' ', ['to-string', ['get', 'visibilityM']], 'm'], ''],
      ],
      { minzoom: 6.5, filter: ACTIVE, offset: 1.4 },
    ),
  ],
};

/** Every icon name the layer can ask for (for tests). */
export const HAZARD_ICON_NAMES = Object.values(HAZARD_ICONS).flatMap((s) => [s.name, s.name + EXERCISE_SUFFIX]);

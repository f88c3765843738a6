/**
 * The road network (schematic expressways from `geo/roads/links.geojson`, or an imported MOCT
 * network of the same shape) as a static source, coloured by congestion class through
 * feature-state: `its.traffic` records set `{speed, congestion, exercise}` on the link with their
 * `linkId` (the source promotes `linkId` to the feature id), so a speed change never rebuilds the
 * source. The class is computed in the style from the state's speed and the link's own free-flow
 * speed (thresholds of `main/common/its/congestion.ts`); links without data are thin and grey.
 * Width grows with zoom and lanes; each direction is offset to its right-hand side, so both
 * directions of a road are visible. Exercise data gets hatching (short halo-coloured gaps).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { LiveFeature } from '../../../main/common/live-sync';
import { CONGESTION_COLOURS } from '../../../main/common/its/congestion-colours';
import { CONGESTION_THRESHOLDS } from '../../../main/common/its/congestion';
import { translate } from '../../i18n';
import { geoUrl, visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS } from '../../map/live-layer';

export const ROADS_SOURCE = 'its-traffic:links-network';
export const ROADS_FILE = 'roads/links.geojson';

const SPEED: ExpressionSpecification = ['feature-state', 'speed'];
const HAS_SPEED: ExpressionSpecification = ['==', ['typeof', SPEED], 'number'];

/** Congestion colour from the state's speed relative to the link's free-flow speed; grey without data. */
export const CONGESTION_BY_STATE: ExpressionSpecification = [
  'case',
  HAS_SPEED,
  [
    'step',
    ['/', SPEED, ['max', 1, ['get', 'freeFlowKmh']]],
    CONGESTION_COLOURS.jammed,
    CONGESTION_THRESHOLDS.congested,
    CONGESTION_COLOURS.congested,
    CONGESTION_THRESHOLDS.slow,
    CONGESTION_COLOURS.slow,
    CONGESTION_THRESHOLDS.free,
    CONGESTION_COLOURS.free,
  ],
  LIVE_COLOURS.grey,
];

/** Line width by zoom, wider for more lanes (lanes count both directions: 4, 6, 8). */
function width(scale: number): ExpressionSpecification {
  const lanes: ExpressionSpecification = ['/', ['coalesce', ['get', 'lanes'], 4], 4];
  return ['interpolate', ['linear'], ['zoom'], 5, ['*', 0.9 * scale, lanes], 8, ['*', 2 * scale, lanes], 12, ['*', 5 * scale, lanes]];
}

/** Each direction drawn on its right-hand side of the centreline (Korea drives on the right). */
const OFFSET: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 5, 0.6, 8, 1.5, 12, 4];

/** Feature-state of a link from its `its.traffic` record (props validated loosely: a bad record is skipped). */
export function trafficState(f: LiveFeature): { id: string; state: Record<string, unknown> } | null {
  const p = f.props as { linkId?: unknown; speedKmh?: unknown; congestion?: unknown };
  const id = typeof p.linkId === 'string' ? p.linkId : f.key;
  if (typeof p.speedKmh !== 'number' || !Number.isFinite(p.speedKmh)) return null;
  return { id, state: { speed: p.speedKmh, congestion: typeof p.congestion === 'string' ? p.congestion : null, exercise: f.status !== 'actual' } };
}

/** In both languages: a source that changed with the language would be re-created on a language switch. */
const ATTRIBUTION = `${translate('ko', 'its.schematicNetwork')} · ${translate('en', 'its.schematicNetwork')}`;

export const roadsModule: LayerModule = {
  id: 'its-traffic:links',
  domain: 'its-traffic',
  titleKey: 'layer.its-traffic:links',
  defaultVisible: true,
  listed: true,
  featureState: [{ sourceId: ROADS_SOURCE, stream: 'its.traffic', toState: trafficState }],
  sources: (ctx) => ({ [ROADS_SOURCE]: { type: 'geojson', data: geoUrl(ctx, ROADS_FILE), promoteId: 'linkId', attribution: ATTRIBUTION } }),
  layers: (ctx, state) => [
    {
      id: 'its-traffic:links-casing',
      type: 'line',
      source: ROADS_SOURCE,
      layout: { visibility: visibility(state), 'line-cap': 'butt', 'line-join': 'round' },
      paint: { 'line-color': ctx.palette.halo, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.2, 8, 4, 12, 9], 'line-offset': OFFSET, 'line-opacity': ['case', HAS_SPEED, state.opacity * 0.8, state.opacity * 0.3] },
    },
    {
      id: 'its-traffic:links-line',
      type: 'line',
      source: ROADS_SOURCE,
      layout: { visibility: visibility(state), 'line-cap': 'butt', 'line-join': 'round' },
      paint: { 'line-color': CONGESTION_BY_STATE, 'line-width': width(1), 'line-offset': OFFSET, 'line-opacity': ['case', HAS_SPEED, state.opacity, state.opacity * 0.55] },
    },
    {
      id: 'its-traffic:links-exercise',
      type: 'line',
      source: ROADS_SOURCE,
      layout: { visibility: visibility(state) },
      // Hatching on links whose current data is an exercise (feature-state, so no filter: opacity 0 elsewhere).
      paint: { 'line-color': ctx.palette.halo, 'line-width': width(1), 'line-offset': OFFSET, 'line-dasharray': [0.6, 2.4], 'line-opacity': ['case', ['boolean', ['feature-state', 'exercise'], false], state.opacity * 0.7, 0] },
    },
  ],
};

/**
 * Forest risk choropleths on the existing k-geo sigungu boundaries (the same generated file, not a
 * copy), joined by the Interior sigungu code as feature-state: the fire-danger index (`forest.danger`,
 * today and d1..d4 — the day chosen in the forest panel) and the landslide forecast (`forest.landslide`,
 * caution / warning). Each has its own source, because removing one stream's state clears the feature's
 * whole state.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { geoUrl, visibility, type LayerModule, type StyleContext } from '../../map/layer-module';
import { LIVE_COLOURS } from '../../map/live-layer';
import { forestUi, type DangerDay } from './forest-ui-store';

export const DANGER_SOURCE = 'forest-disaster:danger-regions';
export const LANDSLIDE_SOURCE = 'forest-disaster:landslide-regions';

/** Sigungu polygons with ids promoted from the Interior code (`properties.code`). */
const sigunguSource = (ctx: StyleContext) => ({ type: 'geojson' as const, data: geoUrl(ctx, 'map/sigungu-z0.geojson'), promoteId: 'code' });

const regionCode = (props: Record<string, unknown>): string | null => {
  const code = (props['region'] as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^\d{5}$/.test(code) ? code : null;
};

/** Danger classes as in main/common/forest/danger-levels.ts (<51 low, <66 moderate, <86 high, else very high). */
export function dangerFill(day: DangerDay): ExpressionSpecification {
  return ['step', ['to-number', ['feature-state', `d${day}`], -1], 'rgba(0,0,0,0)', 0, LIVE_COLOURS.skyBlue, 51, LIVE_COLOURS.yellow, 66, LIVE_COLOURS.orange, 86, LIVE_COLOURS.vermillion];
}

export const dangerModule: LayerModule = {
  id: 'forest-disaster:danger',
  domain: 'forest-disaster',
  titleKey: 'layer.forest-disaster:danger',
  defaultVisible: true,
  listed: true,
  featureState: [{
    sourceId: DANGER_SOURCE,
    stream: 'forest.danger',
    toState: (f) => {
      const code = regionCode(f.props);
      if (!code) return null;
      const days = Array.isArray(f.props['days']) ? (f.props['days'] as unknown[]) : [];
      const num = (v: unknown) => (typeof v === 'number' ? v : -1);
      return { id: code, state: { d0: num(f.props['mean']), d1: num(days[0]), d2: num(days[1]), d3: num(days[2]), d4: num(days[3]) } };
    },
  }],
  sources: (ctx) => ({ [DANGER_SOURCE]: sigunguSource(ctx) }),
  layers: (_ctx, state) => [
    { id: 'forest-disaster:danger-fill', type: 'fill', source: DANGER_SOURCE, layout: { visibility: visibility(state) }, paint: { 'fill-color': dangerFill(forestUi.getState().dangerDay), 'fill-opacity': 0.45 * state.opacity } },
  ],
};

export const landslideModule: LayerModule = {
  id: 'forest-disaster:landslide',
  domain: 'forest-disaster',
  titleKey: 'layer.forest-disaster:landslide',
  defaultVisible: true,
  listed: true,
  featureState: [{
    sourceId: LANDSLIDE_SOURCE,
    stream: 'forest.landslide',
    toState: (f) => {
      const code = regionCode(f.props);
      const level = f.props['level'];
      return code && (level === 'caution' || level === 'warning') ? { id: code, state: { slide: level } } : null;
    },
  }],
  sources: (ctx) => ({ [LANDSLIDE_SOURCE]: sigunguSource(ctx) }),
  layers: (_ctx, state) => {
    const level: ExpressionSpecification = ['coalesce', ['feature-state', 'slide'], 'none'];
    return [
      { id: 'forest-disaster:landslide-fill', type: 'fill', source: LANDSLIDE_SOURCE, layout: { visibility: visibility(state) }, paint: { 'fill-color': ['match', level, 'warning', LIVE_COLOURS.purple, 'caution', LIVE_COLOURS.blue, 'rgba(0,0,0,0)'], 'fill-opacity': 0.5 * state.opacity } },
      // Hatching is not available for fills; a thick outline tells warning from caution without colour.
      { id: 'forest-disaster:landslide-line', type: 'line', source: LANDSLIDE_SOURCE, layout: { visibility: visibility(state) }, paint: { 'line-color': ['match', level, 'warning', LIVE_COLOURS.purple, 'caution', LIVE_COLOURS.blue, 'rgba(0,0,0,0)'], 'line-width': ['match', level, 'warning', 3, 'caution', 1.5, 0], 'line-opacity': state.opacity } },
    ];
  },
};

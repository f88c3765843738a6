/**
 * Detours of road closures (`ops.detours`, computed by the core of the workstation that closed the
 * links and published through the hub, so every workstation draws them): a wide dashed line in the
 * Okabe–Ito green with a halo, labelled "우회 / Detour"; a closure with no way round has no geometry.
 */
import { visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS, liveLabelLayer, liveSource, t } from '../../map/live-layer';

export const DETOURS_SOURCE = 'its-traffic:detours';

export const detoursModule: LayerModule = {
  id: 'its-traffic:detours',
  domain: 'its-traffic',
  titleKey: 'layer.its-traffic:detours',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: DETOURS_SOURCE, stream: 'ops.detours' }],
  sources: () => ({ [DETOURS_SOURCE]: liveSource() }),
  layers: (ctx, state) => [
    {
      id: 'its-traffic:detours-casing',
      type: 'line',
      source: DETOURS_SOURCE,
      layout: { visibility: visibility(state), 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ctx.palette.halo, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 6, 12, 14], 'line-opacity': state.opacity * 0.9 },
    },
    {
      id: 'its-traffic:detours-line',
      type: 'line',
      source: DETOURS_SOURCE,
      layout: { visibility: visibility(state), 'line-join': 'round' },
      paint: { 'line-color': LIVE_COLOURS.green, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 3.5, 12, 9], 'line-dasharray': [2, 1], 'line-opacity': state.opacity },
    },
    liveLabelLayer(ctx, state, 'its-traffic:detours-label', DETOURS_SOURCE, ['concat', t(ctx, 'its.detour'), ''], { minzoom: 6 }),
  ],
};

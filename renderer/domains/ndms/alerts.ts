/**
 * NDMS alerts located by a point (`ndms.alerts` features whose geometry is a Point). Every alert with a
 * target area — a CAP polygon or circle, or regions resolved by name — is drawn once, by
 * alert-areas.ts, from the core's computed areas; drawing the stream's polygons here as well would
 * paint the same area twice (a darker fill and a doubled outline). Situation reports are drawn by
 * reports-layer.ts.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS, SEVERITY_COLOUR, liveLabelLayer, liveSource, markedStroke } from '../../map/live-layer';

export const ALERTS_SOURCE = 'ndms:alerts';

/** CBS levels (위급재난 > 긴급재난 > 안전안내) as colours, else the feature's own severity. */
const ALERT_COLOUR: ExpressionSpecification = ['match', ['get', 'level'], '위급재난', LIVE_COLOURS.vermillion, '긴급재난', LIVE_COLOURS.orange, '안전안내', LIVE_COLOURS.skyBlue, SEVERITY_COLOUR];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

export const alertsModule: LayerModule = {
  id: 'ndms:alerts',
  domain: 'ndms',
  titleKey: 'layer.ndms:alerts',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: ALERTS_SOURCE, stream: 'ndms.alerts' }],
  sources: () => ({ [ALERTS_SOURCE]: liveSource() }),
  layers: (ctx, state) => {
    const stroke = markedStroke(ctx);
    return [
      {
        id: 'ndms:alerts-point',
        type: 'circle',
        source: ALERTS_SOURCE,
        filter: isPoint,
        layout: { visibility: visibility(state) },
        paint: { 'circle-color': ALERT_COLOUR, 'circle-radius': 8, 'circle-stroke-color': stroke.color, 'circle-stroke-width': stroke.width, 'circle-opacity': state.opacity, 'circle-stroke-opacity': state.opacity },
      },
      liveLabelLayer(ctx, state, 'ndms:alerts-label', ALERTS_SOURCE, ['coalesce', ['get', 'disasterType'], ['get', 'level'], ''], { offset: 1.2, filter: isPoint }),
    ];
  },
};

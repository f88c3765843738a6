/**
 * NDMS alerts (`ndms.alerts`: areas or points where the alert carries a geometry). Cell-broadcast
 * alerts addressed by region name only carry no geometry and are not drawn here (alert-areas.ts maps
 * them onto regions). Situation reports are drawn by reports-layer.ts.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS, SEVERITY_COLOUR, isActual, liveLabelLayer, liveSource, markedStroke, notActual } from '../../map/live-layer';

export const ALERTS_SOURCE = 'ndms:alerts';

/** CBS levels (위급재난 > 긴급재난 > 안전안내) as colours, else the feature's own severity. */
const ALERT_COLOUR: ExpressionSpecification = ['match', ['get', 'level'], '위급재난', LIVE_COLOURS.vermillion, '긴급재난', LIVE_COLOURS.orange, '안전안내', LIVE_COLOURS.skyBlue, SEVERITY_COLOUR];
const isArea: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
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
    const outline = (id: string, filter: ExpressionSpecification, dashed: boolean) => ({
      id,
      type: 'line' as const,
      source: ALERTS_SOURCE,
      filter: ['all', isArea, filter] as ExpressionSpecification,
      layout: { visibility: visibility(state) },
      paint: { 'line-color': ALERT_COLOUR, 'line-width': 2.5, 'line-opacity': state.opacity, ...(dashed ? { 'line-dasharray': [3, 2] } : {}) },
    });
    return [
      { id: 'ndms:alerts-fill', type: 'fill', source: ALERTS_SOURCE, filter: isArea, layout: { visibility: visibility(state) }, paint: { 'fill-color': ALERT_COLOUR, 'fill-opacity': 0.18 * state.opacity } },
      outline('ndms:alerts-outline', isActual, false),
      outline('ndms:alerts-outline-exercise', notActual, true),
      {
        id: 'ndms:alerts-point',
        type: 'circle',
        source: ALERTS_SOURCE,
        filter: isPoint,
        layout: { visibility: visibility(state) },
        paint: { 'circle-color': ALERT_COLOUR, 'circle-radius': 8, 'circle-stroke-color': stroke.color, 'circle-stroke-width': stroke.width, 'circle-opacity': state.opacity, 'circle-stroke-opacity': state.opacity },
      },
      liveLabelLayer(ctx, state, 'ndms:alerts-label', ALERTS_SOURCE, ['coalesce', ['get', 'disasterType'], ['get', 'level'], ''], { offset: 1.2 }),
    ];
  },
};

/**
 * Helicopters (`forest.helicopters`: a disc coloured by state, labelled with the call sign and state;
 * the hub's `helicopter.track` feature per helicopter: a line of its recent positions), assignments (`ops.dispatch`: the line from the helicopter to the fire it was sent to, as the
 * assignment carries it), and the spread prediction of the selected fire (1/3/6-hour ellipses from the
 * core's `forest:spread`, largest first, set by the forest panel).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS, liveLabelLayer, liveSource, markedStroke, t } from '../../map/live-layer';
import { forestUi } from './forest-ui-store';

export const HELICOPTERS_SOURCE = 'forest-disaster:helicopters';
export const DISPATCH_SOURCE = 'forest-disaster:helicopters-dispatch';
export const SPREAD_SOURCE = 'forest-disaster:spread';

/** The hub's per-helicopter track (hub/forest/helicopter-tracks.ts) shares the positions' stream. */
const isTrack: ExpressionSpecification = ['==', ['get', 'kind'], 'helicopter.track'];
const isPosition: ExpressionSpecification = ['all', ['!=', ['get', 'kind'], 'helicopter.track'], ['==', ['geometry-type'], 'Point']];

/** State → colour: available green, en route orange, on scene vermillion, refuelling grey (the label names it). */
export const HELICOPTER_STATE_LEGEND = [['available', LIVE_COLOURS.green], ['en-route', LIVE_COLOURS.orange], ['on-scene', LIVE_COLOURS.vermillion], ['refuelling', LIVE_COLOURS.grey]] as const;
export const HELICOPTER_STATE_COLOUR: ExpressionSpecification = ['match', ['get', 'state'], 'available', LIVE_COLOURS.green, 'en-route', LIVE_COLOURS.orange, 'on-scene', LIVE_COLOURS.vermillion, LIVE_COLOURS.grey];

export const helicoptersModule: LayerModule = {
  id: 'forest-disaster:helicopters',
  domain: 'forest-disaster',
  titleKey: 'layer.forest-disaster:helicopters',
  defaultVisible: true,
  listed: true,
  live: [
    { sourceId: HELICOPTERS_SOURCE, stream: 'forest.helicopters' },
    { sourceId: DISPATCH_SOURCE, stream: 'ops.dispatch' },
  ],
  sources: () => ({ [HELICOPTERS_SOURCE]: liveSource(), [DISPATCH_SOURCE]: liveSource() }),
  layers: (ctx, state) => {
    const stroke = markedStroke(ctx);
    const stateName: ExpressionSpecification = ['match', ['get', 'state'], 'available', t(ctx, 'forest.heli.available'), 'en-route', t(ctx, 'forest.heli.en-route'), 'on-scene', t(ctx, 'forest.heli.on-scene'), t(ctx, 'forest.heli.refuelling')];
    return [
      {
        id: 'forest-disaster:helicopters-dispatch-line', type: 'line', source: DISPATCH_SOURCE,
        filter: ['all', ['==', ['get', 'kind'], 'helicopter.assign'], ['==', ['geometry-type'], 'LineString']],
        layout: { visibility: visibility(state) },
        paint: { 'line-color': LIVE_COLOURS.orange, 'line-width': 3, 'line-dasharray': [2, 1], 'line-opacity': state.opacity },
      },
      {
        id: 'forest-disaster:helicopters-track', type: 'line', source: HELICOPTERS_SOURCE, filter: isTrack,
        layout: { visibility: visibility(state), 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': LIVE_COLOURS.blue, 'line-width': 2.5, 'line-opacity': 0.9 * state.opacity },
      },
      {
        id: 'forest-disaster:helicopters-circle', type: 'circle', source: HELICOPTERS_SOURCE, filter: isPosition,
        layout: { visibility: visibility(state) },
        paint: { 'circle-radius': 7, 'circle-color': HELICOPTER_STATE_COLOUR, 'circle-stroke-color': stroke.color, 'circle-stroke-width': stroke.width, 'circle-opacity': state.opacity, 'circle-stroke-opacity': state.opacity },
      },
      liveLabelLayer(ctx, state, 'forest-disaster:helicopters-label', HELICOPTERS_SOURCE, ['concat', ['get', 'callsign'], ' · ', stateName], { offset: 1.2, filter: isPosition }),
    ];
  },
};

export const spreadModule: LayerModule = {
  id: 'forest-disaster:spread',
  domain: 'forest-disaster',
  titleKey: 'layer.forest-disaster:spread',
  defaultVisible: true,
  listed: true,
  // Filled by the forest panel from `forest:spread`; built from the same state when the style is rebuilt.
  sources: () => ({ [SPREAD_SOURCE]: { type: 'geojson', data: forestUi.getState().spread?.collection ?? { type: 'FeatureCollection', features: [] } } }),
  layers: (ctx, state) => [
    {
      id: 'forest-disaster:spread-fill', type: 'fill', source: SPREAD_SOURCE, layout: { visibility: visibility(state) },
      paint: { 'fill-color': ['match', ['get', 'hours'], 1, LIVE_COLOURS.vermillion, 3, LIVE_COLOURS.orange, LIVE_COLOURS.yellow], 'fill-opacity': 0.18 * state.opacity },
    },
    {
      id: 'forest-disaster:spread-line', type: 'line', source: SPREAD_SOURCE, layout: { visibility: visibility(state) },
      paint: { 'line-color': ['match', ['get', 'hours'], 1, LIVE_COLOURS.vermillion, 3, LIVE_COLOURS.orange, LIVE_COLOURS.yellow], 'line-width': ['match', ['get', 'hours'], 1, 2.5, 3, 2, 1.5], 'line-opacity': state.opacity },
    },
    {
      id: 'forest-disaster:spread-label', type: 'symbol', source: SPREAD_SOURCE, layout: {
        visibility: visibility(state), 'symbol-placement': 'line', 'text-field': ['concat', ['to-string', ['get', 'hours']], t(ctx, 'forest.hoursSuffix')],
        'text-font': ['Noto Sans Medium'], 'text-size': 12,
      },
      paint: { 'text-color': ctx.palette.text, 'text-halo-color': ctx.palette.halo, 'text-halo-width': 1.5, 'text-opacity': state.opacity },
    },
  ],
};

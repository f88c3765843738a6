/**
 * ITS traffic, live: link speeds (`its.traffic`, lines coloured by congestion class) and incidents
 * (`its.events`, points coloured by type with a label). Exercise links carry hatching (short dark
 * gaps) on top of their colour; every label of a non-actual feature starts with 훈련 / EXERCISE.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { CONGESTION_COLOURS } from '../../../main/common/its/congestion-colours';
import { visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS, liveLabelLayer, liveSource, markedStroke, notActual, t } from '../../map/live-layer';

export const TRAFFIC_SOURCE = 'its-traffic:links';
export const INCIDENTS_SOURCE = 'its-traffic:incidents';

/** Congestion class → colour (the shared CVD-checked ramp; `jam` is the demo's name for jammed). */
const CONGESTION: ExpressionSpecification = [
  'match',
  ['get', 'congestion'],
  'free',
  CONGESTION_COLOURS.free,
  'slow',
  CONGESTION_COLOURS.slow,
  'congested',
  CONGESTION_COLOURS.congested,
  ['jam', 'jammed'],
  CONGESTION_COLOURS.jammed,
  LIVE_COLOURS.grey,
];

export const trafficModule: LayerModule = {
  id: 'its-traffic:links',
  domain: 'its-traffic',
  titleKey: 'layer.its-traffic:links',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: TRAFFIC_SOURCE, stream: 'its.traffic' }],
  sources: () => ({ [TRAFFIC_SOURCE]: liveSource() }),
  layers: (ctx, state) => [
    {
      id: 'its-traffic:links-casing',
      type: 'line',
      source: TRAFFIC_SOURCE,
      layout: { visibility: visibility(state), 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ctx.palette.halo, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 5.5, 12, 12], 'line-opacity': state.opacity * 0.9 },
    },
    {
      id: 'its-traffic:links-line',
      type: 'line',
      source: TRAFFIC_SOURCE,
      layout: { visibility: visibility(state), 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': CONGESTION, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 3.5, 12, 8], 'line-opacity': state.opacity },
    },
    {
      id: 'its-traffic:links-exercise',
      type: 'line',
      source: TRAFFIC_SOURCE,
      filter: notActual,
      layout: { visibility: visibility(state) },
      // Hatching: short gaps in the halo colour cut across the congestion colour of exercise links.
      paint: { 'line-color': ctx.palette.halo, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 3.5, 12, 8], 'line-dasharray': [0.6, 2.4], 'line-opacity': state.opacity * 0.8 },
    },
    liveLabelLayer(ctx, state, 'its-traffic:links-label', TRAFFIC_SOURCE, ['concat', ['get', 'roadName'], ' ', ['to-string', ['get', 'speed']], ' km/h'], { minzoom: 9 }),
  ],
};

const INCIDENT_COLOUR: ExpressionSpecification = ['match', ['get', 'eventType'], 'acc', LIVE_COLOURS.vermillion, 'cor', LIVE_COLOURS.yellow, 'wea', LIVE_COLOURS.skyBlue, LIVE_COLOURS.purple];

export const incidentsModule: LayerModule = {
  id: 'its-traffic:incidents',
  domain: 'its-traffic',
  titleKey: 'layer.its-traffic:incidents',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: INCIDENTS_SOURCE, stream: 'its.events' }],
  sources: () => ({ [INCIDENTS_SOURCE]: liveSource() }),
  layers: (ctx, state) => {
    const stroke = markedStroke(ctx);
    const typeName: ExpressionSpecification = [
      'match',
      ['get', 'eventType'],
      'acc',
      t(ctx, 'live.incident.acc'),
      'cor',
      t(ctx, 'live.incident.cor'),
      'wea',
      t(ctx, 'live.incident.wea'),
      t(ctx, 'live.incident.other'),
    ];
    return [
      {
        id: 'its-traffic:incidents-circle',
        type: 'circle',
        source: INCIDENTS_SOURCE,
        layout: { visibility: visibility(state) },
        paint: {
          'circle-color': INCIDENT_COLOUR,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 5, 12, 9],
          'circle-stroke-color': stroke.color,
          'circle-stroke-width': stroke.width,
          'circle-opacity': state.opacity,
          'circle-stroke-opacity': state.opacity,
        },
      },
      liveLabelLayer(ctx, state, 'its-traffic:incidents-label', INCIDENTS_SOURCE, ['concat', typeName, ' · ', ['coalesce', ['get', 'roadName'], '']], { minzoom: 6.5 }),
    ];
  },
};

export const itsTrafficModules: readonly LayerModule[] = [trafficModule, incidentsModule];

/**
 * ITS traffic: the road network coloured by congestion through feature-state (`roads.ts`) and
 * incidents (`its.events`, points coloured by type with a label); every label of a non-actual
 * feature starts with 훈련 / EXERCISE.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS, liveLabelLayer, liveSource, markedStroke, t } from '../../map/live-layer';
import { detoursModule } from './detours';
import { roadsModule } from './roads';

export { roadsModule, ROADS_SOURCE, trafficState } from './roads';

export const INCIDENTS_SOURCE = 'its-traffic:incidents';

/** Incident kind (adapter `kind`, or the old demo's raw `eventType`). */
const KIND: ExpressionSpecification = ['coalesce', ['get', 'kind'], ['get', 'eventType'], 'other'];
const INCIDENT_COLOUR: ExpressionSpecification = ['match', KIND, ['accident', 'acc'], LIVE_COLOURS.vermillion, ['construction', 'cor'], LIVE_COLOURS.yellow, ['weather', 'wea'], LIVE_COLOURS.skyBlue, ['disaster', 'dis'], LIVE_COLOURS.orange, LIVE_COLOURS.purple];
/** Full closures get a larger disc, partial ones a medium one (the label says the lanes in words). */
const BLOCK_RADIUS: ExpressionSpecification = ['match', ['get', 'lanesBlock'], 'full', 1.6, 'partial', 1.25, 1];

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
      KIND,
      ['accident', 'acc'],
      t(ctx, 'live.incident.acc'),
      ['construction', 'cor'],
      t(ctx, 'live.incident.cor'),
      ['weather', 'wea'],
      t(ctx, 'live.incident.wea'),
      ['disaster', 'dis'],
      t(ctx, 'live.incident.dis'),
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
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['*', 5, BLOCK_RADIUS], 12, ['*', 9, BLOCK_RADIUS]],
          'circle-stroke-color': stroke.color,
          'circle-stroke-width': stroke.width,
          'circle-opacity': state.opacity,
          'circle-stroke-opacity': state.opacity,
        },
      },
      liveLabelLayer(ctx, state, 'its-traffic:incidents-label', INCIDENTS_SOURCE, ['concat', typeName, ' · ', ['coalesce', ['get', 'roadName'], ''], ['case', ['all', ['has', 'lanesBlocked'], ['!=', ['get', 'lanesBlocked'], null]], ['concat', ' · ', ['to-string', ['get', 'lanesBlocked']]], '']], { minzoom: 6.5 }),
    ];
  },
};

export const itsTrafficModules: readonly LayerModule[] = [roadsModule, detoursModule, incidentsModule];

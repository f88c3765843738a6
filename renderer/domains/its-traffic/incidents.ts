/**
 * Incidents (`its.events`): an icon per kind with its own shape (accident triangle, construction
 * diamond, weather circle, disaster octagon, other square; `icon-shapes.ts`), larger when all lanes
 * are closed, and a label with the kind in words, the road and the lanes blocked. Ended incidents
 * (an end time) are not drawn. A click opens the incident card.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { visibility, type LayerModule } from '../../map/layer-module';
import { liveLabelLayer, liveSource, t } from '../../map/live-layer';
import type { StyleContext } from '../../map/layer-module';
import { EXERCISE_SUFFIX, INCIDENT_ICONS } from './icon-shapes';

export const INCIDENTS_SOURCE = 'its-traffic:incidents';
export const INCIDENTS_ICON_LAYER = 'its-traffic:incidents-icon';

/**
 * Incident kind. The live source's `kind` property is the envelope's kind (`incident.accident`, ...;
 * it hides the props' own `kind`); the fallback demo's records carry only a raw `eventType` code.
 */
export const INCIDENT_KIND: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  'incident.accident',
  'accident',
  'incident.construction',
  'construction',
  'incident.weather',
  'weather',
  'incident.disaster',
  'disaster',
  'incident.other',
  'other',
  ['match', ['coalesce', ['get', 'eventType'], ''], 'acc', 'accident', 'cor', 'construction', 'wea', 'weather', 'dis', 'disaster', 'other'],
];

/** Only incidents without an end time are current. */
export const ACTIVE: ExpressionSpecification = ['==', ['get', 'endTs'], null];

const ICON: ExpressionSpecification = ['concat', 'its-incident-', INCIDENT_KIND, ['case', ['==', ['get', 'status'], 'actual'], '', EXERCISE_SUFFIX]];
/** Full closures get a larger icon, partial ones a medium one (the label says the lanes in words). */
const BLOCK_SCALE: ExpressionSpecification = ['match', ['get', 'lanesBlock'], 'full', 1.35, 'partial', 1.15, 1];

function kindName(ctx: StyleContext): ExpressionSpecification {
  return ['match', INCIDENT_KIND, 'accident', t(ctx, 'live.incident.acc'), 'construction', t(ctx, 'live.incident.cor'), 'weather', t(ctx, 'live.incident.wea'), 'disaster', t(ctx, 'live.incident.dis'), t(ctx, 'live.incident.other')];
}

export const incidentsModule: LayerModule = {
  id: 'its-traffic:incidents',
  domain: 'its-traffic',
  titleKey: 'layer.its-traffic:incidents',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: INCIDENTS_SOURCE, stream: 'its.events' }],
  sources: () => ({ [INCIDENTS_SOURCE]: liveSource() }),
  layers: (ctx, state) => [
    {
      id: INCIDENTS_ICON_LAYER,
      type: 'symbol',
      source: INCIDENTS_SOURCE,
      filter: ACTIVE,
      layout: {
        visibility: visibility(state),
        'icon-image': ICON,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 6, ['*', 0.75, BLOCK_SCALE], 12, ['*', 1.1, BLOCK_SCALE]],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': state.opacity },
    },
    liveLabelLayer(
      ctx,
      state,
      'its-traffic:incidents-label',
      INCIDENTS_SOURCE,
      ['concat', kindName(ctx), ' · ', ['coalesce', ['get', 'roadName'], ''], ['case', ['all', ['has', 'lanesBlocked'], ['!=', ['get', 'lanesBlocked'], null]], ['concat', ' · ', ['to-string', ['get', 'lanesBlocked']]], '']],
      { minzoom: 6.5, filter: ACTIVE, offset: 1.4 },
    ),
  ],
};

/** Every icon name the layer can ask for (for tests). */
export const INCIDENT_ICON_NAMES = Object.values(INCIDENT_ICONS).flatMap((s) => [s.name, s.name + EXERCISE_SUFFIX]);

/**
 * Closed links, drawn on the road network itself (feature-state, like the speeds): an operator's
 * closure (`ops.closures`, state `closedOp`) and an incident that closes all lanes of its link
 * (`its.events` with lanesBlock `full` and no end time, state `closedInc`). Both look like barrier
 * tape — wide alternating dark and light dashes over a wide casing — which no congestion class uses
 * (those are solid colours) and which needs no colour vision at all. The operator's tape has long
 * dashes, the incident's short ones; the link card says which closed it.
 */
import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { LiveFeature } from '../../../main/common/live-sync';
import { visibility, type LayerModule, type LayerState, type StyleContext } from '../../map/layer-module';
import { ROADS_SOURCE } from './roads';

export const CLOSED_BY_OPERATOR = 'closedOp';
export const CLOSED_BY_INCIDENT = 'closedInc';

/** The links an operator closure closes, each with `closedOp` set. */
export function operatorClosureStates(f: LiveFeature): Array<{ id: string; state: Record<string, unknown> }> {
  const ids = f.props['linkIds'];
  if (!Array.isArray(ids)) return [];
  const endTs = f.props['endTs'];
  if (typeof endTs === 'number' && endTs <= f.ts) return [];
  return ids.filter((id): id is string => typeof id === 'string' && id !== '').map((id) => ({ id, state: { [CLOSED_BY_OPERATOR]: true } }));
}

/** The link an incident closes (all lanes blocked, still open, on a known link id), with `closedInc` set. */
export function incidentClosureState(f: LiveFeature): { id: string; state: Record<string, unknown> } | null {
  const p = f.props;
  if (p['lanesBlock'] !== 'full' || (p['endTs'] !== null && p['endTs'] !== undefined)) return null;
  return typeof p['linkId'] === 'string' && p['linkId'] !== '' ? { id: p['linkId'], state: { [CLOSED_BY_INCIDENT]: true } } : null;
}

const closedBy = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 5, 5, 8, 8, 12, 16];
const INNER: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 5, 3, 8, 5, 12, 11];
const OFFSET: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 5, 0.6, 8, 1.5, 12, 4];

function tape(ctx: StyleContext, state: LayerState, id: string, key: string, dash: [number, number]): LineLayerSpecification[] {
  const on: ExpressionSpecification = ['case', closedBy(key), state.opacity, 0];
  return [
    {
      id: `${id}-casing`,
      type: 'line',
      source: ROADS_SOURCE,
      layout: { visibility: visibility(state), 'line-cap': 'butt', 'line-join': 'round' },
      paint: { 'line-color': ctx.palette.halo, 'line-width': WIDTH, 'line-offset': OFFSET, 'line-opacity': on },
    },
    {
      id: `${id}-tape`,
      type: 'line',
      source: ROADS_SOURCE,
      layout: { visibility: visibility(state), 'line-cap': 'butt', 'line-join': 'round' },
      paint: { 'line-color': ctx.palette.text, 'line-width': INNER, 'line-offset': OFFSET, 'line-dasharray': dash, 'line-opacity': on },
    },
  ];
}

export const closedLinksModule: LayerModule = {
  id: 'its-traffic:closed',
  domain: 'its-traffic',
  titleKey: 'layer.its-traffic:closed',
  defaultVisible: true,
  listed: true,
  featureState: [
    { sourceId: ROADS_SOURCE, stream: 'ops.closures', toState: () => null, toStates: operatorClosureStates, ownKeys: [CLOSED_BY_OPERATOR] },
    { sourceId: ROADS_SOURCE, stream: 'its.events', toState: incidentClosureState, ownKeys: [CLOSED_BY_INCIDENT] },
  ],
  // Draws on the network's source (declared by the roads module), so it declares none of its own.
  sources: () => ({}),
  layers: (ctx, state) => [...tape(ctx, state, 'its-traffic:closed-operator', CLOSED_BY_OPERATOR, [2.5, 1.5]), ...tape(ctx, state, 'its-traffic:closed-incident', CLOSED_BY_INCIDENT, [0.8, 0.8])],
};

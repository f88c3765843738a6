/**
 * The forest invokes: the core rebuilds the forest picture from the local store's current features
 * (the same events every workstation holds) and answers with the spread ellipses of one fire under
 * the operator's wind, or the available helicopters for it by ETA. Rebuilt per call: a few dozen
 * features, and no second copy of the state to keep in step with the store.
 */
import type { EventInput } from '../../common/events.js';
import type { ForestAccessArgs, ForestAccessResult, ForestDispatchArgs, ForestDispatchResult, ForestSpreadArgs, ForestSpreadResult, SpreadFeature } from '../../common/forest/forest-ipc.js';
import { FOREST_STREAMS } from '../../common/forest/types.js';
import type { LiveFeature, SyncSnapshotResult } from '../../common/live-sync.js';
import { FOREST_ROADS_OPS_STREAM, forestMgmtPanel } from '../../common/panels/defs/forest-mgmt.js';
import { ACCESS_ASSUMPTIONS, accessRoute, MAX_WALK_KM } from './access-route.js';
import { forestRoadsOf, roadClosures, type RoadClosure } from './road-closures.js';
import type { Fire } from './cluster.js';
import { ForestState, type ForestStateOptions } from './forest-state.js';
import { spreadFeatures } from './spread.js';

/** Streams the forest picture is built from, in the order they are applied (helicopters before assignments). */
export const FOREST_STATE_STREAMS = [FOREST_STREAMS.detections, FOREST_STREAMS.fires, FOREST_STREAMS.helicopters, FOREST_STREAMS.dispatch] as const;

function toEvent(f: LiveFeature): EventInput {
  return { stream: f.stream, id: `${f.key}@${f.seq}`, key: f.key, kind: f.kind, op: 'upsert', ts: f.ts, status: f.status as EventInput['status'], geometry: f.geometry, props: f.props, source: 'store' };
}

/** The forest picture from a snapshot of the forest streams. */
export function forestStateFrom(snap: SyncSnapshotResult, opts: ForestStateOptions = {}): ForestState {
  const state = new ForestState(opts);
  const features = (stream: string): LiveFeature[] => snap.streams.find((x) => x.stream === stream)?.features ?? [];
  for (const stream of [FOREST_STREAMS.detections, FOREST_STREAMS.fires]) for (const f of [...features(stream)].sort((a, b) => a.seq - b.seq)) state.apply(toEvent(f));
  // Position reports and assignments in the order the hub logged them (its receivedAt is one clock for
  // both streams; seq is per stream): an assignment sets en route, the simulator's or the feed's
  // later reports (on scene, refuelling) then win over it.
  const fleet = [...features(FOREST_STREAMS.helicopters), ...features(FOREST_STREAMS.dispatch)];
  for (const f of fleet.sort((a, b) => a.receivedAt - b.receivedAt || (a.stream === b.stream ? a.seq - b.seq : a.stream === FOREST_STREAMS.helicopters ? -1 : 1))) state.apply(toEvent(f));
  return state;
}

/** The fire a key names: its cluster id, or the key of one of its reports. */
export function findFire(state: ForestState, fireKey: string): Fire | undefined {
  return state.fires().find((f) => f.id === fireKey || f.reports.some((r) => r.key === fireKey));
}

export function forestSpread(state: ForestState, a: ForestSpreadArgs): ForestSpreadResult | null {
  const fire = findFire(state, a.fireKey);
  if (!fire) return null;
  const pred = state.spread(fire.id, { windFromDeg: a.windFromDeg % 360, windSpeedMs: a.windMs, ...(a.fuel ? { fuel: a.fuel } : {}) });
  if (!pred) return null;
  const features = spreadFeatures(pred, fire.id).map((f) => ({ ...f, properties: { ...f.properties, fireKey: a.fireKey } })) as SpreadFeature[];
  return {
    fireId: fire.id, origin: [fire.origin[0], fire.origin[1]], fuel: pred.fuel, fuelDefaulted: pred.fuelDefaulted, standDemo: pred.standDemo,
    lengthToBreadth: pred.lengthToBreadth, headRosMpm: pred.headRosMpm,
    collection: { type: 'FeatureCollection', features }, assumptions: pred.assumptions, sources: pred.sources,
  };
}

export function forestDispatchOptions(state: ForestState, a: ForestDispatchArgs): ForestDispatchResult | null {
  const fire = findFire(state, a.fireKey);
  if (!fire) return null;
  return {
    fireId: fire.id,
    reports: [...fire.reports].sort((a, b) => a.ts - b.ts || a.key.localeCompare(b.key)).map((r) => ({ key: r.key, channel: r.channel, at: r.ts })),
    fireAt: [fire.origin[0], fire.origin[1]],
    options: state.dispatchOptions(fire.id).map((o) => ({ helicopterId: o.helicopter.id, callsign: o.helicopter.callsign, state: o.helicopter.state, distanceKm: Math.round(o.distanceKm * 10) / 10, etaMin: Math.round(o.etaMin * 10) / 10 })),
  };
}

/** Streams of the forest road network and its closures (panel 18's road records and actions). */
export const FOREST_ROAD_STREAMS = [forestMgmtPanel.stream, FOREST_ROADS_OPS_STREAM] as const;

/** Crew access to a fire over the forest roads of the snapshot, leaving out the roads marked impassable. */
export function forestAccess(state: ForestState, snap: SyncSnapshotResult, a: ForestAccessArgs): ForestAccessResult | null {
  const fire = findFire(state, a.fireKey);
  if (!fire) return null;
  const features = (stream: string): LiveFeature[] => snap.streams.find((x) => x.stream === stream)?.features ?? [];
  const roads = forestRoadsOf(features(forestMgmtPanel.stream));
  const { closed, ignored } = roadClosures(features(FOREST_ROADS_OPS_STREAM));
  const answer = accessRoute(fire.origin, roads, new Set(closed.keys()));
  const name = new Map(roads.map((r) => [r.key, r.name]));
  const view = (c: RoadClosure) => ({ ...c, roadName: name.get(c.roadKey) ?? c.roadKey });
  const fireAt: [number, number] = [fire.origin[0], fire.origin[1]];
  const route = answer.route;
  return {
    fireId: fire.id,
    fireAt,
    route: route && { entry: route.entry, leaveAt: route.leaveAt, roadKm: route.roadKm, walkKm: route.walkKm, minutes: route.minutes, roads: route.roads.map((key) => ({ key, name: name.get(key) ?? key })) },
    noAccess: answer.noAccess,
    closedNearby: answer.closedNearby.map((k) => view(closed.get(k)!)),
    ignored: ignored.filter((c) => name.has(c.roadKey)).map(view),
    maxWalkKm: MAX_WALK_KM,
    collection: {
      type: 'FeatureCollection',
      features: route
        ? [
            { type: 'Feature', id: `access:${fire.id}:drive`, geometry: { type: 'LineString', coordinates: route.drive }, properties: { part: 'drive', fireKey: a.fireKey } },
            { type: 'Feature', id: `access:${fire.id}:walk`, geometry: { type: 'LineString', coordinates: [route.leaveAt, fireAt] }, properties: { part: 'walk', fireKey: a.fireKey } },
          ]
        : [],
    },
    assumptions: ACCESS_ASSUMPTIONS,
  };
}

/** The invoke handlers over a snapshot source (the core's live link). */
export function createForestHandlers(snapshot: (streams: string[]) => SyncSnapshotResult | Promise<SyncSnapshotResult>, opts: ForestStateOptions & { demoStandsAt?: ForestStateOptions['standsAt'] } = {}) {
  const { demoStandsAt, ...base } = opts;
  const state = async () => {
    const snap = await snapshot([...FOREST_STATE_STREAMS]);
    // Demo stands only in an exercise and only without imported stands: a real hub's fire never gets made-up fuel.
    return forestStateFrom(snap, snap.exercise && !base.stands && demoStandsAt ? { ...base, standsAt: demoStandsAt } : base);
  };
  return {
    'forest:spread': async (a: ForestSpreadArgs) => forestSpread(await state(), a),
    'forest:dispatch-options': async (a: ForestDispatchArgs) => forestDispatchOptions(await state(), a),
    'forest:access-route': async (a: ForestAccessArgs) => {
      const snap = await snapshot([...FOREST_STATE_STREAMS, ...FOREST_ROAD_STREAMS]);
      return forestAccess(forestStateFrom(snap, base), snap, a);
    },
  };
}

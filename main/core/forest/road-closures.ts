/**
 * The forest road network and its closures as a workstation holds them: roads are the `road` records of
 * the forest management panel (`panels.forest-mgmt`, LineString / MultiLineString), closures the
 * operators' `forest-road.impassable` / `forest-road.open` actions on `ops.forest-roads` (each a new key,
 * naming the road in `props.recordKey`). Per road the latest action in hub order wins. An action whose
 * signature this workstation could not verify (`verified: false`) does not change a road: it is listed,
 * flagged, and ignored.
 */
import type { LiveFeature } from '../../common/live-sync.js';
import type { ForestRoadAction } from '../../common/forest/forest-ipc.js';
import { FOREST_ROAD_IMPASSABLE_KIND, FOREST_ROAD_OPEN_KIND } from '../../common/panels/defs/forest-mgmt.js';
import type { ForestRoad } from './access-route.js';
import type { LonLat } from './geo.js';

/** A closure as the route model reads it: the forest road action without the road's display name. */
export type RoadClosure = Omit<ForestRoadAction, 'roadName'>;

type Feature = Pick<LiveFeature, 'key' | 'kind' | 'props' | 'geometry' | 'receivedAt' | 'seq'>;

const isLonLat = (p: unknown): p is LonLat => Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number';
const line = (coords: unknown): LonLat[] => (Array.isArray(coords) ? coords.filter(isLonLat).map((p) => [p[0], p[1]] as LonLat) : []);

/** Road records of the forest management panel as network input. */
export function forestRoadsOf(features: readonly Feature[]): ForestRoad[] {
  const out: ForestRoad[] = [];
  for (const f of features) {
    if (f.props['type'] !== 'road' || !f.geometry) continue;
    const g = f.geometry as { type: string; coordinates?: unknown };
    const lines = g.type === 'LineString' ? [line(g.coordinates)] : g.type === 'MultiLineString' && Array.isArray(g.coordinates) ? g.coordinates.map(line) : [];
    const usable = lines.filter((l) => l.length >= 2);
    if (usable.length > 0) out.push({ key: f.key, name: typeof f.props['name'] === 'string' ? f.props['name'] : f.key, lines: usable });
  }
  return out;
}

/**
 * Closed roads (the latest verified or unchecked action per road is `impassable`) and the unverified
 * actions that were ignored (newest first).
 */
export function roadClosures(actions: readonly Feature[]): { closed: Map<string, RoadClosure>; ignored: RoadClosure[] } {
  const latest = new Map<string, { kind: string; c: RoadClosure }>();
  const ignored: RoadClosure[] = [];
  const sorted = [...actions].sort((a, b) => a.receivedAt - b.receivedAt || a.seq - b.seq);
  for (const f of sorted) {
    if (f.kind !== FOREST_ROAD_IMPASSABLE_KIND && f.kind !== FOREST_ROAD_OPEN_KIND) continue;
    const roadKey = f.props['recordKey'];
    if (typeof roadKey !== 'string') continue;
    const v = f.props['verified'];
    const c: RoadClosure = {
      roadKey,
      actionKey: f.key,
      user: typeof f.props['user'] === 'string' ? f.props['user'] : null,
      reason: typeof f.props['reason'] === 'string' ? f.props['reason'] : null,
      at: f.receivedAt,
      verified: typeof v === 'boolean' ? v : null,
      verifyReason: typeof f.props['verifyReason'] === 'string' ? f.props['verifyReason'] : null,
    };
    if (v === false) ignored.unshift(c);
    else latest.set(roadKey, { kind: f.kind, c });
  }
  const closed = new Map<string, RoadClosure>();
  for (const [k, { kind, c }] of latest) if (kind === FOREST_ROAD_IMPASSABLE_KIND) closed.set(k, c);
  return { closed, ignored };
}

/**
 * Crew access to a fire over the forest road network: drive in from a road entry along open forest
 * roads, leave the road at the point nearest the fire, walk the rest. The network is the forest roads
 * of the forest management base (panel 18's road records); roads marked impassable (road-closures.ts)
 * are left out, so the route moves onto another road, or there is no access by forest road.
 *
 * Model (a dispatcher's aid, stated in `ACCESS_ASSUMPTIONS`):
 * - Graph: road vertices are nodes (snapped to ~10 m, so roads that share an end are joined), each
 *   segment an edge of its great-circle length, tagged with its road.
 * - Entries: a road's first vertex (roads are digitised from where they leave the public road) when no
 *   other road touches it; a branch that starts on another road is reached through that road.
 * - Cost: multi-source Dijkstra from every entry over open roads gives road distance to each node; the
 *   leaving point on each open segment is the point of the segment nearest the fire; time =
 *   road km / ROAD_KMH + walk km / WALK_KMH; the fastest wins. Leaving points farther than MAX_WALK_KM
 *   from the fire do not count.
 */
import { MinHeap } from '../min-heap.js';
import { distanceM, type LonLat } from './geo.js';

/** Driving speed on a forest road (unpaved, one lane). */
export const ROAD_KMH = 20;
/** Walking speed of a crew with equipment over forested slopes. */
export const WALK_KMH = 2;
/** The farthest a crew is sent on foot from a forest road to a fire. */
export const MAX_WALK_KM = 3;

export const ACCESS_ASSUMPTIONS: readonly string[] = [
  `Forest roads driven at ${ROAD_KMH} km/h, the rest on foot at ${WALK_KMH} km/h in a straight line (no slope, no public roads).`,
  `Access only where a crew walks at most ${MAX_WALK_KM} km from an open forest road.`,
  'A road is entered at its first vertex (as digitised) unless another road touches it there.',
];

export interface ForestRoad {
  key: string;
  name: string;
  /** One or more lines (a MultiLineString's parts); each needs two vertices. */
  lines: LonLat[][];
}

export interface AccessRoute {
  /** Where the crew leaves the public road. */
  entry: LonLat;
  /** Where the crew leaves the forest road. */
  leaveAt: LonLat;
  roadKm: number;
  walkKm: number;
  minutes: number;
  /** Keys of the roads driven, in order, without repeats. */
  roads: string[];
  /** Entry → leaving point along the roads. */
  drive: LonLat[];
}

export type NoAccessReason = 'no-roads-nearby' | 'roads-closed';

export interface AccessAnswer {
  route: AccessRoute | null;
  /** Why there is no route: no forest road comes within MAX_WALK_KM, or every one that does is closed or cut off. */
  noAccess: NoAccessReason | null;
  /** Closed roads that come within MAX_WALK_KM of the fire (the ones that may have changed the answer). */
  closedNearby: string[];
}

const SNAP = 1e4; // 1e-4 degree ≈ 10 m
const nodeId = (p: LonLat): string => `${Math.round(p[0] * SNAP)},${Math.round(p[1] * SNAP)}`;

interface Edge {
  a: string;
  b: string;
  road: string;
  m: number;
}

/** The point of segment a–b nearest to p (equirectangular around p; fine over a few km). */
function nearestOnSegment(p: LonLat, a: LonLat, b: LonLat): LonLat {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const ax = (a[0] - p[0]) * k;
  const ay = a[1] - p[1];
  const bx = (b[0] - p[0]) * k;
  const by = b[1] - p[1];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2));
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** The fastest crew access to `fire` over the open roads (`closed`: keys of impassable roads). */
export function accessRoute(fire: LonLat, roads: readonly ForestRoad[], closed: ReadonlySet<string>): AccessAnswer {
  const maxWalkM = MAX_WALK_KM * 1000;
  const at = new Map<string, LonLat>();
  const edges: Edge[] = [];
  const touches = new Map<string, Set<string>>(); // node → roads touching it
  const firstOf: Array<{ node: string; road: string }> = [];
  const nearby = new Set<string>();
  for (const road of roads) {
    for (const line of road.lines) {
      if (line.length < 2) continue;
      firstOf.push({ node: nodeId(line[0]!), road: road.key });
      for (let i = 0; i < line.length; i++) {
        const id = nodeId(line[i]!);
        if (!at.has(id)) at.set(id, line[i]!);
        const set = touches.get(id) ?? new Set<string>();
        set.add(road.key);
        touches.set(id, set);
        if (i === 0) continue;
        const a = nodeId(line[i - 1]!);
        if (a === id) continue;
        edges.push({ a, b: id, road: road.key, m: distanceM(line[i - 1]!, line[i]!) });
        if (distanceM(fire, nearestOnSegment(fire, line[i - 1]!, line[i]!)) <= maxWalkM) nearby.add(road.key);
      }
    }
  }
  const closedNearby = [...nearby].filter((k) => closed.has(k)).sort();
  if (nearby.size === 0) return { route: null, noAccess: 'no-roads-nearby', closedNearby };

  const open = edges.filter((e) => !closed.has(e.road));
  const adj = new Map<string, Edge[]>();
  for (const e of open) {
    for (const n of [e.a, e.b]) {
      const list = adj.get(n);
      if (list) list.push(e);
      else adj.set(n, [e]);
    }
  }
  // Entries: first vertices no other road touches, on a road that is open.
  const dist = new Map<string, number>();
  const prev = new Map<string, Edge | null>();
  const heap = new MinHeap<[number, string]>();
  for (const { node, road } of firstOf) {
    if (closed.has(road) || touches.get(node)!.size > 1 || dist.has(node)) continue;
    dist.set(node, 0);
    prev.set(node, null);
    heap.push(0, [0, node]);
  }
  while (heap.size > 0) {
    const [d, u] = heap.pop()!;
    if (d > dist.get(u)!) continue;
    for (const e of adj.get(u) ?? []) {
      const v = e.a === u ? e.b : e.a;
      const nd = d + e.m;
      if (nd < (dist.get(v) ?? Number.POSITIVE_INFINITY)) {
        dist.set(v, nd);
        prev.set(v, e);
        heap.push(nd, [nd, v]);
      }
    }
  }

  let best: { minutes: number; roadM: number; walkM: number; leaveAt: LonLat; from: string; edge: Edge } | null = null;
  for (const e of open) {
    const leaveAt = nearestOnSegment(fire, at.get(e.a)!, at.get(e.b)!);
    const walkM = distanceM(leaveAt, fire);
    if (walkM > maxWalkM) continue;
    for (const from of [e.a, e.b]) {
      const d = dist.get(from);
      if (d === undefined) continue;
      const roadM = d + distanceM(at.get(from)!, leaveAt);
      const minutes = (roadM / 1000 / ROAD_KMH + walkM / 1000 / WALK_KMH) * 60;
      if (!best || minutes < best.minutes) best = { minutes, roadM, walkM, leaveAt, from, edge: e };
    }
  }
  if (!best) return { route: null, noAccess: 'roads-closed', closedNearby };

  // Back from the node the crew drives through last, to its entry.
  const back: LonLat[] = [];
  const roadsBack: string[] = [best.edge.road];
  for (let n = best.from; ; ) {
    back.push(at.get(n)!);
    const e = prev.get(n);
    if (!e) break;
    roadsBack.push(e.road);
    n = e.a === n ? e.b : e.a;
  }
  const drive = [...back.reverse(), best.leaveAt];
  const roadKeys = roadsBack.reverse().filter((k, i, all) => i === 0 || all[i - 1] !== k);
  const r1 = (n: number): number => Math.round(n * 10) / 10;
  return {
    route: { entry: drive[0]!, leaveAt: best.leaveAt, roadKm: r1(best.roadM / 1000), walkKm: r1(best.walkM / 1000), minutes: Math.round(best.minutes), roads: roadKeys, drive },
    noAccess: null,
    closedNearby,
  };
}

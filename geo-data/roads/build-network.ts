/**
 * Turns the authored expressway routes into a directed link network: waypoints at sigungu label
 * points, each leg split into equal links of 1–2 km, a forward (F, in the route's authored order) and
 * a backward (B) link per piece. Everything is derived from the route list alone, in a fixed order,
 * so ids and bytes are the same on every build.
 */
import type { ExpresswayRoute, Waypoint } from './expressways.js';

/** Where a waypoint's sigungu is: its code and label point, or why it could not be found. */
export type WaypointResolver = (w: Waypoint) => { code: string; lon: number; lat: number } | { error: string };

/** Properties of one directed link in links.geojson. */
export interface LinkProps {
  linkId: string;
  route: number;
  roadName: string;
  roadNameEn: string;
  dir: 'F' | 'B';
  lanes: number;
  freeFlowKmh: number;
  lengthM: number;
  fromNode: string;
  toNode: string;
  /** Sigungu (Interior code) under the link's midpoint, null over the sea; for filtering by region. */
  sigunguCode: string | null;
}

/** Sigungu code under a point, or null. */
export type PointLocator = (lon: number, lat: number) => string | null;

export interface LinkFeature {
  type: 'Feature';
  id: number;
  properties: LinkProps;
  geometry: { type: 'LineString'; coordinates: Array<[number, number]> };
}

/** A node of the network: a junction shared by routes, a waypoint, or a break between links. */
export interface NetworkNode {
  id: string;
  lon: number;
  lat: number;
  kind: 'junction' | 'waypoint' | 'break';
  /** Junction name (JC) or the waypoint's sigungu code. */
  name?: string;
  sigunguCode?: string;
  routes: number[];
}

/** Built length of a route next to its official length. */
export interface RouteStat {
  no: number;
  nameKo: string;
  nameEn: string;
  officialKm: number;
  builtKm: number;
  links: number;
  lanes: number;
  freeFlowKmh: number;
  source: string;
  lengthCheck: string;
}

export interface Network {
  links: { type: 'FeatureCollection'; features: LinkFeature[] };
  nodes: NetworkNode[];
  routes: RouteStat[];
}

const R_EARTH_M = 6_371_008.8;
const MAX_LINK_M = 2000;
const rad = (d: number) => (d * Math.PI) / 180;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Great-circle distance in metres. */
export function haversineM(a: readonly [number, number], b: readonly [number, number]): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * R_EARTH_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Stable link id: `EX0001-s003-F` (route, piece index along the authored order, direction). */
export function linkIdOf(route: number, piece: number, dir: 'F' | 'B'): string {
  return `EX${pad(route, 4)}-s${pad(piece, 3)}-${dir}`;
}

/** Numeric feature id for map feature-state: unique while a route has fewer than 5,000 pieces. */
export function featureIdOf(route: number, piece: number, dir: 'F' | 'B'): number {
  return route * 10_000 + piece * 2 + (dir === 'B' ? 1 : 0);
}

export function buildNetwork(routes: readonly ExpresswayRoute[], resolve: WaypointResolver, locate: PointLocator = () => null): Network {
  const errors: string[] = [];
  const nodes = new Map<string, NetworkNode>();
  const junctionPlace = new Map<string, string>();
  const features: LinkFeature[] = [];
  const stats: RouteStat[] = [];
  const addRoute = (n: NetworkNode, route: number) => {
    if (!n.routes.includes(route)) n.routes.push(route);
  };

  for (const r of [...routes].sort((a, b) => a.no - b.no)) {
    const tag = `EX${pad(r.no, 4)}`;
    let piece = 0;
    let nodeCounter = 0;
    let lengthM = 0;
    const nodeFor = (w: Waypoint, pos: [number, number], code: string): NetworkNode => {
      if (w.junction) {
        const id = `JC-${w.junction.key}`;
        const place = `${w.province} ${w.name}`;
        const seen = junctionPlace.get(id);
        if (seen && seen !== place) errors.push(`route ${r.no}: junction ${w.junction.key} at ${place}, elsewhere at ${seen}`);
        junctionPlace.set(id, place);
        const n = nodes.get(id) ?? { id, lon: pos[0], lat: pos[1], kind: 'junction' as const, name: w.junction.nameKo, sigunguCode: code, routes: [] };
        nodes.set(id, n);
        addRoute(n, r.no);
        return n;
      }
      const id = `${tag}-n${pad(nodeCounter++, 3)}`;
      const n: NetworkNode = { id, lon: pos[0], lat: pos[1], kind: 'waypoint', sigunguCode: code, routes: [r.no] };
      nodes.set(id, n);
      return n;
    };

    for (const segment of r.segments) {
      if (segment.length < 2) errors.push(`route ${r.no}: a segment needs two waypoints`);
      let prev: { node: NetworkNode; pos: [number, number] } | null = null;
      for (const w of segment) {
        const hit = resolve(w);
        if ('error' in hit) {
          errors.push(`route ${r.no}: ${w.province} ${w.name}: ${hit.error}`);
          continue;
        }
        const pos: [number, number] = [round6(hit.lon), round6(hit.lat)];
        const node = nodeFor(w, pos, hit.code);
        if (prev) {
          const legM = haversineM(prev.pos, pos);
          if (legM < 100) errors.push(`route ${r.no}: ${w.province} ${w.name} is on top of the previous waypoint`);
          const n = Math.max(1, Math.ceil(legM / MAX_LINK_M));
          let from = prev.node;
          for (let k = 1; k <= n; k++) {
            const t = k / n;
            const a: [number, number] = k === 1 ? prev.pos : [round6(prev.pos[0] + (pos[0] - prev.pos[0]) * ((k - 1) / n)), round6(prev.pos[1] + (pos[1] - prev.pos[1]) * ((k - 1) / n))];
            const b: [number, number] = k === n ? pos : [round6(prev.pos[0] + (pos[0] - prev.pos[0]) * t), round6(prev.pos[1] + (pos[1] - prev.pos[1]) * t)];
            const to: NetworkNode = k === n ? node : { id: `${tag}-b${pad(piece, 3)}`, lon: b[0], lat: b[1], kind: 'break', routes: [r.no] };
            if (k < n) nodes.set(to.id, to);
            const len = Math.round(haversineM(a, b));
            lengthM += len;
            const sigunguCode = locate((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
            const common = { route: r.no, roadName: r.nameKo, roadNameEn: r.nameEn, lanes: r.lanes, freeFlowKmh: r.freeFlowKmh, lengthM: len, sigunguCode };
            features.push({
              type: 'Feature', id: featureIdOf(r.no, piece, 'F'),
              properties: { linkId: linkIdOf(r.no, piece, 'F'), ...common, dir: 'F', fromNode: from.id, toNode: to.id },
              geometry: { type: 'LineString', coordinates: [a, b] },
            });
            features.push({
              type: 'Feature', id: featureIdOf(r.no, piece, 'B'),
              properties: { linkId: linkIdOf(r.no, piece, 'B'), ...common, dir: 'B', fromNode: to.id, toNode: from.id },
              geometry: { type: 'LineString', coordinates: [b, a] },
            });
            piece++;
            from = to;
          }
        }
        prev = { node, pos };
      }
    }
    stats.push({
      no: r.no, nameKo: r.nameKo, nameEn: r.nameEn, officialKm: r.officialKm, builtKm: Math.round(lengthM / 100) / 10,
      links: piece * 2, lanes: r.lanes, freeFlowKmh: r.freeFlowKmh, source: r.source, lengthCheck: r.lengthCheck,
    });
  }
  if (errors.length > 0) throw new Error(`roads: the authored network has errors:\n${errors.join('\n')}`);
  const nodeList = [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const n of nodeList) n.routes.sort((a, b) => a - b);
  return { links: { type: 'FeatureCollection', features }, nodes: nodeList, routes: stats };
}

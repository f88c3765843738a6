/**
 * Topology-preserving simplification: every arc of a TopoJSON topology is simplified once with
 * Douglas-Peucker (end points fixed) and rounded, so two neighbours that share a border keep
 * sharing exactly the same simplified line: no gaps or overlaps appear between districts.
 */
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { feature, merge } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { BBox, MultiPolygonCoords, PolygonCoords, Position, Ring } from '../../main/core/region/geometry.js';
import { polygonArea, ringBBox } from '../../main/core/region/geometry.js';

const bboxesIntersect = (a: BBox, b: BBox): boolean => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** A polygonal geometry object of a topology, with its properties. */
export type TopoArea = TopoPolygon<Record<string, unknown>> | TopoMultiPolygon<Record<string, unknown>>;

/** Absolute coordinates of every arc (delta decoding and the quantisation transform applied). */
export function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0]!, p[1]!] as Position);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Position;
    });
  });
}

/** Longitude is shortened by cos(36°) (mid Korea) so the tolerance means the same on both axes. */
const LON_SCALE = Math.cos((36 * Math.PI) / 180);

/** Douglas-Peucker keeping both end points; closed arcs are split at their far point first. */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2 || tolerance <= 0) return points.slice();
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (first[0] === last[0] && first[1] === last[1]) {
    // A ring stored as one arc: keep its farthest point so it cannot collapse to a line.
    let far = 1;
    let farD = -1;
    for (let i = 1; i < points.length - 1; i++) {
      const d = dist2(points[i]!, first);
      if (d > farD) {
        farD = d;
        far = i;
      }
    }
    const a = simplifyLine(points.slice(0, far + 1), tolerance);
    const b = simplifyLine(points.slice(far), tolerance);
    return [...a.slice(0, -1), ...b];
  }
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [s, e] = stack.pop()!;
    let maxD = -1;
    let idx = -1;
    for (let i = s + 1; i < e; i++) {
      const d = segDist2(points[i]!, points[s]!, points[e]!);
      if (d > maxD) {
        maxD = d;
        idx = i;
      }
    }
    if (idx > 0 && maxD > tol2) {
      keep[idx] = 1;
      stack.push([s, idx], [idx, e]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function dist2(a: Position, b: Position): number {
  const dx = (a[0] - b[0]) * LON_SCALE;
  const dy = a[1] - b[1];
  return dx * dx + dy * dy;
}

function segDist2(p: Position, a: Position, b: Position): number {
  const ax = a[0] * LON_SCALE;
  const bx = b[0] * LON_SCALE;
  const px = p[0] * LON_SCALE;
  const dx = bx - ax;
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const ex = ax + t * dx - px;
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/** Rounds to `decimals` and drops positions that became duplicates of their predecessor. */
export function roundLine(points: Position[], decimals: number): Position[] {
  const f = 10 ** decimals;
  const out: Position[] = [];
  for (const p of points) {
    const q: Position = [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
  }
  if (out.length === 1 && points.length > 1) out.push([...out[0]!] as Position);
  return out;
}

/**
 * A copy of the topology with simplified, rounded, untransformed arcs. With `within`, arcs whose
 * bbox misses it are cut to their end points: the chord stays inside the arc's own bbox, so
 * nothing inside `within` changes, and world-wide inputs cost little.
 */
export function simplifyTopology(topology: Topology, tolerance: number, decimals: number, within?: BBox): Topology {
  const arcs = decodeArcs(topology).map((arc) => {
    if (within && !bboxesIntersect(ringBBox(arc), within)) return roundLine([arc[0]!, arc[arc.length - 1]!], decimals);
    return roundLine(simplifyLine(arc, tolerance), decimals);
  });
  const { transform: _t, ...rest } = topology;
  return { ...rest, arcs } as Topology;
}

/** The polygon objects of the topology's first (and only) geometry collection. */
export function areaObjects(topology: Topology): TopoArea[] {
  const name = Object.keys(topology.objects)[0];
  const coll = name ? topology.objects[name] : undefined;
  if (!coll || coll.type !== 'GeometryCollection') throw new Error('geo-data: expected a GeometryCollection topology');
  return coll.geometries.filter((g): g is TopoArea => g.type === 'Polygon' || g.type === 'MultiPolygon');
}

/** One object as MultiPolygon coordinates, degenerate rings removed. */
export function objectCoords(topology: Topology, object: TopoArea): MultiPolygonCoords {
  // A Polygon or MultiPolygon object always yields a single Feature.
  const g = (feature(topology, object) as Feature<Polygon | MultiPolygon>).geometry;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as PolygonCoords[];
  return cleanMultiPolygon(polys);
}

/** Several objects dissolved along their shared arcs (sigungu → sido). */
export function mergedCoords(topology: Topology, objects: TopoArea[]): MultiPolygonCoords {
  return cleanMultiPolygon(merge(topology, objects).coordinates as PolygonCoords[]);
}

/** Drops rings with fewer than 4 positions or no area, and polygons whose outer ring went. */
export function cleanMultiPolygon(mp: PolygonCoords[]): MultiPolygonCoords {
  const out: MultiPolygonCoords = [];
  for (const polygon of mp) {
    const rings = polygon.filter((r: Ring) => r.length >= 4 && polygonArea([r]) > 0);
    if (rings.length > 0 && rings[0] === polygon[0]) out.push(rings);
  }
  return out;
}

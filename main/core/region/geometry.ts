/**
 * Planar geometry on lon/lat arrays, shared by the region index (point lookup) and the geo-data
 * build (label points, bboxes). Korea spans ~7 degrees, so planar tests on lon/lat are exact
 * enough for containment; only distances scale longitude by cos(latitude).
 */

/** [lon, lat]. */
export type Position = [number, number];
/** A closed ring: first position equals the last. */
export type Ring = Position[];
/** Outer ring followed by holes. */
export type PolygonCoords = Ring[];
export type MultiPolygonCoords = PolygonCoords[];
/** [minLon, minLat, maxLon, maxLat]. */
export type BBox = [number, number, number, number];

/** Even-odd ray casting; points exactly on an edge may land on either side. */
export function pointInRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    const ay = a[1];
    const by = b[1];
    if (ay > lat !== by > lat) {
      const x = ((b[0] - a[0]) * (lat - ay)) / (by - ay) + a[0];
      if (lon < x) inside = !inside;
    }
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function pointInPolygon(lon: number, lat: number, polygon: PolygonCoords): boolean {
  const outer = polygon[0];
  if (!outer || !pointInRing(lon, lat, outer)) return false;
  for (let h = 1; h < polygon.length; h++) {
    if (pointInRing(lon, lat, polygon[h]!)) return false;
  }
  return true;
}

export function pointInMultiPolygon(lon: number, lat: number, mp: MultiPolygonCoords): boolean {
  for (const polygon of mp) if (pointInPolygon(lon, lat, polygon)) return true;
  return false;
}

export function emptyBBox(): BBox {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

export function extendBBox(b: BBox, p: Position): void {
  if (p[0] < b[0]) b[0] = p[0];
  if (p[1] < b[1]) b[1] = p[1];
  if (p[0] > b[2]) b[2] = p[0];
  if (p[1] > b[3]) b[3] = p[1];
}

export function ringBBox(ring: Ring): BBox {
  const b = emptyBBox();
  for (const p of ring) extendBBox(b, p);
  return b;
}

export function multiPolygonBBox(mp: MultiPolygonCoords): BBox {
  const b = emptyBBox();
  for (const polygon of mp) for (const p of polygon[0] ?? []) extendBBox(b, p);
  return b;
}

export function bboxContains(b: BBox, lon: number, lat: number): boolean {
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}

/** Signed shoelace area in square degrees (positive for counter-clockwise). */
export function ringSignedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    s += (b[0] - a[0]) * (b[1] + a[1]);
  }
  return -s / 2;
}

export function polygonArea(polygon: PolygonCoords): number {
  let area = 0;
  polygon.forEach((ring, i) => {
    const a = Math.abs(ringSignedArea(ring));
    area += i === 0 ? a : -a;
  });
  return area;
}

/**
 * A point guaranteed inside the largest polygon: the midpoint of the widest interior span of a
 * horizontal scan line. Scan lines are tried through the area centroid first, then across the
 * polygon's height, so crescent-shaped districts still get a label inside them.
 */
export function interiorPoint(mp: MultiPolygonCoords): Position {
  let best: PolygonCoords | undefined;
  let bestArea = -1;
  for (const polygon of mp) {
    const a = polygonArea(polygon);
    if (a > bestArea) {
      bestArea = a;
      best = polygon;
    }
  }
  if (!best || !best[0] || best[0].length === 0) throw new Error('interiorPoint: empty geometry');
  const outer = best[0];
  const [, minLat, , maxLat] = ringBBox(outer);
  const centroid = ringCentroid(outer);
  const steps = 16;
  let widest: { width: number; point: Position } | undefined;
  for (let k = 1; k < steps; k++) {
    const span = widestSpan(best, minLat + ((maxLat - minLat) * k) / steps);
    if (span && (!widest || span.width > widest.width)) widest = span;
  }
  // The centroid's own line is preferred (labels sit near the visual centre) unless it is much narrower.
  const central = widestSpan(best, centroid[1]);
  const bestSpan = central && (!widest || central.width >= widest.width * 0.5) ? central : widest;
  return bestSpan ? bestSpan.point : outer[0]!;
}

function ringCentroid(ring: Ring): Position {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[j]!;
    const q = ring[i]!;
    const f = p[0] * q[1] - q[0] * p[1];
    a += f;
    cx += (p[0] + q[0]) * f;
    cy += (p[1] + q[1]) * f;
  }
  if (a === 0) return ring[0]!;
  return [cx / (3 * a), cy / (3 * a)];
}

function widestSpan(polygon: PolygonCoords, lat: number): { width: number; point: Position } | undefined {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1] > lat !== b[1] > lat) xs.push(((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]) + a[0]);
    }
  }
  xs.sort((p, q) => p - q);
  let best: { width: number; point: Position } | undefined;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const width = xs[k + 1]! - xs[k]!;
    if (!best || width > best.width) best = { width, point: [(xs[k]! + xs[k + 1]!) / 2, lat] };
  }
  return best;
}

/** Squared distance in degrees with longitude scaled by cos(lat): good for small comparisons. */
export function scaledDistance2(a: Position, b: Position): number {
  const k = Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
  const dx = (a[0] - b[0]) * k;
  const dy = a[1] - b[1];
  return dx * dx + dy * dy;
}

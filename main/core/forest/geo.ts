/**
 * Small spherical-earth helpers for the forest models: distances, destination points (geodesic
 * offsets on a sphere of the mean earth radius), and convex hulls. Errors of the spherical model
 * (<0.5 %) are far below the uncertainty of any fire position or spread estimate.
 */
/** IUGG mean earth radius, m. */
export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

export type LonLat = [number, number];

/** Great-circle (haversine) distance between two [lon, lat] points, metres. */
export function distanceM(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from a to b, degrees clockwise from north, 0–360. */
export function bearingDeg(a: LonLat, b: LonLat): number {
  const f1 = a[1] * RAD;
  const f2 = b[1] * RAD;
  const dl = (b[0] - a[0]) * RAD;
  const y = Math.sin(dl) * Math.cos(f2);
  const x = Math.cos(f1) * Math.sin(f2) - Math.sin(f1) * Math.cos(f2) * Math.cos(dl);
  return ((Math.atan2(y, x) / RAD) % 360 + 360) % 360;
}

/** The point `dist` metres from `from` along the great circle leaving at `bearing` degrees. */
export function destination(from: LonLat, bearing: number, dist: number): LonLat {
  const d = dist / EARTH_RADIUS_M;
  const t = bearing * RAD;
  const f1 = from[1] * RAD;
  const l1 = from[0] * RAD;
  const f2 = Math.asin(Math.sin(f1) * Math.cos(d) + Math.cos(f1) * Math.sin(d) * Math.cos(t));
  const l2 = l1 + Math.atan2(Math.sin(t) * Math.sin(d) * Math.cos(f1), Math.cos(d) - Math.sin(f1) * Math.sin(f2));
  return [l2 / RAD, f2 / RAD];
}

/** Convex hull (Andrew's monotone chain) of [lon, lat] points, counter-clockwise, not closed. */
export function convexHull(points: LonLat[]): LonLat[] {
  const p = [...points].sort((u, v) => u[0] - v[0] || u[1] - v[1]);
  if (p.length < 3) return p;
  const cross = (o: LonLat, a: LonLat, b: LonLat) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: LonLat[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: LonLat[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/**
 * The convex hull of circles around points (each with its own radius, m), as a closed GeoJSON ring:
 * every circle is sampled at `steps` bearings, then hulled. Small fires need no better buffer.
 */
export function bufferedHull(points: Array<{ at: LonLat; radiusM: number }>, steps = 16): LonLat[] {
  const samples: LonLat[] = [];
  for (const { at, radiusM } of points) {
    for (let i = 0; i < steps; i++) samples.push(destination(at, (360 * i) / steps, radiusM));
  }
  const hull = convexHull(samples);
  return [...hull, hull[0]!];
}

/** Area of a small closed ring, m² (local equirectangular projection about its first point). */
export function ringAreaM2(ring: LonLat[]): number {
  if (ring.length < 4) return 0;
  const lat0 = ring[0]![1] * RAD;
  const xy = ring.map(([x, y]) => [x * RAD * Math.cos(lat0) * EARTH_RADIUS_M, y * RAD * EARTH_RADIUS_M] as const);
  let s = 0;
  for (let i = 0; i + 1 < xy.length; i++) s += xy[i]![0] * xy[i + 1]![1] - xy[i + 1]![0] * xy[i]![1];
  return Math.abs(s) / 2;
}

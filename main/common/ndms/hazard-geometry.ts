/**
 * Map shapes for the hazard layers, computed from the adapters' props (pure, usable by the renderer):
 * a typhoon's 15 m/s and 25 m/s wind areas, its forecast cone, and an epicentre's distance rings.
 */
import type { GeoJsonGeometry } from '../events.js';
import { circleRing } from './cap-geometry.js';

type LonLat = [number, number];

/** Wind-radius areas around a typhoon centre (null where the bulletin gives no radius). */
export function typhoonWindAreas(centre: LonLat, radius15Km: number | null, radius25Km: number | null): { r15: GeoJsonGeometry | null; r25: GeoJsonGeometry | null } {
  const area = (r: number | null): GeoJsonGeometry | null => (r && r > 0 ? { type: 'Polygon', coordinates: [circleRing({ lon: centre[0], lat: centre[1] }, r)] } : null);
  return { r15: area(radius15Km), r25: area(radius25Km) };
}

/** Convex hull (Andrew's monotone chain) of points, closed ring. */
function hull(points: number[][]): number[][] {
  const p = [...points].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  const cross = (o: number[], a: number[], b: number[]) => (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  const lower: number[][] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: number[][] = [];
  for (const q of p.reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  const ring = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  return [...ring, ring[0]!];
}

/**
 * Cone of uncertainty along a forecast track: the current centre, then forecast points whose error
 * radius grows linearly by `growthKmPerStep` (KMA's 70 % probability circles grow roughly so: an
 * indicative default, not the official radii). Each pair of consecutive circles is joined by its
 * convex hull; the cone is the set of those hulls (drawn filled, they read as one cone).
 */
export function forecastCone(centre: LonLat, forecast: readonly LonLat[], growthKmPerStep = 80): GeoJsonGeometry | null {
  if (forecast.length === 0) return null;
  const pts = [centre, ...forecast];
  const circles = pts.map((p, i) => (i === 0 ? [[p[0], p[1]]] : circleRing({ lon: p[0], lat: p[1] }, i * growthKmPerStep, 32).slice(0, -1)));
  const parts: number[][][][] = [];
  for (let i = 1; i < circles.length; i++) parts.push([hull([...circles[i - 1]!, ...circles[i]!])]);
  return { type: 'MultiPolygon', coordinates: parts };
}

/** Indicative distance rings around an epicentre (km), larger quakes getting wider rings. */
export function quakeRings(epicentre: LonLat, magnitude: number): Array<{ km: number; geometry: GeoJsonGeometry }> {
  const kms = magnitude >= 6 ? [20, 50, 100, 200] : magnitude >= 4 ? [10, 30, 50] : [5, 10, 20];
  return kms.map((km) => ({ km, geometry: { type: 'Polygon', coordinates: [circleRing({ lon: epicentre[0], lat: epicentre[1] }, km)] } }));
}

/**
 * CAP shapes → GeoJSON. CAP writes "lat,lon" (the reverse of GeoJSON); circles are "lat,lon radius_km"
 * and become 64-sided polygons on a sphere (R = 6371.0088 km, the mean radius turf also uses), which
 * is within a fraction of a percent of the true circle area for the radii alerts use.
 */
import type { GeoJsonGeometry } from '../events.js';
import type { CapArea, CapPoint } from './cap-model.js';

const R_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** A CAP ring ("lat,lon" points) as a GeoJSON ring ([lon, lat]). */
export function capRingToGeoJson(ring: readonly CapPoint[]): number[][] {
  return ring.map((p) => [p.lon, p.lat]);
}

/** A closed GeoJSON ring approximating a circle of `radiusKm` around `center`. */
export function circleRing(center: CapPoint, radiusKm: number, steps = 64): number[][] {
  const d = radiusKm / R_KM;
  const lat1 = rad(center.lat);
  const lon1 = rad(center.lon);
  const ring: number[][] = [];
  for (let i = 0; i < steps; i++) {
    const b = (2 * Math.PI * i) / steps;
    const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
    const lon2 = lon1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
    ring.push([Math.round(deg(lon2) * 1e6) / 1e6, Math.round(deg(lat2) * 1e6) / 1e6]);
  }
  ring.push([...ring[0]!]);
  return ring;
}

/** Every polygon and circle of the areas as one geometry, or null when the areas carry only geocodes. */
export function capAreasGeometry(areas: readonly CapArea[]): GeoJsonGeometry | null {
  const polys: number[][][][] = [];
  for (const a of areas) {
    for (const p of a.polygon) polys.push([capRingToGeoJson(p)]);
    for (const c of a.circle) if (c.radiusKm > 0) polys.push([circleRing(c.center, c.radiusKm)]);
  }
  if (polys.length === 0) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

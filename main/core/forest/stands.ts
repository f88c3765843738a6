/**
 * Forest stands under a fire: the fuel class for the spread model. Real stands come from the
 * Integrated Forest Management System (imported GeoJSON); without them, `demoStands` generates a
 * deterministic grid of stands over land inside a sigungu, marked demo.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { forestStandSchema, type ForestStand, type FuelClass } from '../../common/forest/types.js';
import { destination, type LonLat } from './geo.js';

/** A stand polygon with its properties and a bounding box for a quick reject. */
export interface StandFeature {
  type: 'Feature';
  geometry: Polygon | MultiPolygon;
  properties: ForestStand;
  bbox: [number, number, number, number];
}

function ringContains(ring: number[][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** Point in a polygon (holes respected) or multipolygon. */
export function geometryContains(g: Polygon | MultiPolygon, x: number, y: number): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.some((rings) => rings.length > 0 && ringContains(rings[0]!, x, y) && !rings.slice(1).some((h) => ringContains(h, x, y)));
}

function bboxOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polys) for (const [x, y] of rings[0] ?? []) {
    b[0] = Math.min(b[0], x!); b[1] = Math.min(b[1], y!); b[2] = Math.max(b[2], x!); b[3] = Math.max(b[3], y!);
  }
  return b;
}

/**
 * Stands from an imported GeoJSON FeatureCollection: polygons whose properties pass the stand schema
 * (a `fuel` of conifer/broadleaf/mixed or the Korean 침엽수/활엽수/혼효림). Others are counted as skipped.
 */
export function importStands(doc: unknown): { stands: StandFeature[]; skipped: number } {
  const fc = doc as { features?: unknown };
  const stands: StandFeature[] = [];
  let skipped = 0;
  const korean: Record<string, FuelClass> = { 침엽수: 'conifer', 침엽수림: 'conifer', 활엽수: 'broadleaf', 활엽수림: 'broadleaf', 혼효림: 'mixed' };
  for (const f of Array.isArray(fc?.features) ? fc.features : []) {
    const feat = f as { geometry?: { type?: string }; properties?: Record<string, unknown> };
    const g = feat.geometry;
    const rawProps = feat.properties ?? {};
    const fuel = typeof rawProps['fuel'] === 'string' ? (korean[rawProps['fuel']] ?? rawProps['fuel']) : undefined;
    const p = forestStandSchema.safeParse({ demo: false, ...rawProps, fuel });
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !p.success) {
      skipped++;
      continue;
    }
    const geometry = g as Polygon | MultiPolygon;
    stands.push({ type: 'Feature', geometry, properties: p.data, bbox: bboxOf(geometry) });
  }
  return { stands, skipped };
}

/** The fuel class of the stand under a point, or null when no stand covers it (the spread model then uses mixed). */
export function fuelClassAt(stands: readonly StandFeature[], at: LonLat): FuelClass | null {
  const [x, y] = at;
  for (const s of stands) {
    if (x < s.bbox[0] || x > s.bbox[2] || y < s.bbox[1] || y > s.bbox[3]) continue;
    if (geometryContains(s.geometry, x, y)) return s.properties.fuel;
  }
  return null;
}

/**
 * Demo stands: square cells of `cellM` over the region's bounding box, kept where the cell centre lies
 * inside the region (so on land, within the sigungu), fuel class from a hash of the cell (about 45 %
 * conifer, 30 % mixed, 25 % broadleaf — roughly the national forest composition).
 */
export function demoStands(regionCode: string, region: Polygon | MultiPolygon, cellM = 2000): StandFeature[] {
  const [minX, minY, maxX, maxY] = bboxOf(region);
  const dLat = destination([minX, minY], 0, cellM)[1] - minY;
  const dLon = destination([minX, (minY + maxY) / 2], 90, cellM)[0] - minX;
  const out: StandFeature[] = [];
  for (let j = 0, y = minY; y < maxY; j++, y += dLat) {
    for (let i = 0, x = minX; x < maxX; i++, x += dLon) {
      if (!geometryContains(region, x + dLon / 2, y + dLat / 2)) continue;
      const h = hash(`${regionCode}:${i}:${j}`) % 100;
      const fuel: FuelClass = h < 45 ? 'conifer' : h < 75 ? 'mixed' : 'broadleaf';
      const geometry: Polygon = { type: 'Polygon', coordinates: [[[x, y], [x + dLon, y], [x + dLon, y + dLat], [x, y + dLat], [x, y]]] };
      out.push({ type: 'Feature', geometry, properties: { standId: `demo:${regionCode}:${i}:${j}`, fuel, zone: null, demo: true }, bbox: [x, y, x + dLon, y + dLat] });
    }
  }
  return out;
}

/** FNV-1a, 32 bit: a stable spread of cells over fuel classes. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

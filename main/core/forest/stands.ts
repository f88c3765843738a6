/**
 * Forest stands under a fire: the fuel class for the spread model. Real stands come from the
 * Integrated Forest Management System (imported GeoJSON); without them, `demoStands` generates a
 * deterministic grid of stands over land inside a sigungu, marked demo.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { forestStandSchema, type ForestStand, type FuelClass } from '../../common/forest/types.js';
import { bboxOf, demoCells, geometryContains } from '../../common/forest/demo-grid.js';
import type { LonLat } from './geo.js';

/** A stand polygon with its properties and a bounding box for a quick reject. */
export interface StandFeature {
  type: 'Feature';
  geometry: Polygon | MultiPolygon;
  properties: ForestStand;
  bbox: [number, number, number, number];
}

/** Point in a polygon (holes respected) or multipolygon; it lives with the demo grid in main/common. */
export { geometryContains };

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

/** The stand under a point, or null when no stand covers it. */
export function standAt(stands: readonly StandFeature[], at: LonLat): StandFeature | null {
  const [x, y] = at;
  for (const s of stands) {
    if (x < s.bbox[0] || x > s.bbox[2] || y < s.bbox[1] || y > s.bbox[3]) continue;
    if (geometryContains(s.geometry, x, y)) return s;
  }
  return null;
}

/** The fuel class of the stand under a point, or null when no stand covers it (the spread model then uses mixed). */
export function fuelClassAt(stands: readonly StandFeature[], at: LonLat): FuelClass | null {
  return standAt(stands, at)?.properties.fuel ?? null;
}

/**
 * Demo stands: the demo grid's cells (main/common/forest/demo-grid.ts) over a region — on land, within
 * the sigungu, fuel class from a hash of the cell — marked demo.
 */
export function demoStands(regionCode: string, region: Polygon | MultiPolygon, cellM = 2000): StandFeature[] {
  return demoCells(regionCode, region, cellM).map(({ i, j, box: [x0, y0, x1, y1], fuel }) => ({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
    properties: { standId: `demo:${regionCode}:${i}:${j}`, fuel, zone: null, demo: true },
    bbox: [x0, y0, x1, y1],
  }));
}

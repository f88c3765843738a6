/**
 * Demo pest-control zones (방제구역) over the demo forest cover of real sigungu: pine wilt disease
 * (소나무재선충병) on conifer cells, oak wilt (참나무시들음병) on broadleaf cells of the demo grid, each
 * zone a square in the middle of its cell. Deterministic (a hash per cell, no random state), marked
 * `demo: true`; real zones replace them through the `forest-pests` adapter (GeoJSON).
 */
import { demoCells, hash32, type AreaGeometry } from './demo-grid.js';
import type { ForestRegion, PestZone } from './types.js';

/** Pests the demo uses, with a typical control measure (Korea Forest Service practice). */
export const DEMO_PESTS = {
  pineWilt: { pest: '소나무재선충병', measure: '벌채·훈증', fuel: 'conifer', sharePct: 8 },
  oakWilt: { pest: '참나무시들음병', measure: '끈끈이롤트랩', fuel: 'broadleaf', sharePct: 6 },
} as const;

/** A zone and its polygon. */
export interface DemoPestZone {
  zone: PestZone;
  geometry: { type: 'Polygon'; coordinates: number[][][] };
}

/** Side of a zone as a fraction of its 2 km cell (0.5 → 1 km square, 100 ha). */
const ZONE_FRACTION = 0.5;

export function demoPestZones(region: ForestRegion, geometry: AreaGeometry): DemoPestZone[] {
  const out: DemoPestZone[] = [];
  for (const cell of demoCells(region.code, geometry)) {
    for (const [name, p] of Object.entries(DEMO_PESTS)) {
      if (cell.fuel !== p.fuel || hash32(`${region.code}:${cell.i}:${cell.j}:${name}`) % 100 >= p.sharePct) continue;
      const [x0, y0, x1, y1] = cell.box;
      const cx = (x0 + x1) / 2;
      const cy = (y0 + y1) / 2;
      const hx = ((x1 - x0) * ZONE_FRACTION) / 2;
      const hy = ((y1 - y0) * ZONE_FRACTION) / 2;
      const r = (n: number) => Math.round(n * 1e5) / 1e5;
      const ring = [[cx - hx, cy - hy], [cx + hx, cy - hy], [cx + hx, cy + hy], [cx - hx, cy + hy], [cx - hx, cy - hy]].map(([x, y]) => [r(x!), r(y!)]);
      out.push({
        zone: { zoneId: `demo:${region.code}:${cell.i}:${cell.j}:${name}`, pest: p.pest, region, measure: p.measure, areaHa: Math.round((2000 * ZONE_FRACTION) ** 2 / 10_000), demo: true },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  }
  return out;
}

/**
 * The demo forest cover: a deterministic grid of square cells over a region, kept where the cell centre
 * lies inside the region (so on land, within the sigungu), each with a fuel class from a hash of the
 * cell (about 45 % conifer, 30 % mixed, 25 % broadleaf — roughly the national forest composition).
 * Shared by the core's demo stands (the spread model's fuel) and the demo hub's pest-control zones
 * (over conifer and broadleaf cells), so both describe the same made-up forest. Plain geometry, no I/O.
 */
import type { FuelClass } from './types.js';

/** GeoJSON Polygon / MultiPolygon geometry (the subset used here). */
export type AreaGeometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** One demo cell: grid indices, its square [minLon, minLat, maxLon, maxLat] and its fuel class. */
export interface DemoCell {
  i: number;
  j: number;
  box: [number, number, number, number];
  fuel: FuelClass;
}

/** Metres per degree of latitude on the mean sphere (R = 6,371,008.8 m). */
const M_PER_DEG = (Math.PI * 6_371_008.8) / 180;

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
export function geometryContains(g: AreaGeometry, x: number, y: number): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.some((rings) => rings.length > 0 && ringContains(rings[0]!, x, y) && !rings.slice(1).some((h) => ringContains(h, x, y)));
}

/** [minLon, minLat, maxLon, maxLat] of the outer rings. */
export function bboxOf(g: AreaGeometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of polys) for (const [x, y] of rings[0] ?? []) {
    b[0] = Math.min(b[0], x!); b[1] = Math.min(b[1], y!); b[2] = Math.max(b[2], x!); b[3] = Math.max(b[3], y!);
  }
  return b;
}

/** FNV-1a, 32 bit: a stable spread of cells over classes. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The demo cells of a region, `cellM` metres square (east-west size taken at the region's middle latitude). */
export function demoCells(regionCode: string, region: AreaGeometry, cellM = 2000): DemoCell[] {
  const [minX, minY, maxX, maxY] = bboxOf(region);
  const dLat = cellM / M_PER_DEG;
  const dLon = cellM / (M_PER_DEG * Math.cos((((minY + maxY) / 2) * Math.PI) / 180));
  const out: DemoCell[] = [];
  for (let j = 0, y = minY; y < maxY; j++, y += dLat) {
    for (let i = 0, x = minX; x < maxX; i++, x += dLon) {
      if (!geometryContains(region, x + dLon / 2, y + dLat / 2)) continue;
      const h = hash32(`${regionCode}:${i}:${j}`) % 100;
      out.push({ i, j, box: [x, y, x + dLon, y + dLat], fuel: h < 45 ? 'conifer' : h < 75 ? 'mixed' : 'broadleaf' });
    }
  }
  return out;
}

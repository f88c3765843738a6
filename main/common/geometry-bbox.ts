/** Bounding box of a GeoJSON geometry: the store's R*Tree, the impact index and area filters share it. */
import type { GeoJsonGeometry } from './events.js';

export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

export function geometryBBox(g: GeoJsonGeometry | null | undefined): BBox | null {
  if (!g) return null;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (p: number[]): void => {
    const x = p[0] as number;
    const y = p[1] as number;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  };
  switch (g.type) {
    case 'Point':
      add(g.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      g.coordinates.forEach(add);
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of g.coordinates) line.forEach(add);
      break;
    case 'MultiPolygon':
      for (const poly of g.coordinates) for (const ring of poly) ring.forEach(add);
      break;
    default:
      return assertNeverGeometry(g);
  }
  return Number.isFinite(box[0]) ? box : null;
}

function assertNeverGeometry(g: never): never {
  throw new Error(`unknown geometry ${JSON.stringify(g)}`);
}

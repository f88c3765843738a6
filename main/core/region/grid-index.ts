/**
 * A uniform grid over polygon parts for point-in-polygon lookups. Each polygon part is registered
 * in the cells its bbox covers; a query tests only the parts of one cell (bbox first, then the
 * rings). Sea cells are empty, so points off the coast answer without any ring test.
 */
import type { BBox, MultiPolygonCoords, PolygonCoords } from './geometry.js';
import { bboxContains, emptyBBox, extendBBox, pointInPolygon } from './geometry.js';

interface Part {
  item: number;
  polygon: PolygonCoords;
  bbox: BBox;
}

export class GridIndex {
  private readonly parts: Part[] = [];
  private readonly cells = new Map<number, number[]>();
  private readonly origin: [number, number];
  private readonly cols: number;

  /** `items[i]` is the geometry of item i; `cellSize` in degrees. */
  constructor(
    items: readonly MultiPolygonCoords[],
    private readonly cellSize = 0.02,
  ) {
    const all = emptyBBox();
    items.forEach((mp, item) => {
      for (const polygon of mp) {
        const outer = polygon[0];
        if (!outer || outer.length < 4) continue;
        const bbox = emptyBBox();
        for (const p of outer) extendBBox(bbox, p);
        extendBBox(all, [bbox[0], bbox[1]]);
        extendBBox(all, [bbox[2], bbox[3]]);
        this.parts.push({ item, polygon, bbox });
      }
    });
    this.origin = [all[0], all[1]];
    this.cols = Math.max(1, Math.ceil((all[2] - all[0]) / cellSize) + 1);
    this.parts.forEach((part, k) => {
      const [c0, r0] = this.cellOf(part.bbox[0], part.bbox[1]);
      const [c1, r1] = this.cellOf(part.bbox[2], part.bbox[3]);
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const key = r * this.cols + c;
          const list = this.cells.get(key);
          if (list) list.push(k);
          else this.cells.set(key, [k]);
        }
      }
    });
  }

  private cellOf(lon: number, lat: number): [number, number] {
    return [Math.floor((lon - this.origin[0]) / this.cellSize), Math.floor((lat - this.origin[1]) / this.cellSize)];
  }

  /** Index of the first item containing the point (optionally among those `accept` allows), or -1. */
  find(lon: number, lat: number, accept?: (item: number) => boolean): number {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return -1;
    const [c, r] = this.cellOf(lon, lat);
    if (c < 0 || r < 0 || c >= this.cols) return -1;
    const list = this.cells.get(r * this.cols + c);
    if (!list) return -1;
    for (const k of list) {
      const part = this.parts[k]!;
      if (accept && !accept(part.item)) continue;
      if (bboxContains(part.bbox, lon, lat) && pointInPolygon(lon, lat, part.polygon)) return part.item;
    }
    return -1;
  }
}

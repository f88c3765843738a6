import { seededRandom } from '../seeded-random.js';
import { pointInArea, prepareArea } from './aoi-filter.js';
import type { AreaGeometry } from './aoi.js';
import { PolygonGrid } from './polygon-grid.js';

// Polygon work on full-detail boundaries: generous on a busy 2-core box (seconds when quiet).
vi.setConfig({ testTimeout: 120_000 });

function inRings(x: number, y: number, rings: number[][][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1]! > y !== b[1]! > y && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
    }
  }
  return inside;
}

/** A jagged star-shaped ring around (cx, cy), like a coastline. */
function star(rnd: () => number, cx: number, cy: number, r: number, n: number): number[][] {
  const ring = Array.from({ length: n }, (_, i) => {
    const t = (2 * Math.PI * i) / n;
    const rr = r * (0.4 + 0.6 * rnd());
    return [cx + rr * Math.cos(t), cy + rr * Math.sin(t)];
  });
  ring.push(ring[0]!);
  return ring;
}

describe('polygon grid', () => {
  it('agrees with ray casting on jagged polygons with holes and several parts', () => {
    const rnd = seededRandom(20261127);
    const outer = star(rnd, 128, 36, 1, 3000);
    const hole = star(rnd, 128, 36, 0.2, 200);
    const island = star(rnd, 130, 37, 0.3, 500);
    const rings = [outer, hole, island];
    const grid = new PolygonGrid(rings, [126.9, 34.9, 130.4, 37.4]);
    let inside = 0;
    for (let k = 0; k < 60_000; k++) {
      const x = 126.9 + rnd() * 3.5;
      const y = 34.9 + rnd() * 2.5;
      const want = inRings(x, y, rings);
      if (grid.contains(x, y) !== want) throw new Error(`disagree at ${x}, ${y}: ray casting says ${want}`);
      if (want) inside++;
    }
    expect(inside).toBeGreaterThan(3_000);
  });

  it('is used by prepared areas after a few tests, with the same answers', () => {
    const rnd = seededRandom(7);
    const g: AreaGeometry = { type: 'MultiPolygon', coordinates: [[star(rnd, 127, 36, 0.5, 400), star(rnd, 127, 36, 0.1, 50)], [star(rnd, 128.5, 36, 0.4, 300)]] };
    const a = prepareArea(g);
    const rings = g.coordinates.flat();
    for (let k = 0; k < 20_000; k++) {
      const x = 126.4 + rnd() * 2.6;
      const y = 35.4 + rnd() * 1.2;
      expect(pointInArea(x, y, a)).toBe(inRings(x, y, rings));
    }
    expect(a.grid).not.toBeNull();
  });
});

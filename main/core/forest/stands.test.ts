import { fileURLToPath } from 'node:url';
import { loadRegionIndex } from '../region/index.js';
import { predictSpread } from './spread.js';
import { demoStands, fuelClassAt, importStands } from './stands.js';

const regions = loadRegionIndex(fileURLToPath(new URL('../../../geo-data/out', import.meta.url)));

describe('forest stands → fuel class for the spread model', () => {
  it('demo stands of 의성군 lie inside it, are marked demo, and mix the three fuel classes', () => {
    const stands = demoStands('47730', regions.geometry('sigungu', '47730')!);
    expect(stands.length).toBeGreaterThan(100); // 의성군 is ~1 176 km²: ~290 cells of 4 km²
    for (const s of stands.slice(0, 60)) {
      const [x0, y0, x1, y1] = s.bbox;
      expect(regions.at((x0 + x1) / 2, (y0 + y1) / 2)?.sigungu.code).toBe('47730');
      expect(s.properties.demo).toBe(true);
    }
    const share = (f: string) => stands.filter((s) => s.properties.fuel === f).length / stands.length;
    expect(share('conifer')).toBeGreaterThan(0.3);
    expect(share('mixed')).toBeGreaterThan(0.15);
    expect(share('broadleaf')).toBeGreaterThan(0.1);
    // Deterministic.
    expect(demoStands('47730', regions.geometry('sigungu', '47730')!)).toEqual(stands);
  });

  it('fuelClassAt finds the stand under a point and feeds the spread model; outside every stand → null → mixed', () => {
    const { stands, skipped } = importStands({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { standId: 's1', fuel: '침엽수' }, geometry: { type: 'Polygon', coordinates: [[[128.5, 36.4], [128.6, 36.4], [128.6, 36.5], [128.5, 36.5], [128.5, 36.4]], [[128.54, 36.44], [128.56, 36.44], [128.56, 36.46], [128.54, 36.46], [128.54, 36.44]]] } },
        { type: 'Feature', properties: { standId: 's2', fuel: 'broadleaf' }, geometry: { type: 'Polygon', coordinates: [[[128.54, 36.44], [128.56, 36.44], [128.56, 36.46], [128.54, 36.46], [128.54, 36.44]]] } },
        { type: 'Feature', properties: { standId: 's3', fuel: 'bamboo' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } },
        { type: 'Feature', properties: { standId: 's4', fuel: 'mixed' }, geometry: { type: 'Point', coordinates: [128, 36] } },
      ],
    });
    expect(skipped).toBe(2);
    expect(stands.map((s) => s.properties)).toEqual([{ standId: 's1', fuel: 'conifer', demo: false }, { standId: 's2', fuel: 'broadleaf', demo: false }]);
    expect(fuelClassAt(stands, [128.52, 36.42])).toBe('conifer');
    expect(fuelClassAt(stands, [128.55, 36.45])).toBe('broadleaf'); // in s1's hole, inside s2
    expect(fuelClassAt(stands, [128.7, 36.42])).toBeNull();
    const at: [number, number] = [128.52, 36.42];
    expect(predictSpread({ origin: at, windFromDeg: 270, windSpeedMs: 10, fuel: fuelClassAt(stands, at) }).headRosMpm).toBeCloseTo(60, 9);
  });
});

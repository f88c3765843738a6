import { area, booleanPointInPolygon, feature, point } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { forecastCone, quakeRings, typhoonWindAreas } from './hazard-geometry.js';

describe('hazard geometry', () => {
  it('wind areas are circles of the given radii (area within 0.5 % of πr²)', () => {
    const { r15, r25 } = typhoonWindAreas([127.1, 28.4], 380, null);
    expect(r25).toBeNull();
    const a = area(feature(r15 as Polygon)) / 1e6;
    expect(Math.abs(a - Math.PI * 380 ** 2) / (Math.PI * 380 ** 2)).toBeLessThan(0.005);
  });

  it('the cone covers the track and widens along it', () => {
    const cone = forecastCone([127.1, 28.4], [[127.6, 30.1], [128.6, 34.8]]) as MultiPolygon;
    expect(cone.coordinates).toHaveLength(2);
    for (const p of [[127.1, 28.4], [127.35, 29.2], [128.6, 34.8], [129.3, 34.8]]) {
      expect(cone.coordinates.some((poly) => booleanPointInPolygon(point(p), { type: 'Polygon', coordinates: poly }))).toBe(true);
    }
    expect(forecastCone([127, 30], [])).toBeNull();
  });

  it('quake rings scale with magnitude', () => {
    expect(quakeRings([129.19, 35.77], 4.1).map((r) => r.km)).toEqual([10, 30, 50]);
    expect(quakeRings([129.19, 35.77], 6.3).map((r) => r.km)).toEqual([20, 50, 100, 200]);
  });
});

import * as turf from '@turf/turf';
import type { LonLat } from './geo.js';
import { ellipseAxes, headRosMpm, lengthToBreadth, predictSpread, spreadFeatures } from './spread.js';

// Expected values are worked out by hand from the cited relationships, written out below, not taken
// from the code under test.
const ORIGIN: LonLat = [128.58, 36.43];

describe('spread model against the cited relationships', () => {
  it('Anderson (1983) LB: 1 at calm; at U = 10 mi/h 0.936·e^2.566 + 0.461·e^−1.548 − 0.397 = 12.1808 + 0.0980 − 0.397 = 11.8818', () => {
    expect(lengthToBreadth(0)).toBeCloseTo(1.0, 10); // 0.936 + 0.461 − 0.397
    expect(lengthToBreadth(10)).toBeCloseTo(11.8818, 3);
    // U = 5: 0.936·e^1.283 (=3.60745) + 0.461·e^−0.774 (=0.46117) − 0.397 = 3.37657 + 0.21260 − 0.397 = 3.1922
    expect(lengthToBreadth(5)).toBeCloseTo(3.1922, 3);
  });

  it('units: 10 m/s at 10 m × WAF 0.4 = 4 m/s = 4 × 3600 / 1609.344 = 8.9477 mi/h midflame', () => {
    expect(predictSpread({ origin: ORIGIN, windFromDeg: 270, windSpeedMs: 10 }).midflameMph).toBeCloseTo(8.9477, 3);
  });

  it('head ROS per fuel class: 10 % of 10-m wind for conifer (Cruz & Alexander 2019): 10 m/s = 600 m/min → 60 m/min', () => {
    expect(headRosMpm(10, 'conifer')).toBeCloseTo(60, 9);
    expect(headRosMpm(10, 'mixed')).toBeCloseTo(45, 9); // 7.5 %
    expect(headRosMpm(10, 'broadleaf')).toBeCloseTo(30, 9); // 5 %
    expect(headRosMpm(0, 'conifer')).toBe(0.5); // calm: floor
  });

  it('head distance after 1/3/6 h is ROS × t: 10 m/min → 600, 1800, 3600 m', () => {
    const p = predictSpread({ origin: ORIGIN, windFromDeg: 270, windSpeedMs: 6, rosMpm: 10 });
    expect(p.ellipses.map((e) => e.hours)).toEqual([1, 3, 6]);
    expect(p.ellipses.map((e) => e.headDistanceM)).toEqual([600, 1800, 3600]);
    expect(p.rosFrom).toBe('operator');
  });

  it('unknown fuel defaults to mixed; the assumptions and sources are exposed for the UI', () => {
    const p = predictSpread({ origin: ORIGIN, windFromDeg: 0, windSpeedMs: 8, fuel: null });
    expect(p).toMatchObject({ fuel: 'mixed', fuelDefaulted: true, headRosMpm: 36 }); // 0.075 × 480 m/min
    expect(p.assumptions.join(' ')).toMatch(/Flat terrain/);
    expect(p.sources.join(' ')).toMatch(/INT-305/);
  });

  describe('ellipse for LB(5 mi/h) = 3.19217 and D = 20 m/min × 60 min = 1200 m', () => {
    // e = √(LB² − 1)/LB = 0.949665; a = D/(1 + e) = 615.490 m; b = a/LB = 192.813 m;
    // area = π·a·b = 372 826 m² = 37.2827 ha; back = D(1 − e)/(1 + e) = 30.981 m.
    // 10-m wind giving 5 mi/h midflame at WAF 0.4: 12.5 mi/h = 12.5 × 0.44704 = 5.588 m/s.
    const p = predictSpread({ origin: ORIGIN, windFromDeg: 225, windSpeedMs: 12.5 * 0.44704, rosMpm: 20, hours: [1] });
    const e = p.ellipses[0]!;

    it('axes, back distance and the area π·a·b', () => {
      expect(p.lengthToBreadth).toBeCloseTo(3.19217, 4);
      expect(e.semiMajorM).toBeCloseTo(615.490, 2);
      expect(e.semiMinorM).toBeCloseTo(192.813, 2);
      expect(e.backDistanceM).toBeCloseTo(30.981, 2);
      expect(e.areaHa).toBeCloseTo(37.2827, 3);
      // The drawn polygon (72 vertices, geodesic offsets) has that area to within 0.5 % (turf, independent).
      expect(turf.area(turf.polygon(e.polygon.coordinates)) / 10_000).toBeCloseTo(37.28, 0);
      expect(Math.abs(turf.area(turf.polygon(e.polygon.coordinates)) / 372_826 - 1)).toBeLessThan(0.005);
    });

    it('the head lies downwind (wind from 225° → head towards 45°), D from the ignition; the back upwind', () => {
      const pts = e.polygon.coordinates[0]!;
      const far = pts.reduce((best, q) => (turf.distance(ORIGIN, q, { units: 'meters' }) > turf.distance(ORIGIN, best, { units: 'meters' }) ? q : best));
      expect(turf.distance(ORIGIN, far, { units: 'meters' })).toBeCloseTo(1200, -1);
      expect(turf.bearing(ORIGIN, far)).toBeCloseTo(45, 0);
      expect(turf.distance(ORIGIN, e.headPoint, { units: 'meters' })).toBeCloseTo(1200, 3);
      expect(turf.booleanPointInPolygon(turf.point(ORIGIN), turf.polygon(e.polygon.coordinates))).toBe(true);
      // 30.98 m upwind (towards 225°) is on the outline: a point 25 m upwind is inside, 40 m outside.
      const upwind = (d: number) => turf.destination(ORIGIN, d / 1000, 225).geometry.coordinates;
      expect(turf.booleanPointInPolygon(upwind(25), turf.polygon(e.polygon.coordinates))).toBe(true);
      expect(turf.booleanPointInPolygon(upwind(40), turf.polygon(e.polygon.coordinates))).toBe(false);
    });
  });

  it('calm: a circle (LB 1, ignition at the centre)', () => {
    const ax = ellipseAxes(600, 1);
    expect(ax).toMatchObject({ a: 600, b: 600, c: 0, backDistanceM: 600 });
  });

  it('features for the map: largest horizon first, valid closed GeoJSON rings', () => {
    const f = spreadFeatures(predictSpread({ origin: ORIGIN, windFromDeg: 300, windSpeedMs: 7 }), 'fire:x');
    expect(f.map((x) => x.properties['hours'])).toEqual([6, 3, 1]);
    for (const x of f) {
      expect(turf.booleanValid(turf.polygon(x.geometry.coordinates))).toBe(true);
      expect(turf.booleanClockwise(x.geometry.coordinates[0]!)).toBe(false); // RFC 7946: outer rings counter-clockwise
    }
  });

  it('rejects input outside the schema (wind 70 m/s, a point in Japan)', () => {
    expect(() => predictSpread({ origin: ORIGIN, windFromDeg: 0, windSpeedMs: 70 })).toThrow();
    expect(() => predictSpread({ origin: [139.7, 35.6], windFromDeg: 0, windSpeedMs: 5 })).toThrow();
  });
});

import { congestionClass } from './congestion.js';

describe('congestionClass', () => {
  it('bands speed/free-flow at 0.7, 0.4 and 0.2', () => {
    expect(congestionClass(100, 100)).toBe('free');
    expect(congestionClass(130, 100)).toBe('free');
    expect(congestionClass(70, 100)).toBe('free');
    expect(congestionClass(69.9, 100)).toBe('slow');
    expect(congestionClass(40, 100)).toBe('slow');
    expect(congestionClass(39, 100)).toBe('congested');
    expect(congestionClass(20, 100)).toBe('congested');
    expect(congestionClass(19, 100)).toBe('jammed');
    expect(congestionClass(0, 100)).toBe('jammed');
  });

  it('uses the ratio, so 77 km/h is free on a 110 road but 55 km/h is slow on an 80 road', () => {
    expect(congestionClass(77, 110)).toBe('free');
    expect(congestionClass(55, 80)).toBe('slow');
  });

  it('answers null for unusable numbers', () => {
    expect(congestionClass(-1, 100)).toBeNull();
    expect(congestionClass(Number.NaN, 100)).toBeNull();
    expect(congestionClass(50, 0)).toBeNull();
    expect(congestionClass(Number.POSITIVE_INFINITY, 100)).toBeNull();
  });
});

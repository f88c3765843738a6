import { CONGESTION_CLASSES } from './congestion.js';
import { CONGESTION_COLOURS, MIN_NEIGHBOUR_DELTA_E, cvdColourDistance, labAs, type Vision } from './congestion-colours.js';

describe('congestion colours under colour-vision deficiency', () => {
  it('converts known colours to CIELAB (white, black, sRGB red)', () => {
    const white = labAs('#ffffff', 'normal');
    expect(white[0]).toBeCloseTo(100, 3);
    expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.01);
    expect(labAs('#000000', 'normal')).toEqual([0, 0, 0]);
    const red = labAs('#ff0000', 'normal');
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 0);
  });

  it('simulated deuteranopia and protanopia make red and green hard to tell apart (sanity of the model)', () => {
    const normal = cvdColourDistance('#d62728', '#2ca02c', 'normal');
    for (const v of ['protanopia', 'deuteranopia'] as const) expect(cvdColourDistance('#d62728', '#2ca02c', v)).toBeLessThan(normal / 2);
  });

  it.each(['normal', 'protanopia', 'deuteranopia'] as Vision[])(`neighbouring classes stay ≥ ${MIN_NEIGHBOUR_DELTA_E} ΔE apart (%s)`, (vision) => {
    for (let i = 0; i + 1 < CONGESTION_CLASSES.length; i++) {
      const a = CONGESTION_COLOURS[CONGESTION_CLASSES[i]!];
      const b = CONGESTION_COLOURS[CONGESTION_CLASSES[i + 1]!];
      expect(cvdColourDistance(a, b, vision)).toBeGreaterThanOrEqual(MIN_NEIGHBOUR_DELTA_E);
    }
  });
});

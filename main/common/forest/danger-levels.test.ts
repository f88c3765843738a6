import { dangerClass, dangerForDay } from './danger-levels.js';

describe('fire-danger classes and day switch', () => {
  it('classes at the published boundaries', () => {
    expect([0, 50, 51, 65, 66, 85, 86, 100].map(dangerClass)).toEqual(['low', 'low', 'moderate', 'moderate', 'high', 'high', 'very-high', 'very-high']);
  });
  it('day 0 is today\'s mean, 1..4 the forecast days', () => {
    const d = { region: { code: '47730', name: null, sido: null }, analysedAt: 0, mean: 70, max: 80, min: 60, days: [71, 72, null, 74] };
    expect([0, 1, 2, 3, 4].map((k) => dangerForDay(d, k as 0 | 1 | 2 | 3 | 4))).toEqual([70, 71, 72, null, 74]);
  });
});

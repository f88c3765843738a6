import { SHORTCUTS, shortcutFor, type KeyLike } from './shortcuts';
import { scaleBar, scaleDenominator } from '../map/scale';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, inTextField: false, ...extra });

describe('shortcuts', () => {
  it('maps keys to actions, letters only outside text fields', () => {
    expect(shortcutFor(key('/'))).toBe('focus-search');
    expect(shortcutFor(key('f', { ctrlKey: true, inTextField: true }))).toBe('focus-search');
    expect(shortcutFor(key('m'))).toBe('measure-distance');
    expect(shortcutFor(key('m', { inTextField: true }))).toBeNull();
    expect(shortcutFor(key('Escape', { inTextField: true }))).toBe('escape');
    expect(shortcutFor(key('?'))).toBe('help');
    expect(shortcutFor(key('t', { ctrlKey: true }))).toBeNull();
  });

  it('every action in the help table is reachable from its first key', () => {
    for (const s of SHORTCUTS) {
      const first = s.keys[0] as string;
      const e = first === 'Ctrl+F' ? key('f', { ctrlKey: true }) : key(first === 'Esc' ? 'Escape' : first);
      expect(shortcutFor(e), first).toBe(s.action);
    }
  });
});

describe('map scale', () => {
  it('gives about 1:2,800,000 for the whole country at zoom 6.4 and halves per zoom level', () => {
    const z6 = scaleDenominator(36.3, 6.4);
    expect(z6).toBeGreaterThan(2_500_000);
    expect(z6).toBeLessThan(3_100_000);
    expect(scaleDenominator(36.3, 7.4) / z6).toBeCloseTo(0.5, 1);
  });

  it('picks a 1-2-5 scale bar that fits', () => {
    const bar = scaleBar(37.5, 12, 120);
    expect([1, 2, 5]).toContain(Number(String(bar.metres)[0]));
    expect(bar.px).toBeLessThanOrEqual(120);
    expect(bar.px).toBeGreaterThan(40);
  });
});

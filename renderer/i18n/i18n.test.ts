import { en } from './en';
import { ko } from './ko';
import { translate, formatNumber } from './index';

describe('i18n tables', () => {
  it('Korean and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
  });

  it('no message is empty and placeholders match between languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(ko) as Array<keyof typeof ko>) {
      expect(ko[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(ko[key]));
    }
  });

  it('labels the electoral-roll figure as adults, never as population', () => {
    expect(en['card.adults2022']).toBe('Adults on the 2022 electoral roll');
    expect(ko['card.adults2022']).not.toMatch(/인구/);
  });

  it('fills placeholders and formats numbers per language', () => {
    expect(translate('ko', 'measure.points', { n: 3 })).toBe('점 3개');
    expect(translate('en', 'error.generic', { message: 'x' })).toBe('Error: x');
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('ko', 1234567)).toBe('1,234,567');
  });
});

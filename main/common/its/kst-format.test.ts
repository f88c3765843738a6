import { formatKst } from './kst-format';

describe('formatKst', () => {
  it('shows UTC epoch ms in Korean time whatever the local zone (tests run in America/Halifax)', () => {
    expect(formatKst(Date.UTC(2026, 7, 26, 21, 0))).toBe('2026-08-27 06:00 KST');
    expect(formatKst(Date.UTC(2026, 11, 31, 15, 5))).toBe('2027-01-01 00:05 KST');
  });
});

import { dsspAlertsAdapter } from './adapters/dssp-alerts.js';
import { formatKstDateTime, parseKstCompact, parseKstDateTime } from './kst.js';
import { readFileSync } from 'node:fs';

describe('KST → UTC (under a test time zone that is neither UTC nor Asia/Seoul)', () => {
  it('runs in a non-UTC, non-KST zone, so a local-time conversion would fail here', () => {
    expect(process.env.TZ).toBe('America/Halifax');
    expect(new Date(Date.UTC(2026, 7, 27)).getTimezoneOffset()).not.toBe(0);
    expect(new Date(Date.UTC(2026, 7, 27)).getTimezoneOffset()).not.toBe(-540);
  });

  it('converts "YYYY/MM/DD HH:MM:SS" KST to UTC epoch ms', () => {
    expect(parseKstDateTime('2026/08/27 15:30:00')).toBe(Date.UTC(2026, 7, 27, 6, 30, 0));
    expect(parseKstDateTime('2026/01/01 08:59:59')).toBe(Date.UTC(2025, 11, 31, 23, 59, 59)); // crosses the year
    expect(parseKstDateTime('2026-08-28 00:05:00')).toBe(Date.UTC(2026, 7, 27, 15, 5, 0));
    expect(parseKstCompact('20260827153000')).toBe(Date.UTC(2026, 7, 27, 6, 30, 0));
    expect(formatKstDateTime(Date.UTC(2026, 7, 27, 6, 30, 0))).toBe('2026/08/27 15:30:00');
  });

  it('rejects malformed or impossible times', () => {
    for (const bad of ['27/08/2026 10:00', '2026/02/30 10:00:00', '2026/13/01 00:00:00', '2026/08/27 24:00:00', '']) expect(parseKstDateTime(bad)).toBeNull();
  });
});

describe('DSSP-IF-00247 adapter', () => {
  const payload = readFileSync(new URL('./fixtures/dssp-alerts-page1.json', import.meta.url), 'utf8');

  it('turns a recorded page into events and rejects the bad record with a reason', () => {
    const r = dsspAlertsAdapter.payload(payload, { now: 0 });
    expect(r.upstream).toEqual({ kind: 'ok' });
    expect(r.events.map((e) => e.key)).toEqual(['dssp:219876', 'dssp:219877', 'dssp:219878']);
    expect(r.events[0]).toMatchObject({ stream: 'ndms.alerts', ts: Date.UTC(2026, 7, 27, 6, 30), props: { regionTexts: ['부산광역시 전체', '경상남도 김해시'], regions: null, level: '긴급재난', disasterType: '호우' } });
    expect(r.events[1]!.ts).toBe(Date.UTC(2026, 7, 27, 14, 59, 59));
    expect(r.events[2]!.id).toBe('dssp:219878:2026-08-28 00:05:00'); // no MDFCN_YMD: the creation time versions it
    expect(r.rejects).toHaveLength(1);
    expect(r.rejects[0]!.reason).toMatch(/CRT_DT/);
  });

  it('reads error and quota codes from 200 responses', () => {
    expect(dsspAlertsAdapter.payload('{"header":{"resultCode":"30","resultMsg":"SERVICE_KEY_IS_NOT_REGISTERED_ERROR"},"body":null}', { now: 0 }).upstream).toMatchObject({ kind: 'error', message: expect.stringMatching(/30/) });
    expect(dsspAlertsAdapter.payload('{"header":{"resultCode":"22","resultMsg":"LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR"},"body":null}', { now: 0 }).upstream?.kind).toBe('quota');
    expect(dsspAlertsAdapter.payload('{"header":', { now: 0 }).rejects[0]!.reason).toMatch(/malformed JSON/);
  });
});

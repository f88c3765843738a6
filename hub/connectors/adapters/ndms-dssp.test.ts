import { readFileSync } from 'node:fs';
import { eventInputSchema, type EventInput } from '../../../main/common/events.js';
import { alertPropsSchema, type AlertProps } from '../../../main/common/ndms/alerts.js';
import { loadRegionIndex } from '../../../main/core/region/index.js';
import type { Reject } from '../types.js';
import { createDsspAlertsAdapter, dsspAlertsAdapter } from './dssp-alerts.js';
import { adapters } from './index.js';

const fixture = (n: string) => readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8');
const ctx = { now: Date.UTC(2026, 6, 15) };
const index = loadRegionIndex('geo-data/out');
const resolving = createDsspAlertsAdapter({ resolver: index });
const props = (e: EventInput) => alertPropsSchema.parse(e.props);
const codes = (p: AlertProps) => (p.regions ?? []).map((r) => `${r.level}:${r.region.code}`);
const item = (over: Record<string, unknown>) => ({ SN: 1, CRT_DT: '2026/07/15 10:00:00', MSG_CN: '시험', RCPTN_RGN_NM: '서울특별시 종로구', EMRG_STEP_NM: '안전안내', DST_SE_NM: '기타', ...over });
const reason = (raw: unknown) => {
  const r = resolving.record(raw, ctx);
  if ('stream' in r) throw new Error(`expected a rejection: ${JSON.stringify(r)}`);
  return (r as Reject).reason;
};

describe('dssp-alerts (DSSP-IF-00247)', () => {
  const page = resolving.payload(fixture('ndms-dssp-valid.json'), ctx);
  const byKey = new Map(page.events.map((e) => [e.key, e]));
  const p = (sn: number) => props(byKey.get(`dssp:${sn}`)!);

  it('accepts the whole valid corpus, each a valid envelope with valid props', () => {
    expect(page.rejects).toEqual([]);
    expect(page.upstream).toEqual({ kind: 'ok' });
    expect(page.events).toHaveLength(8);
    for (const e of page.events) expect(eventInputSchema.safeParse(e).success).toBe(true);
    expect(adapters['dssp-alerts']).toBe(dsspAlertsAdapter);
  });

  it('reads CRT_DT as KST', () => {
    expect(byKey.get('dssp:230001')!.ts).toBe(Date.UTC(2026, 6, 14, 21, 10, 0));
    expect(byKey.get('dssp:230008')!.ts).toBe(Date.UTC(2026, 6, 15, 14, 59, 59));
  });

  it('maps the steps to severities and keeps an empty step unknown', () => {
    expect([p(230006).severity, p(230001).severity, p(230002).severity, p(230008).severity]).toEqual(['extreme', 'severe', 'minor', 'unknown']);
    expect(p(230008).level).toBeNull();
  });

  it('resolves province-wide entries, trailing spaces and province + sigungu', () => {
    expect(codes(p(230001))).toEqual(['sido:41']);
    expect(p(230001).regionTexts).toEqual(['경기도 전체']);
    expect(codes(p(230002))).toEqual(['sigungu:11110']);
    expect(codes(p(230006))).toEqual(['sido:11', 'sido:28', 'sido:41']);
    expect(codes(p(230008))).toEqual(['sido:36']);
  });

  it('accepts old and new names of Gangwon and Jeonbuk, answering with the current codes', () => {
    expect(codes(p(230003))).toEqual(['sigungu:51760', 'sigungu:51770']);
    expect(p(230003).regions!.every((r) => r.sido.name === '강원특별자치도')).toBe(true);
    // 전주시 is two districts in the index: the whole city means both.
    expect(codes(p(230004))).toEqual(['sigungu:52111', 'sigungu:52113', 'sigungu:52130', 'sido:52']);
    expect(p(230004).unresolved).toEqual([]);
  });

  it('reports an ambiguous bare name with its candidates, never guessing, and keeps the parts that resolve', () => {
    const a = p(230005);
    expect(codes(a)).toEqual(['sigungu:26110']);
    expect(a.unresolved).toHaveLength(1);
    expect(a.unresolved[0]!.text).toBe('중구');
    expect(a.unresolved[0]!.reason).toMatch(/ambiguous/);
    expect(a.unresolved[0]!.candidates.map((c) => c.sido)).toEqual(expect.arrayContaining(['서울특별시', '부산광역시', '대구광역시', '인천광역시']));
    expect(a.message).toContain('<script>'); // kept verbatim: rendering as text is the UI's job
  });

  it('reports an unknown name and accepts full-width commas', () => {
    const a = p(230007);
    expect(a.regionTexts).toEqual(['김해시', '경상남도 양산시', '무릉도원시']);
    expect(codes(a)).toEqual(['sigungu:48250', 'sigungu:48330']);
    expect(a.unresolved.map((u) => u.text)).toEqual(['무릉도원시']);
  });

  it('quarantines a record none of whose regions resolves, with the reason', () => {
    expect(reason(item({ RCPTN_RGN_NM: '중구, 무릉도원시' }))).toMatch(/no target region resolves: "중구" \(ambiguous.*"무릉도원시"/);
  });

  it('without a resolver (the hub) keeps the parts and leaves resolution to the core', () => {
    const r = dsspAlertsAdapter.record(item({ RCPTN_RGN_NM: '중구 ,경기도 전체' }), ctx);
    expect('stream' in r && props(r)).toMatchObject({ regions: null, regionTexts: ['중구', '경기도 전체'], unresolved: [] });
  });

  it.each([
    ['not an object', 'x', /not an object/],
    ['SN missing', { ...item({}), SN: undefined }, /SN/],
    ['SN a word', item({ SN: 'abc' }), /SN/],
    ['CRT_DT wrong format', item({ CRT_DT: '15/07/2026 10:00' }), /CRT_DT/],
    ['CRT_DT impossible date', item({ CRT_DT: '2026/02/30 10:00:00' }), /CRT_DT/],
    ['CRT_DT a number', item({ CRT_DT: 20260715 }), /CRT_DT/],
    ['MSG_CN empty', item({ MSG_CN: '  ' }), /MSG_CN/],
    ['MSG_CN an object', item({ MSG_CN: { a: 1 } }), /MSG_CN/],
    ['MSG_CN oversized', item({ MSG_CN: '가'.repeat(5000) }), /over/],
    ['regions empty', item({ RCPTN_RGN_NM: ' , ' }), /RCPTN_RGN_NM/],
    ['regions not a string', item({ RCPTN_RGN_NM: ['서울'] }), /RCPTN_RGN_NM/],
    ['unknown step', item({ EMRG_STEP_NM: '재난문자' }), /EMRG_STEP_NM/],
  ])('rejects %s', (_n, raw, re) => {
    expect(reason(raw)).toMatch(re);
  });

  it('treats resultCode 30 with body null as an upstream error, and quota codes as quota', () => {
    expect(resolving.payload('{"header":{"resultCode":"30","resultMsg":"SERVICE KEY IS NOT REGISTERED ERROR","errorMsg":null},"body":null}', ctx)).toEqual({ events: [], rejects: [], upstream: { kind: 'error', message: 'resultCode 30: SERVICE KEY IS NOT REGISTERED ERROR' } });
    expect(resolving.payload('{"header":{"resultCode":"22"},"body":null}', ctx).upstream?.kind).toBe('quota');
    expect(resolving.payload('[1,2', ctx).rejects[0]!.reason).toMatch(/malformed JSON/);
    expect(resolving.payload('null', ctx).upstream?.kind).toBe('error');
  });

  it('rejects a duplicate record within a page and an oversized payload', () => {
    const body = JSON.stringify({ header: { resultCode: '00' }, body: [item({}), item({})] });
    const r = resolving.payload(body, ctx);
    expect(r.events).toHaveLength(1);
    expect(r.rejects[0]!.reason).toMatch(/duplicate/);
    const big = resolving.payload(' '.repeat(33 * 1024 * 1024), ctx);
    expect(big.rejects[0]!.reason).toMatch(/over the .* limit/);
  });
});

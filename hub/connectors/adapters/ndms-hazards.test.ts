import { readFileSync } from 'node:fs';
import { eventInputSchema } from '../../../main/common/events.js';
import { quakePropsSchema, shelterPropsSchema, typhoonPropsSchema } from '../../../main/common/ndms/hazards.js';
import type { Adapter } from '../types.js';
import { adapters } from './index.js';
import { kmaEqkAdapter } from './ndms-kma-eqk.js';
import { kmaTyphoonAdapter } from './ndms-kma-typhoon.js';
import { parseCsv, sheltersAdapter } from './ndms-shelters.js';

const fixture = (n: string) => readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8');
const ctx = { now: Date.UTC(2026, 7, 30) };
const kma = (items: unknown, code = '00') => JSON.stringify({ response: { header: { resultCode: code, resultMsg: 'x' }, body: { items: { item: items } } } });
const reason = (a: Adapter, raw: unknown) => {
  const r = a.record(raw, ctx);
  if ('stream' in r) throw new Error(`expected a rejection: ${JSON.stringify(r)}`);
  return r.reason;
};

describe.each([
  [kmaEqkAdapter, 'ndms-kma-eqk-valid.json', quakePropsSchema, 4],
  [kmaTyphoonAdapter, 'ndms-kma-typhoon-valid.json', typhoonPropsSchema, 4],
  [sheltersAdapter, 'ndms-shelters-valid.csv', shelterPropsSchema, 5],
] as const)('%s: valid corpus', (adapter, file, schema, n) => {
  it(`accepts every record of ${file} with valid envelopes and props, and is registered`, () => {
    const r = adapter.payload(fixture(file), ctx);
    expect(r.rejects).toEqual([]);
    expect(r.upstream).toEqual({ kind: 'ok' });
    expect(r.events).toHaveLength(n);
    for (const e of r.events) {
      expect(eventInputSchema.safeParse(e).success).toBe(true);
      schema.parse(e.props);
    }
    expect(adapters[adapter.id]).toBe(adapter);
  });
});

describe('kma-eqk', () => {
  const events = kmaEqkAdapter.payload(fixture('ndms-kma-eqk-valid.json'), ctx).events;
  it('reads tmEqk as KST, revisions as versions of one quake, and overseas quakes', () => {
    expect(events[0]).toMatchObject({ stream: 'ndms.quakes', key: 'kma-eqk:20260828000432', ts: Date.UTC(2026, 7, 27, 15, 4, 32), geometry: { type: 'Point', coordinates: [129.19, 35.77] } });
    expect(events[1]!.key).toBe(events[0]!.key);
    expect(events[1]!.id).not.toBe(events[0]!.id);
    expect(events[1]!.props).toMatchObject({ magnitude: 4.2, depthKm: 11, domestic: true });
    expect(events[2]!.props).toMatchObject({ domestic: false, depthKm: null, magnitude: 6.3 });
    expect(events[3]!.ts).toBe(Date.UTC(2026, 11, 31, 14, 59, 59));
  });
  it('treats resultCode 03 as no data and other codes as upstream errors', () => {
    expect(kmaEqkAdapter.payload(JSON.stringify({ response: { header: { resultCode: '03', resultMsg: 'NODATA_ERROR' } } }), ctx)).toEqual({ events: [], rejects: [], upstream: { kind: 'ok' } });
    expect(kmaEqkAdapter.payload(kma([], '30'), ctx).upstream?.kind).toBe('error');
    expect(kmaEqkAdapter.payload(kma([], '22'), ctx).upstream?.kind).toBe('quota');
  });
  it('accepts a single item object instead of an array', () => {
    const one = JSON.parse(fixture('ndms-kma-eqk-valid.json')).response.body.items.item[0];
    expect(kmaEqkAdapter.payload(kma(one), ctx).events).toHaveLength(1);
  });
  const base = { fcTp: 3, lat: 35.77, lon: 129.19, mt: 4.1, tmEqk: '20260828000432', tmFc: '202608280005', tmSeq: 1, dep: 12, loc: 'x' };
  it.each([
    ['not an object', 5, /not an object/],
    ['tmEqk missing', { ...base, tmEqk: undefined }, /tmEqk/],
    ['tmEqk impossible', { ...base, tmEqk: '20260230000000' }, /tmEqk/],
    ['magnitude a word', { ...base, mt: 'big' }, /mt .*not a number/],
    ['magnitude out of range', { ...base, mt: 12 }, /out of range/],
    ['negative depth', { ...base, dep: -3 }, /dep/],
    ['lat out of range', { ...base, lat: 129.19, lon: 35.77 }, /swapped/],
    ['domestic outside Korea', { ...base, lat: 10, lon: 100 }, /outside Korea/],
    ['fcTp missing', { ...base, fcTp: '' }, /fcTp/],
  ])('rejects %s', (_n, raw, re) => {
    expect(reason(kmaEqkAdapter, raw)).toMatch(re);
  });
  it('rejects duplicates within a response and oversized payloads', () => {
    const r = kmaEqkAdapter.payload(kma([base, base]), ctx);
    expect([r.events.length, r.rejects[0]!.reason]).toEqual([1, expect.stringMatching(/duplicate/)]);
    expect(kmaEqkAdapter.payload('x'.repeat(33 * 1024 * 1024), ctx).rejects[0]!.reason).toMatch(/too large/);
    expect(kmaEqkAdapter.payload('{"response":', ctx).rejects[0]!.reason).toMatch(/malformed JSON/);
  });
});

describe('kma-typhoon', () => {
  const events = kmaTyphoonAdapter.payload(fixture('ndms-kma-typhoon-valid.json'), ctx).events;
  it('keys by year and number, each position a version, with the radii and pressure', () => {
    expect(events.map((e) => e.key)).toEqual(['kma-typhoon:2026-11', 'kma-typhoon:2026-11', 'kma-typhoon:2026-11', 'kma-typhoon:2026-12']);
    expect(events[0]).toMatchObject({ ts: Date.UTC(2026, 7, 30, 0, 0), geometry: { type: 'Point', coordinates: [127.1, 28.4] } });
    expect(events[0]!.props).toMatchObject({ pressureHpa: 950, windMs: 43, radius15Km: 380, radius25Km: 150, name: '무궁화', nameEn: 'MUGUNGHWA', issuedAt: Date.UTC(2026, 7, 30, 1, 0) });
    expect(events[2]!.props['radius25Km']).toBeNull();
  });
  it('treats resultCode 03 as no typhoon, not an error', () => {
    expect(kmaTyphoonAdapter.payload(kma([], '03'), ctx)).toEqual({ events: [], rejects: [], upstream: { kind: 'ok' } });
  });
  const base = { typSeq: 11, tmFc: '202608301000', typTm: '202608300900', typLat: 28.4, typLon: 127.1, typPs: 950, typWs: 43, typ15: 380, typ25: 150, typName: '무궁화' };
  it.each([
    ['typSeq missing', { ...base, typSeq: null }, /typSeq/],
    ['typTm malformed', { ...base, typTm: '2026-08-30 09:00' }, /typTm/],
    ['swapped coordinates', { ...base, typLat: 127.1, typLon: 28.4 }, /swapped/],
    ['latitude south of the basin', { ...base, typLat: -5 }, /typLat/],
    ['pressure absurd', { ...base, typPs: 500 }, /typPs/],
    ['negative radius', { ...base, typ15: -1 }, /typ15/],
    ['wind a word', { ...base, typWs: 'strong' }, /typWs/],
  ])('rejects %s', (_n, raw, re) => {
    expect(reason(kmaTyphoonAdapter, raw)).toMatch(re);
  });
});

describe('shelters', () => {
  const events = sheltersAdapter.payload(fixture('ndms-shelters-valid.csv'), ctx).events;
  it('reads quoted CSV fields with commas and quotes, keyed by MNG_SN', () => {
    expect(events.map((e) => e.props['name'])).toContain('해반천 "공영" 주차장 지하');
    expect(events.map((e) => e.props['name'])).toContain('종로구민회관, 대강당');
    expect(events[0]).toMatchObject({ key: 'shelter:4825000001', geometry: { type: 'Point', coordinates: [128.8709, 35.2358] } });
    expect(parseCsv('a,b\r\n"x\ny",2\r\n')).toEqual([['a', 'b'], ['x\ny', '2']]);
  });
  it('accepts the same rows as JSON', () => {
    const rows = [{ REARE_NM: 'A', RONA_DADDR: '', LAT: '37.5', LOT: '127.0', SHLT_SE_CD: 1, SHLT_SE_NM: '민방위대피시설', MNG_SN: 7 }];
    expect(sheltersAdapter.payload(JSON.stringify(rows), ctx).events).toHaveLength(1);
    expect(sheltersAdapter.payload(JSON.stringify({ response: { body: { items: rows } } }), ctx).events).toHaveLength(1);
  });
  const row = { REARE_NM: 'A', RONA_DADDR: 'addr', LAT: '37.5', LOT: '127.0', SHLT_SE_CD: '1', SHLT_SE_NM: '민방위대피시설', MNG_SN: '9' };
  it.each([
    ['no MNG_SN', { ...row, MNG_SN: '' }, /MNG_SN/],
    ['no name', { ...row, REARE_NM: ' ' }, /REARE_NM/],
    ['swapped coordinates', { ...row, LAT: '127.0', LOT: '37.5' }, /swapped/],
    ['outside Korea', { ...row, LAT: '0', LOT: '0' }, /outside Korea/],
    ['non-numeric', { ...row, LAT: '북위 37' }, /not a number/],
    ['missing coordinates', { ...row, LOT: undefined }, /missing/],
  ])('rejects %s', (_n, raw, re) => {
    expect(reason(sheltersAdapter, raw)).toMatch(re);
  });
  it('rejects duplicates, ragged CSV rows, a CSV without the header and oversized payloads', () => {
    const csv = 'REARE_NM,RONA_DADDR,LAT,LOT,SHLT_SE_CD,SHLT_SE_NM,MNG_SN\nA,x,37.5,127,1,t,1\nB,x,37.5,127,1,t,1\nC,x,37.5\n';
    const r = sheltersAdapter.payload(csv, ctx);
    expect(r.events).toHaveLength(1);
    expect(r.rejects.map((x) => x.reason)).toEqual([expect.stringMatching(/duplicate MNG_SN 1/), expect.stringMatching(/row 4 has 3 fields/)]);
    expect(sheltersAdapter.payload('name,lat\nA,1\n', ctx).rejects[0]!.reason).toMatch(/header lacks MNG_SN/);
    expect(sheltersAdapter.payload('{"x":', ctx).rejects[0]!.reason).toMatch(/malformed JSON/);
    expect(sheltersAdapter.payload('x'.repeat(33 * 1024 * 1024), ctx).rejects[0]!.reason).toMatch(/over the/);
  });
});

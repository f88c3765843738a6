import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventInputSchema, type EventInput } from '../../../main/common/events.js';
import { dangerIndexSchema, detectionPropsSchema, kfsFirePropsSchema, landslideForecastSchema } from '../../../main/common/forest/types.js';
import { loadRegionIndex } from '../../../main/core/region/index.js';
import type { Adapter, ParseResult } from '../types.js';
import { createForestAdapters } from './forest-adapters.js';
import { parseFirmsTime, parseKstFlexible } from './forest-common.js';
import { adapters as registry } from './index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const regions = loadRegionIndex(fileURLToPath(new URL('../../../geo-data/out', import.meta.url)));
const withIndex = createForestAdapters(regions);
const bare = createForestAdapters();
const ctx = { now: Date.UTC(2026, 2, 22, 12, 0, 0) };
const a = (id: string): Adapter => withIndex[id]!;
const accepted = (r: ParseResult): EventInput[] => {
  expect(r.rejects).toEqual([]);
  for (const e of r.events) eventInputSchema.parse(e);
  return r.events;
};
const reasonOf = (ad: Adapter, raw: unknown): string => {
  const r = ad.record(raw, ctx);
  if ('stream' in r) throw new Error(`expected a rejection, got ${JSON.stringify(r)}`);
  return r.reason;
};

describe('forest adapters: valid corpora accepted in full', () => {
  it('registers the four forest adapters in the hub registry', () => {
    expect(Object.keys(registry)).toEqual(expect.arrayContaining(['kfs-fires', 'firms', 'fire-danger', 'landslide']));
  });

  it('KFS fire list: 10 fires, string coordinates, KST times in four shapes, legal-dong → sigungu', () => {
    const events = accepted(a('kfs-fires').payload(fixture('forest-kfs-fires-valid.json'), ctx));
    expect(events).toHaveLength(10);
    const props = events.map((e) => kfsFirePropsSchema.parse(e.props));
    const uiseong = props[0]!;
    // 2026-03-22 11:24 KST = 02:24 UTC.
    expect(uiseong.ignitedAt).toBe(Date.UTC(2026, 2, 22, 2, 24));
    expect(uiseong).toMatchObject({ status: 'burning', statusName: '진화중', responseStage: '산불3단계', containmentPct: 35, lon: 128.58, lat: 36.43 });
    expect(uiseong.region).toEqual({ code: '47730', name: '의성군', sido: '경상북도' });
    // Old Gangwon code 42820 answers with the current code and province name.
    expect(props[3]!.region).toEqual({ code: '51820', name: '고성군', sido: '강원특별자치도' });
    expect(props[4]!.region).toEqual({ code: '48820', name: '고성군', sido: '경상남도' });
    // Compact "20260321142000" KST = 05:20 UTC.
    expect(props[2]!.extinguishedAt).toBe(Date.UTC(2026, 2, 21, 5, 20));
    expect(props.map((p) => p.status)).toEqual(['burning', 'burning', 'extinguished', 'contained', 'extinguished', 'burning', 'burning', 'contained', 'detected', 'extinguished']);
    expect(props[8]!.containmentPct).toBeNull();
    // Version time: received-at for a fire still open, completion time for a finished one.
    expect(events[0]!.ts).toBe(ctx.now);
    expect(events[2]!.ts).toBe(Date.UTC(2026, 2, 21, 5, 20));
    // The fixture is consistent: each fire's point lies in the sigungu of its legal-dong code.
    for (const p of props) expect(regions.at(p.lon, p.lat)?.sigungu.code).toBe(p.region!.code);
  });

  it('KFS: a new containment figure for the same fire is a new id with the same key; a repeat is the same id', () => {
    const doc = JSON.parse(fixture('forest-kfs-fires-valid.json')) as { fireShowInfoList: Array<Record<string, unknown>> };
    const first = a('kfs-fires').record(doc.fireShowInfoList[0], ctx) as EventInput;
    const again = a('kfs-fires').record({ ...doc.fireShowInfoList[0] }, ctx) as EventInput;
    const later = a('kfs-fires').record({ ...doc.fireShowInfoList[0], frfrPotfrRt: '60' }, ctx) as EventInput;
    expect(again.id).toBe(first.id);
    expect(later.key).toBe(first.key);
    expect(later.id).not.toBe(first.id);
  });

  it('FIRMS MODIS: 20 rows, unpadded acq_time, numeric confidence, 1 km class footprint', () => {
    const events = accepted(a('firms').payload(fixture('forest-firms-modis-valid.csv'), ctx));
    expect(events).toHaveLength(20);
    const p = events.map((e) => detectionPropsSchema.parse(e.props));
    expect(p[0]!.detectedAt).toBe(Date.UTC(2026, 2, 22, 2, 32)); // "232" = 02:32 UTC
    expect(p[5]!.detectedAt).toBe(Date.UTC(2026, 2, 22, 5, 12)); // "512"
    expect(p[10]!.detectedAt).toBe(Date.UTC(2026, 2, 22, 0, 45)); // "45"
    expect(p[0]).toMatchObject({ channel: 'satellite', confidence: 63, sensor: 'MODIS T', footprintM: 600 });
  });

  it('FIRMS VIIRS: 20 rows, l/n/h confidence as 20/60/90, 375 m class footprint', () => {
    const events = accepted(a('firms').payload(fixture('forest-firms-viirs-valid.csv'), ctx));
    expect(events).toHaveLength(20);
    const p = events.map((e) => detectionPropsSchema.parse(e.props));
    expect(p.slice(0, 3).map((x) => x.confidence)).toEqual([20, 60, 90]);
    expect(p[10]!.detectedAt).toBe(Date.UTC(2026, 2, 22, 0, 9)); // "9" = 00:09
    expect(p[0]!.footprintM).toBeCloseTo(245, 6);
  });

  it('danger index: 8 sigungu, codes 5 or 10 digits, old codes renumbered, a name-only record resolved with its province', () => {
    const events = accepted(a('fire-danger').payload(fixture('forest-danger-valid.json'), ctx));
    expect(events).toHaveLength(8);
    const p = events.map((e) => dangerIndexSchema.parse(e.props));
    expect(p[0]).toMatchObject({ mean: 78.4, max: 91.2, min: 60.3, days: [82, 75.5, 64.1, 51], analysedAt: Date.UTC(2026, 2, 22, 2) });
    expect(p.map((x) => x.region.code)).toEqual(['47730', '47170', '51820', '48820', '31710', '51150', '48860', '44800']);
    expect(p[2]!.days).toEqual([70.2, 68, null, null]);
  });

  it('landslide: 8 records, 고성군 resolved by province name and by code, 해제 as a removal', () => {
    const events = accepted(a('landslide').payload(fixture('forest-landslide-valid.json'), ctx));
    expect(events).toHaveLength(8);
    const [hongcheon, inje, goseongGw, goseongGn] = events;
    expect(landslideForecastSchema.parse(hongcheon!.props)).toMatchObject({ level: 'caution', analysedAt: Date.UTC(2026, 6, 15, 9) });
    expect(inje!.props['level']).toBe('warning');
    expect(goseongGw!.props['region']).toEqual({ code: '51820', name: '고성군', sido: '강원특별자치도' });
    expect(goseongGn!.props['region']).toEqual({ code: '48820', name: '고성군', sido: '경상남도' });
    expect(events[6]).toMatchObject({ op: 'remove', key: 'landslide:43760' });
  });

  it('without a region index: KFS keeps the code prefix; name-only landslide records are rejected, not guessed', () => {
    const fires = accepted(bare['kfs-fires']!.payload(fixture('forest-kfs-fires-valid.json'), ctx));
    expect(fires[0]!.props['region']).toEqual({ code: '47730', name: null, sido: null });
    const r = bare['landslide']!.payload(fixture('forest-landslide-valid.json'), ctx);
    expect(r.events.map((e) => (e.props['region'] as { code: string }).code)).toEqual(['48820']);
    expect(r.rejects[0]!.reason).toMatch(/no region index/);
  });
});

describe('forest adapters: bad records rejected with a reason', () => {
  const kfs = JSON.parse(fixture('forest-kfs-fires-valid.json')) as { fireShowInfoList: Array<Record<string, unknown>> };
  const good = kfs.fireShowInfoList[0]!;
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['missing id', { ...good, frfrInfoId: '' }, /frfrInfoId missing/],
    ['junk coordinate', { ...good, frfrLctnXcrd: '128.6E' }, /not a number/],
    ['swapped coordinates', { ...good, frfrLctnXcrd: '36.43', frfrLctnYcrd: '128.58' }, /swapped/],
    ['outside Korea', { ...good, frfrLctnXcrd: '139.7', frfrLctnYcrd: '35.6' }, /outside Korea/],
    ['bad time', { ...good, frfrFrngDtm: '2026-02-30 11:00:00' }, /frfrFrngDtm is not/],
    ['time as number', { ...good, frfrFrngDtm: 20260322 }, /not text/],
    ['completion before ignition', { ...good, potfrCmpleDtm: '2026-03-22 10:00:00' }, /before/],
    ['containment 140 %', { ...good, frfrPotfrRt: '140' }, /0–100/],
    ['9-digit legal-dong code', { ...good, lgdngCd: '477303702' }, /10-digit/],
    ['unknown sigungu code', { ...good, lgdngCd: '9999900000' }, /no sigungu/],
  ])('KFS: %s', (_name, raw, reason) => {
    expect(reasonOf(a('kfs-fires'), raw)).toMatch(reason);
  });

  it('KFS: a duplicate record in one payload, a non-object, malformed JSON', () => {
    const r = a('kfs-fires').payload(JSON.stringify({ fireShowInfoList: [good, good, 7] }), ctx);
    expect(r.events).toHaveLength(1);
    expect(r.rejects.map((x) => x.reason)).toEqual([expect.stringMatching(/duplicate/), 'record is not an object']);
    expect(a('kfs-fires').payload('{"fireShowInfoList":[', ctx).upstream?.kind).toBe('error');
  });

  it('data.go.kr envelopes: 03 is no data (ok, empty), 22 the quota, 30 an error', () => {
    const env = (code: string) => JSON.stringify({ response: { header: { resultCode: code, resultMsg: 'm' }, body: null } });
    expect(a('landslide').payload(env('03'), ctx)).toEqual({ events: [], rejects: [], upstream: { kind: 'ok' } });
    expect(a('fire-danger').payload(env('22'), ctx).upstream?.kind).toBe('quota');
    expect(a('fire-danger').payload(env('30'), ctx).upstream).toEqual({ kind: 'error', message: 'resultCode 30: m' });
  });

  const modisRow = { latitude: '36.4573', longitude: '128.6021', brightness: '330.1', scan: '1.0', track: '1.0', acq_date: '2026-03-22', acq_time: '512', satellite: 'A', instrument: 'MODIS', confidence: '80', version: '6.1NRT', bright_t31: '290', frp: '12.5', daynight: 'D' };
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['swapped', { ...modisRow, latitude: '128.6021', longitude: '36.4573' }, /swapped/],
    ['missing latitude', { ...modisRow, latitude: '' }, /missing/],
    ['acq_time 2460', { ...modisRow, acq_time: '2460' }, /acq_date\/acq_time/],
    ['acq_time with colon', { ...modisRow, acq_time: '05:12' }, /acq_date\/acq_time/],
    ['confidence 120', { ...modisRow, confidence: '120' }, /0–100/],
    ['VIIRS confidence x', { ...modisRow, brightness: undefined, bright_ti4: '330', confidence: 'x' }, /l, n or h/],
    ['brightness junk', { ...modisRow, brightness: 'hot' }, /not a number/],
    ['daynight Q', { ...modisRow, daynight: 'Q' }, /D or N/],
  ])('FIRMS: %s', (_name, raw, reason) => {
    expect(reasonOf(a('firms'), raw)).toMatch(reason);
  });

  it('FIRMS: a CSV with a wrong header, a short line and a duplicate row', () => {
    expect(a('firms').payload('lat,lon\n1,2\n', ctx).rejects[0]!.reason).toMatch(/header lacks/);
    const csv = fixture('forest-firms-modis-valid.csv').split('\n');
    const r = a('firms').payload([...csv.slice(0, 3), csv[1], '36.1,128.2,330'].join('\n'), ctx);
    expect(r.events).toHaveLength(2);
    expect(r.rejects.map((x) => x.reason)).toEqual([expect.stringMatching(/duplicate/), expect.stringMatching(/3 fields, header has 14/)]);
  });

  const danger = { analdate: '2026-03-22 11', doname: '경상북도', sigun: '의성군', sigucode: '47730', meanavg: '50', maxi: '60', mini: '40', d1: '1', d2: '2', d3: '3', d4: '4' };
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['index 130', { ...danger, maxi: '130' }, /0–100/],
    ['mean above max', { ...danger, meanavg: '70' }, /mini ≤ meanavg ≤ maxi/],
    ['no analdate', { ...danger, analdate: undefined }, /analdate missing/],
    ['bad analdate', { ...danger, analdate: '22/03/2026' }, /analdate is not/],
    ['ambiguous name, no code, no province', { ...danger, sigucode: undefined, doname: undefined, sigun: '고성군' }, /ambiguous.*강원특별자치도 고성군.*경상남도 고성군/],
  ])('danger: %s', (_name, raw, reason) => {
    expect(reasonOf(a('fire-danger'), raw)).toMatch(reason);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['bare 고성군 is ambiguous with its candidates', { LNLD_FRCST_NM: '주의보', SGG_NM: '고성군', PREDC_ANLS_DT: '202607151800' }, /ambiguous sigungu name 고성군: candidates 강원특별자치도 고성군 \(51820\), 경상남도 고성군 \(48820\)/],
    ['bare 중구 is ambiguous', { LNLD_FRCST_NM: '주의보', SGG_NM: '중구', PREDC_ANLS_DT: '202607151800' }, /ambiguous/],
    ['unknown level', { LNLD_FRCST_NM: '관심', SGG_NM: '홍천군', PREDC_ANLS_DT: '202607151800' }, /주의보, 경보 or 해제/],
    ['unknown name', { LNLD_FRCST_NM: '경보', SGG_NM: '없는군', PREDC_ANLS_DT: '202607151800' }, /unknown sigungu/],
    ['bad time', { LNLD_FRCST_NM: '경보', SGG_NM: '홍천군', PREDC_ANLS_DT: '2026071518' + '99' }, /not a KST/],
    ['name missing', { LNLD_FRCST_NM: '경보', PREDC_ANLS_DT: '202607151800' }, /SGG_NM.*missing/],
  ])('landslide: %s', (_name, raw, reason) => {
    expect(reasonOf(a('landslide'), raw)).toMatch(reason);
  });
});

describe('forest time formats (run under TZ=America/Halifax)', () => {
  it('KST shapes → UTC; FIRMS HHMM padding', () => {
    expect(parseKstFlexible('2026-01-01 00:30')).toBe(Date.UTC(2025, 11, 31, 15, 30));
    expect(parseKstFlexible('2026030109')).toBe(Date.UTC(2026, 2, 1, 0));
    expect(parseKstFlexible('2026-03-08 02:30:00')).toBe(Date.UTC(2026, 2, 7, 17, 30)); // Halifax DST day: no effect
    expect(parseKstFlexible('2026-13-01')).toBeNull();
    expect(parseFirmsTime('2026-03-22', '5')).toBe(Date.UTC(2026, 2, 22, 0, 5));
    expect(parseFirmsTime('2026-03-22', '0000')).toBe(Date.UTC(2026, 2, 22, 0, 0));
    expect(parseFirmsTime('2026-03-22', '12345')).toBeNull();
  });
});

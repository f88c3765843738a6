import { readFileSync } from 'node:fs';
import { eventInputSchema, type EventInput } from '../../../main/common/events.js';
import { cctvPropsSchema, incidentPropsSchema, trafficPropsSchema } from '../../../main/common/its/types.js';
import type { Adapter, ParseResult } from '../types.js';
import { adapters } from './index.js';
import { itsCctvAdapter } from './its-cctv.js';
import { MAX_PAYLOAD_CHARS } from './its-common.js';
import { itsEventsAdapter } from './its-events.js';
import { itsTrafficAdapter } from './its-traffic.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const ctx = { now: Date.UTC(2026, 8, 15, 0, 0, 0) };
const corpora: Array<[Adapter, string, (p: unknown) => unknown]> = [
  [itsTrafficAdapter, 'its-traffic-valid.json', (p) => trafficPropsSchema.parse(p)],
  [itsEventsAdapter, 'its-events-valid.json', (p) => incidentPropsSchema.parse(p)],
  [itsCctvAdapter, 'its-cctv-valid.json', (p) => cctvPropsSchema.parse(p)],
];
const itemsOf = (name: string): Array<Record<string, unknown>> => {
  const d = JSON.parse(fixture(name)) as { body?: { items: Array<Record<string, unknown>> }; response?: { data: Array<Record<string, unknown>> } };
  return d.body?.items ?? d.response!.data;
};
const envelope = (items: unknown, code: unknown = '0') => JSON.stringify({ header: { resultCode: code, resultMsg: 'x', totalCount: 1 }, body: { totalCount: 1, items } });
const one = (a: Adapter, raw: unknown) => a.record(raw, ctx);
const reasonOf = (a: Adapter, raw: unknown): string => {
  const r = one(a, raw);
  if ('stream' in r) throw new Error(`expected a rejection, got ${JSON.stringify(r)}`);
  return r.reason;
};

describe('ITS adapters: recorded-style valid corpora', () => {
  it.each(corpora.map(([a, n, c]) => [a.id, n, a, c] as const))('%s accepts every record of %s, each a valid envelope with valid props', (_id, name, adapter, check) => {
    const r = adapter.payload(fixture(name), ctx);
    expect(r.rejects).toEqual([]);
    expect(r.upstream).toEqual({ kind: 'ok' });
    expect(r.events).toHaveLength(itemsOf(name).length);
    for (const e of r.events) {
      expect(eventInputSchema.safeParse(e).success).toBe(true);
      check(e.props);
    }
  });

  it('are registered in the adapter index', () => {
    expect(adapters['its-traffic']).toBe(itsTrafficAdapter);
    expect(adapters['its-events']).toBe(itsEventsAdapter);
    expect(adapters['its-cctv']).toBe(itsCctvAdapter);
  });

  it('gives a repeated payload the same ids (duplicates, not new versions)', () => {
    for (const [adapter, name] of corpora) {
      const a = adapter.payload(fixture(name), ctx).events.map((e) => e.id);
      const b = adapter.payload(fixture(name), { now: ctx.now + 300_000 }).events.map((e) => e.id);
      expect(b).toEqual(a);
      expect(new Set(a).size).toBe(a.length);
    }
  });
});

describe('its-traffic', () => {
  const events = (): EventInput[] => itsTrafficAdapter.payload(fixture('its-traffic-valid.json'), ctx).events;

  it('converts createdDate (KST, no offset) to UTC ms and keys by linkId', () => {
    const [first] = events();
    expect(first).toMatchObject({ stream: 'its.traffic', key: '1050002300', id: 'its-traffic:1050002300:20260915073500', ts: Date.UTC(2026, 8, 14, 22, 35, 0) });
    const newYear = events().find((e) => e.key === '2170019900')!;
    expect(newYear.ts).toBe(Date.UTC(2026, 11, 31, 14, 55, 0));
    expect(newYear.props).toMatchObject({ speedKmh: 61, travelTimeS: 88, roadName: '국도1호선' });
  });

  it('classifies congestion where the free-flow speed is known and leaves it null elsewhere', () => {
    const byKey = new Map(events().map((e) => [e.key, e.props]));
    expect(byKey.get('1050002300')).toMatchObject({ speedKmh: 97.5, congestion: 'free' });
    expect(byKey.get('1050002400')).toMatchObject({ speedKmh: 23, congestion: 'congested' });
    expect(byKey.get('1510001100')).toMatchObject({ congestion: 'slow', startNodeId: null, endNodeId: null });
    expect(byKey.get('1220034500')).toMatchObject({ speedKmh: 0, congestion: null, travelTimeS: null });
  });

  it('rejects bad records with a reason', () => {
    const ok = itemsOf('its-traffic-valid.json')[0]!;
    expect(reasonOf(itsTrafficAdapter, { ...ok, linkId: '' })).toBe('linkId missing');
    expect(reasonOf(itsTrafficAdapter, { ...ok, linkId: { id: 1 } })).toBe('linkId missing');
    expect(reasonOf(itsTrafficAdapter, { ...ok, speed: 'fast' })).toMatch(/speed is not a number/);
    expect(reasonOf(itsTrafficAdapter, { ...ok, speed: '-3' })).toMatch(/speed out of range/);
    expect(reasonOf(itsTrafficAdapter, { ...ok, speed: 900 })).toMatch(/speed out of range/);
    expect(reasonOf(itsTrafficAdapter, { ...ok, travelTime: 'x' })).toMatch(/travelTime/);
    expect(reasonOf(itsTrafficAdapter, { ...ok, createdDate: '2026-09-15 07:35:00' })).toMatch(/createdDate is not yyyyMMddHHmmss/);
    expect(reasonOf(itsTrafficAdapter, { ...ok, createdDate: '20260230120000' })).toMatch(/createdDate is not yyyyMMddHHmmss/);
    expect(reasonOf(itsTrafficAdapter, [ok])).toBe('record is not an object');
  });
});

describe('its-events', () => {
  const events = () => itsEventsAdapter.payload(fixture('its-events-valid.json'), ctx).events;

  it('maps codes and Korean names to incident kinds, lanes blocked 0–3, open and closed events', () => {
    const e = events();
    expect(e.map((x) => (x.props as { kind: string }).kind)).toEqual(['accident', 'construction', 'weather', 'disaster', 'other', 'other', 'construction']);
    expect(e.map((x) => (x.props as { lanesBlock: string }).lanesBlock)).toEqual(['partial', 'shoulder', 'none', 'full', 'none', 'none', 'partial']);
    expect(e[0]).toMatchObject({ stream: 'its.events', kind: 'incident.accident', ts: Date.UTC(2026, 8, 14, 22, 12, 0), geometry: { type: 'Point', coordinates: [127.107411, 37.401862] } });
    expect(e[0]!.props).toMatchObject({ endTs: null, linkId: '1050002300', message: '판교JC 부근 추돌사고로 1차로 차단' });
    expect(e[1]!.props).toMatchObject({ endTs: Date.UTC(2026, 8, 14, 21, 0, 0) });
  });

  it('keeps the key when an incident changes, with a new version id', () => {
    const item = itemsOf('its-events-valid.json')[0]!;
    const a = one(itsEventsAdapter, item) as EventInput;
    const b = one(itsEventsAdapter, { ...item, endDate: '20260915081500', lanesBlockType: '0' }) as EventInput;
    const c = one(itsEventsAdapter, { ...item, coordX: '127.1074110' }) as EventInput;
    expect(b.key).toBe(a.key);
    expect(b.id).not.toBe(a.id);
    expect(c.id).toBe(a.id);
  });

  it('rejects swapped and out-of-range coordinates, wrong types and missing fields with a reason', () => {
    const ok = itemsOf('its-events-valid.json')[0]!;
    expect(reasonOf(itsEventsAdapter, { ...ok, coordX: '37.401862', coordY: '127.107411' })).toMatch(/^coordinates look swapped/);
    expect(reasonOf(itsEventsAdapter, { ...ok, coordX: '0', coordY: '0' })).toMatch(/^coordinates outside Korea/);
    expect(reasonOf(itsEventsAdapter, { ...ok, coordX: '12O.5' })).toMatch(/coordX is not a number/);
    expect(reasonOf(itsEventsAdapter, { ...ok, coordY: '' })).toMatch(/coordY \(coordinate\) missing/);
    expect(reasonOf(itsEventsAdapter, { ...ok, eventType: 'xyz' })).toMatch(/unknown eventType "xyz"/);
    expect(reasonOf(itsEventsAdapter, { ...ok, eventType: undefined })).toBe('eventType missing');
    expect(reasonOf(itsEventsAdapter, { ...ok, lanesBlockType: '5' })).toMatch(/lanesBlockType must be 0–3/);
    expect(reasonOf(itsEventsAdapter, { ...ok, lanesBlockType: 'all' })).toMatch(/lanesBlockType must be 0–3/);
    expect(reasonOf(itsEventsAdapter, { ...ok, startDate: 20260915071200.5 })).toMatch(/startDate is not/);
    expect(reasonOf(itsEventsAdapter, { ...ok, endDate: '20260915060000' })).toMatch(/before startDate/);
    expect(reasonOf(itsEventsAdapter, { ...ok, message: 42 })).toMatch(/message is not text/);
  });
});

describe('its-cctv', () => {
  it('reads the response/data shape with cctvtype as number or string', () => {
    const e = itsCctvAdapter.payload(fixture('its-cctv-valid.json'), ctx).events;
    expect(e.map((x) => (x.props as { kind: string }).kind)).toEqual(['live-hls', 'still', 'video-file', 'live-hls']);
    expect(e[0]).toMatchObject({ stream: 'its.cctv', ts: ctx.now, geometry: { type: 'Point', coordinates: [127.10257, 37.40412] } });
    expect(e[1]).toMatchObject({ ts: Date.UTC(2026, 8, 14, 22, 30, 0) });
    expect(e[1]!.props).toMatchObject({ resolution: '640x480', roadSectionId: '1050002300' });
  });

  it('rejects bad cameras with a reason', () => {
    const ok = itemsOf('its-cctv-valid.json')[0]!;
    expect(reasonOf(itsCctvAdapter, { ...ok, cctvtype: 4 })).toMatch(/cctvtype must be 1/);
    expect(reasonOf(itsCctvAdapter, { ...ok, cctvurl: 'javascript:alert(1)' })).toMatch(/must be http\(s\)/);
    expect(reasonOf(itsCctvAdapter, { ...ok, cctvurl: 'not a url' })).toMatch(/not a URL/);
    expect(reasonOf(itsCctvAdapter, { ...ok, cctvname: '' })).toBe('cctvname missing');
    expect(reasonOf(itsCctvAdapter, { ...ok, coordx: 37.4, coordy: 127.1 })).toMatch(/swapped/);
  });

  it('handles an empty list, a single object and an error header', () => {
    expect(itsCctvAdapter.payload('{"response":{"coordtype":"1","datacount":0,"data":[]}}', ctx)).toEqual({ events: [], rejects: [], upstream: { kind: 'ok' } });
    const single = JSON.stringify({ response: { coordtype: '1', datacount: 1, data: itemsOf('its-cctv-valid.json')[0] } });
    expect(itsCctvAdapter.payload(single, ctx).events).toHaveLength(1);
    expect(itsCctvAdapter.payload('{"header":{"resultCode":"4005","resultMsg":"unknown key"}}', ctx).upstream).toEqual({ kind: 'error', message: 'resultCode 4005: unknown key' });
    expect(itsCctvAdapter.payload('{"foo":1}', ctx).upstream?.kind).toBe('error');
  });
});

describe('ITS envelope', () => {
  const adaptersUnderTest = [itsTrafficAdapter, itsEventsAdapter];
  it.each(adaptersUnderTest.map((a) => [a.id, a] as const))('%s: HTTP-200 errors by resultCode (4001 quota, 4005 error)', (_id, a) => {
    expect(a.payload(envelope([], 4001), ctx)).toEqual({ events: [], rejects: [], upstream: { kind: 'quota', message: 'resultCode 4001: x' } });
    expect(a.payload(envelope([], '4005'), ctx)).toEqual({ events: [], rejects: [], upstream: { kind: 'error', message: 'resultCode 4005: x' } });
    expect(a.payload('<html>502</html>', ctx)).toMatchObject({ upstream: { kind: 'error' }, rejects: [{ reason: expect.stringMatching(/^malformed JSON/) }] });
    expect(a.payload('{"body":{}}', ctx)).toMatchObject({ upstream: { kind: 'error' }, rejects: [{ reason: 'not an ITS envelope: no header object' }] });
    expect(a.payload(envelope(''), ctx)).toEqual({ events: [], rejects: [], upstream: { kind: 'ok' } });
    expect(a.payload(envelope('nope'), ctx).rejects[0]!.reason).toBe('body.items is not a list');
  });

  it('rejects an oversized payload whole, keeping only its head for the quarantine', () => {
    const big = `{"header":{"resultCode":"0"},"body":{"items":[${' '.repeat(MAX_PAYLOAD_CHARS)}]}}`;
    for (const a of [itsTrafficAdapter, itsEventsAdapter, itsCctvAdapter]) {
      const r = a.payload(big, ctx);
      expect(r.upstream).toMatchObject({ kind: 'error', message: expect.stringMatching(/^payload too large/) });
      expect(r.rejects).toHaveLength(1);
      expect((r.rejects[0]!.raw as string).length).toBe(1024);
    }
  });

  it('accepts items as a single object or wrapped in {item: [...]}', () => {
    const item = itemsOf('its-traffic-valid.json')[0]!;
    expect(itsTrafficAdapter.payload(envelope(item), ctx).events).toHaveLength(1);
    expect(itsTrafficAdapter.payload(envelope({ item: [item, item] }), ctx).events).toHaveLength(2);
  });
});

/** Small seeded generator, so a failure replays. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const junk: unknown[] = [null, '', ' ', 0, -1, 1e308, Number.NaN, 'NaN', true, [], {}, [1, 2], 'x'.repeat(300), '20261301000000', '999', '37.5', '127.0', '💥', { nested: { deep: 1 } }];

describe('ITS adapters under random and mutated input (seeded)', () => {
  it.each(corpora.map(([a, n]) => [a.id, n, a] as const))('%s (%s): never throws; each item becomes a valid event or a rejection with a reason', (_id, name, adapter) => {
    const items = itemsOf(name);
    const next = rng(20260915);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    for (let round = 0; round < 400; round++) {
      const batch = items.map((it) => {
        const m: Record<string, unknown> = { ...it };
        const keys = Object.keys(m);
        for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
          const key = pick(keys);
          const op = next();
          if (op < 0.3) delete m[key];
          else if (op < 0.8) m[key] = pick(junk);
          else m[key] = m[pick(keys)]; // a value from another field (swapped columns)
        }
        return next() < 0.05 ? pick(junk) : m;
      });
      const body = name.includes('cctv') ? JSON.stringify({ response: { coordtype: '1', datacount: batch.length, data: batch } }) : envelope(batch);
      let r: ParseResult | undefined;
      expect(() => (r = adapter.payload(body, ctx))).not.toThrow();
      expect(r!.events.length + r!.rejects.length).toBe(batch.length);
      for (const e of r!.events) expect(eventInputSchema.safeParse(e).success).toBe(true);
      for (const x of r!.rejects) expect(x.reason.length).toBeGreaterThan(5);
    }
  });
});

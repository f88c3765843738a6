import { readFileSync } from 'node:fs';
import { eventInputSchema, type EventInput } from '../../../main/common/events.js';
import { alertPropsSchema } from '../../../main/common/ndms/alerts.js';
import { parseCap } from '../../../main/common/ndms/cap-parse.js';
import { loadRegionIndex } from '../../../main/core/region/index.js';
import { capXmlAdapter, createCapXmlAdapter } from './cap-xml.js';
import { adapters } from './index.js';

const fixture = (n: string) => readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8');
const ctx = { now: 0 };
const adapter = createCapXmlAdapter({ resolver: loadRegionIndex('geo-data/out') });
const ev = (xml: string): EventInput => {
  const r = adapter.record(xml, ctx);
  if (!('stream' in r)) throw new Error(r.reason);
  return r;
};
const reason = (xml: string): string => {
  const r = adapter.payload(xml, ctx);
  expect(r.events).toEqual([]);
  return r.rejects[0]!.reason;
};
const kr = fixture('cap-kr-heavy-rain.xml');
const minimal = (inner: string, root = 'alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"') =>
  `<${root}><identifier>x</identifier><sender>s</sender><sent>2026-07-15T06:10:00+09:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>${inner}</alert>`;
const infoWith = (area: string) => `<info><category>Met</category><event>e</event><urgency>Immediate</urgency><severity>Minor</severity><certainty>Observed</certainty><area><areaDesc>a</areaDesc>${area}</area></info>`;

describe('cap-xml: valid Korean-profile documents', () => {
  it('reads the identifiers, sent time (offset → UTC), status and both languages', () => {
    const e = ev(kr);
    expect(eventInputSchema.safeParse(e).success).toBe(true);
    expect(e).toMatchObject({ stream: 'ndms.alerts', key: 'cap:mois.go.kr:KR.MOIS.2026.0715.000123', kind: 'alert.cap', op: 'upsert', status: 'actual', ts: Date.UTC(2026, 6, 14, 21, 10) });
    const p = alertPropsSchema.parse(e.props);
    expect(p).toMatchObject({ origin: 'cap', severity: 'severe', level: '긴급재난', disasterType: '호우경보', regionTexts: ['경상남도 김해시, 양산시'] });
    expect(p.message).toBe('[행정안전부] 오늘 06시 10분 김해시, 양산시 호우경보. 하천변 & 지하차도 출입 금지 <긴급>');
    expect(p.regions!.map((r) => r.region.code)).toEqual(['48250', '48330']);
    expect(e.props['eventCodes']).toEqual(['HRW']);
    expect(e.props['koreanProfile']).toBe(true);
    expect((e.props['texts'] as Array<{ language: string; description: string }>).map((t) => t.language)).toEqual(['ko-KR', 'en-US']);
    expect((e.props['texts'] as Array<{ description: string }>)[1]!.description).toContain('Gimhae & Yangsan');
    expect(adapters['cap-xml']).toBe(capXmlAdapter);
  });

  it('turns the "lat,lon" polygon into a GeoJSON [lon, lat] ring', () => {
    expect(ev(kr).geometry).toEqual({ type: 'Polygon', coordinates: [[[128.8, 35.2], [129, 35.2], [129, 35.35], [128.8, 35.35], [128.8, 35.2]]] });
  });

  it('reads a prefixed exercise with a circle (→ 64-gon) and province geocodes', () => {
    const e = ev(fixture('cap-kr-exercise-circle.xml'));
    expect(e.status).toBe('exercise');
    expect(e.ts).toBe(Date.UTC(2026, 6, 15, 0, 5));
    expect(e.geometry?.type).toBe('Polygon');
    const ring = (e.geometry as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring).toHaveLength(65);
    // 50 km north of 35.77°N is 35.77 + 50/111.2 ≈ 36.2197°N
    expect(ring[0]![1]).toBeCloseTo(36.2197, 3);
    const p = alertPropsSchema.parse(e.props);
    expect(p.regions!.map((r) => `${r.level}:${r.region.code}`)).toEqual(['sido:47', 'sido:31']);
    expect(p.severity).toBe('extreme');
  });

  it('an Update and a Cancel address the referenced alert; Cancel removes it', () => {
    const ref = '<references>mois.go.kr,KR.MOIS.1,2026-07-15T06:00:00+09:00</references>';
    const upd = ev(minimal(ref + infoWith('<geocode><valueName>행정구역코드</valueName><value>1111000000</value></geocode>')).replace('<msgType>Alert', '<msgType>Update'));
    expect(upd).toMatchObject({ key: 'cap:mois.go.kr:KR.MOIS.1', op: 'upsert' });
    const cancel = ev(minimal(ref).replace('<msgType>Alert', '<msgType>Cancel'));
    expect(cancel).toMatchObject({ key: 'cap:mois.go.kr:KR.MOIS.1', op: 'remove' });
  });
});

describe('cap-xml: hostile and malformed input, each a rejection with its reason', () => {
  it.each([
    ['a DOCTYPE', `<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY x "y">]>${minimal('')}`, /<!DOCTYPE refused/],
    ['billion laughs', `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>${minimal('<note>&lol2;</note>')}`, /DOCTYPE refused/],
    ['an external entity', `<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${minimal('<note>&xxe;</note>')}`, /DOCTYPE refused/],
    ['an undeclared entity', minimal('<note>&xxe;</note>'), /entity reference &xxe; refused/],
    ['a stray ENTITY', minimal('<!ENTITY a "b">'), /ENTITY refused/],
    ['a processing instruction', minimal('<?php echo 1 ?>'), /processing instruction/],
    ['an oversized document', minimal(`<note>${'a'.repeat(600 * 1024)}</note>`), /over the .* limit/],
    ['deep nesting', minimal(`${'<x>'.repeat(100)}${'</x>'.repeat(100)}`), /nesting deeper/],
    ['an attribute flood', minimal(`<note ${Array.from({ length: 20000 }, (_, i) => `a${i}="1"`).join(' ')}>x</note>`), /more than 32 attributes/],
    ['mismatched tags', minimal('<note>a</nope>'), /does not match/],
    ['not XML', '{"alert":1}', /XML refused/],
    ['truncated', kr.slice(0, 400), /XML refused/],
    ['the wrong namespace', minimal('', 'alert xmlns="urn:oasis:names:tc:emergency:cap:1.1"'), /namespace/],
    ['no identifier', minimal('').replace('<identifier>x</identifier>', ''), /lacks <identifier>/],
    ['a bad status', minimal('').replace('Actual', 'Real'), /status/],
    ['a Draft', minimal('').replace('Actual', 'Draft'), /Draft is not an alert/],
    ['sent without offset', minimal('').replace('+09:00', ''), /sent/],
    ['sent on 30 February', minimal(infoWith('<circle>37.5,127 5</circle>')).replace('2026-07-15', '2026-02-30'), /sent/],
    ['an open polygon', minimal(infoWith('<polygon>35.2,128.8 35.2,129 35.35,129 35.35,128.8</polygon>')), /not closed/],
    ['swapped lat/lon out of range', minimal(infoWith('<polygon>128.8,35.2 129,35.2 129,35.35 128.8,35.2</polygon>')), /out of range/],
    ['a bad circle', minimal(infoWith('<circle>37.5,127</circle>')), /circle/],
    ['a bad severity', minimal(infoWith('<circle>37.5,127 5</circle>')).replace('Minor', 'Big'), /severity/],
    ['no info', minimal(''), /no info/],
    ['no target area at all', minimal(infoWith('<geocode><valueName>행정구역코드</valueName><value>9999900000</value></geocode>')), /no target area.*9999900000/],
  ])('rejects %s', (_n, xml, re) => {
    expect(reason(xml)).toMatch(re);
  });

  it('rejects a non-string record', () => {
    const r = capXmlAdapter.record({ a: 1 }, ctx);
    expect('reason' in r && r.reason).toMatch(/XML text/);
  });

  it('never crashes or hangs on mutated documents', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['<', '>', '&', '&amp;', ']]>', '<!--', '"', '<!DOCTYPE x>', '<![CDATA[', '&#0;', '&#x110000;', '\u0000', 'xmlns:a="b"', '</alert>'];
    const t0 = performance.now();
    for (let n = 0; n < 400; n++) {
      let s = kr;
      for (let k = 0; k < 3; k++) {
        const at = Math.floor(rand() * s.length);
        const cut = Math.floor(rand() * 20);
        s = s.slice(0, at) + (rand() < 0.5 ? pieces[Math.floor(rand() * pieces.length)] : '') + s.slice(at + cut);
      }
      const r = adapter.payload(s, ctx);
      expect(r.events.length + r.rejects.length).toBe(1);
    }
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('parseCap keeps escaped text as characters (a script payload stays text)', () => {
    const r = parseCap(minimal(infoWith('<circle>37.5,127 5</circle>').replace('<event>e</event>', '<event>&lt;script&gt;alert(1)&lt;/script&gt;</event>')));
    expect(r.ok && r.alert.info[0]!.event).toBe('<script>alert(1)</script>');
  });
});

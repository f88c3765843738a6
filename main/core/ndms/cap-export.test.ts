import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alertPropsSchema, resolveRegionList } from '../../common/ndms/alerts.js';
import { parseCap } from '../../common/ndms/cap-parse.js';
import { createCapXmlAdapter } from '../../../hub/connectors/adapters/cap-xml.js';
import { loadRegionIndex } from '../region/index.js';
import type { AlertCancel, AlertDraft } from '../../common/ndms/draft.js';
import { cancelToCap, draftToCap, exportCap } from './cap-export.js';
import { findCapSchema } from './cap-schema.js';

const index = loadRegionIndex('geo-data/out');
const schema = findCapSchema();
const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const draft = (over: Partial<AlertDraft> = {}): AlertDraft => ({
  id: 'sitroom-draft-0001',
  sender: 'sitroom.local',
  user: 'kim.supervisor',
  sentMs: Date.UTC(2026, 6, 15, 1, 2, 3),
  status: 'exercise',
  level: '긴급재난',
  disasterType: '호우',
  eventCode: 'HRW',
  category: 'Met',
  texts: { ko: '[행정안전부] 하천변 출입 금지 <b>&</b> "대피" \u0007바랍니다', en: 'Keep away from rivers & streams.', zh: '请远离河边。' },
  regions: resolveRegionList(['경기도 전체', '서울특별시 종로구', '전라북도 전주시'], index).regions,
  ...over,
});

/** xmllint --schema over a document; returns xmllint's output (throws when invalid). */
function validate(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cap-'));
  try {
    const f = join(dir, 'a.xml');
    writeFileSync(f, xml);
    return execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema!, f], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('CAP export', () => {
  it('finds the schema outside the repository and checks its sha256', () => {
    expect(schema).not.toBeNull();
  });

  it('exports documents that validate against the CAP 1.2 schema (xmllint)', () => {
    // xmllint comes from Debian's libxml2-utils (.ci/run installs it; README lists it): missing is a failure, not a skip.
    expect(hasXmllint, 'xmllint not found: apt-get install libxml2-utils').toBe(true);
    validate(exportCap(draftToCap(draft())));
    validate(exportCap(draftToCap(draft({ texts: { ko: '단일 언어' }, polygon: [[127, 37.5], [127.1, 37.5], [127.1, 37.6], [127, 37.5]], status: 'actual', level: '위급재난' }))));
    const fixture = parseCap(readFileSync(new URL('../../../hub/connectors/fixtures/cap-kr-heavy-rain.xml', import.meta.url), 'utf8'));
    expect(fixture.ok).toBe(true);
    if (fixture.ok) validate(exportCap(fixture.alert));
    expect(() => validate(exportCap(draftToCap(draft())).replace('<scope>', '<scope>X'))).toThrow();
  });

  it('round trip: draft → export → ingest gives the same regions, texts, severity and status', () => {
    const d = draft();
    const xml = exportCap(draftToCap(d));
    expect(xml).toContain('&lt;b&gt;&amp;&lt;/b&gt; &quot;대피&quot;');
    expect(xml).not.toContain('\u0007');
    const e = createCapXmlAdapter({ resolver: index }).record(xml, { now: 0 });
    if (!('stream' in e)) throw new Error(e.reason);
    const p = alertPropsSchema.parse(e.props);
    expect(p.regions!.map((r) => `${r.level}:${r.region.code}`)).toEqual(d.regions.map((r) => `${r.level}:${r.region.code}`));
    expect(p.regions!.map((r) => r.region.code)).toEqual(['41', '11110', '52111', '52113']);
    expect(p.severity).toBe('severe');
    expect(p.level).toBe('긴급재난');
    expect(p.message).toBe('[행정안전부] 하천변 출입 금지 <b>&</b> "대피" 바랍니다');
    expect((e.props['texts'] as Array<{ language: string; description: string }>).map((t) => [t.language, t.description])).toEqual([
      ['ko-KR', p.message],
      ['en-US', 'Keep away from rivers & streams.'],
      ['zh-CN', '请远离河边。'],
    ]);
    expect(e.status).toBe('exercise');
    expect(e.ts).toBe(d.sentMs);
    expect(e.props['eventCodes']).toEqual(['HRW']);
    expect(e.props['cap']).toMatchObject({ note: 'sent by kim.supervisor' });
  });

  it('round trip of a drawn polygon keeps GeoJSON order after CAP\'s lat,lon', () => {
    const ring: Array<[number, number]> = [[127, 37.5], [127.1, 37.5], [127.1, 37.6], [127, 37.5]];
    const xml = exportCap(draftToCap(draft({ regions: [], polygon: ring })));
    expect(xml).toContain('<polygon>37.5,127 37.5,127.1 37.6,127.1 37.5,127</polygon>');
    const e = createCapXmlAdapter({ resolver: index }).record(xml, { now: 0 });
    expect('stream' in e && e.geometry).toEqual({ type: 'Polygon', coordinates: [ring] });
  });

  it('Update and Cancel: msgType, a new identifier, references "sender,identifier,sent" of the earlier messages; both valid CAP 1.2, both ingest onto the original', () => {
    expect(hasXmllint, 'xmllint not found: apt-get install libxml2-utils').toBe(true);
    const original = draft();
    const refA = { sender: original.sender, identifier: original.id, sent: '2026-07-15T10:02:03+09:00' };
    const upd = draft({ id: 'sitroom-draft-0002', sentMs: Date.UTC(2026, 6, 15, 1, 30), msgType: 'Update', supersedes: `draft:${original.id}`, references: [refA], texts: { ko: '[행정안전부] 정정: 종로구만 해당' } });
    const updXml = exportCap(draftToCap(upd));
    validate(updXml);
    const u = parseCap(updXml);
    if (!u.ok) throw new Error(u.reason);
    expect(u.alert).toMatchObject({ identifier: 'sitroom-draft-0002', msgType: 'Update', references: 'sitroom.local,sitroom-draft-0001,2026-07-15T10:02:03+09:00' });
    // The original's own document says the same sent time the reference names.
    expect(exportCap(draftToCap(original))).toContain(`<sent>${refA.sent}</sent>`);

    const refB = { sender: upd.sender, identifier: upd.id, sent: '2026-07-15T10:30:00+09:00' };
    const c: AlertCancel = { alertKey: `draft:${upd.id}`, id: 'sitroom-cancel-0003', sender: 'sitroom.local', user: 'lee.supervisor', sentMs: Date.UTC(2026, 6, 15, 2), reason: '호우 종료 <해제> & 복귀', references: [refA, refB] };
    const cancelXml = exportCap(cancelToCap(upd, c));
    validate(cancelXml);
    const x = parseCap(cancelXml);
    if (!x.ok) throw new Error(x.reason);
    expect(x.alert).toMatchObject({ identifier: 'sitroom-cancel-0003', msgType: 'Cancel', status: 'Exercise', sent: '2026-07-15T11:00:00+09:00', note: 'cancelled by lee.supervisor: 호우 종료 <해제> & 복귀' });
    expect(x.alert.references).toBe('sitroom.local,sitroom-draft-0001,2026-07-15T10:02:03+09:00 sitroom.local,sitroom-draft-0002,2026-07-15T10:30:00+09:00');
    expect(x.alert.info).toMatchObject([{ language: 'ko-KR', urgency: 'Past', description: '호우 종료 <해제> & 복귀' }]);
    // The schema types references as a plain string, so the triple format is ours to hold.
    for (const r of x.alert.references!.split(' ')) expect(r.split(',')).toHaveLength(3);

    // Ingested elsewhere: the Update replaces and the Cancel removes the alert the first reference names.
    const adapter = createCapXmlAdapter({ resolver: index });
    const [first, second, third] = [exportCap(draftToCap(original)), updXml, cancelXml].map((doc) => adapter.record(doc, { now: 0 }));
    if (!first || !('stream' in first) || !second || !('stream' in second) || !third || !('stream' in third)) throw new Error('rejected');
    expect([second.key, second.op, third.key, third.op]).toEqual([first.key, 'upsert', first.key, 'remove']);
  });

  it('parse → export → parse is stable for the Korean fixture', () => {
    const a = parseCap(readFileSync(new URL('../../../hub/connectors/fixtures/cap-kr-heavy-rain.xml', import.meta.url), 'utf8'));
    if (!a.ok) throw new Error(a.reason);
    const b = parseCap(exportCap(a.alert));
    expect(b).toEqual(a);
  });
});

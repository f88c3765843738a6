import type { LiveFeature, OpsSubmitArgs, SyncSnapshotResult } from '../../common/live-sync.js';
import { alertPropsSchema } from '../../common/ndms/alerts.js';
import type { AlertSendArgs } from '../../common/ndms/alert-ipc.js';
import { getDefaultSettings, type Settings } from '../../common/settings.js';
import type { Role } from '../../common/roles.js';
import { createCapXmlAdapter } from '../../../hub/connectors/adapters/cap-xml.js';
import { demoDamageEntries } from '../../../hub/scenario/demo/demo-ndms.js';
import { loadRegionIndex } from '../region/index.js';
import { createNdmsHandlers, lengthRule, resolvePicked, type NdmsHandlerDeps } from './ndms-handlers.js';

const index = loadRegionIndex('geo-data/out');

function feature(over: Partial<LiveFeature> & Pick<LiveFeature, 'stream' | 'key' | 'kind' | 'props'>): LiveFeature {
  return { status: 'actual', ts: 1_000, receivedAt: 1_000, seq: 1, geometry: null, ...over };
}

function rig(opts: { role?: Role | null; features?: LiveFeature[]; settings?: Settings; answer?: Awaited<ReturnType<NdmsHandlerDeps['settled']>> } = {}) {
  const submitted: OpsSubmitArgs[] = [];
  const features = opts.features ?? [];
  const snapshot = (streams: string[]): SyncSnapshotResult => ({
    serial: 0,
    exercise: true,
    streams: streams.map((s) => ({ stream: s, cursor: 0, features: features.filter((f) => f.stream === s) })),
  });
  const role = opts.role === undefined ? 'supervisor' : opts.role;
  const h = createNdmsHandlers({
    index: async () => index,
    snapshot,
    settings: () => opts.settings ?? getDefaultSettings(),
    identity: () => (role ? { name: `kim.${role}`, role } : null),
    submit: (a) => {
      submitted.push(a);
      return { id: `cmd-${submitted.length}` };
    },
    settled: async () => (opts.answer === undefined ? { state: 'done', reason: null } : opts.answer),
    now: () => Date.UTC(2026, 7, 27, 3, 0, 0),
  });
  return { h, submitted };
}

const draftArgs: AlertSendArgs = {
  level: '긴급재난',
  disasterType: '호우',
  eventCode: 'HRW',
  category: 'Met',
  texts: { ko: '[테스트] 하천 출입 금지 <script>alert(1)</script>', en: 'Keep away from rivers.' },
  regions: [{ level: 'sido', code: '41' }, { level: 'sigungu', code: '11110' }],
};

describe('ndms handlers', () => {
  it('previews regions, adults on the 2022 roll, the area and the lengths as the channel counts them', async () => {
    const { h } = rig({ settings: { ...getDefaultSettings(), layout: { 'ndms.alertLengthMode': 'euc-kr-bytes', 'ndms.alertMaxLength': 157 } } });
    const p = await h['ndms:draft-preview']({ regions: draftArgs.regions, texts: { ko: '대피 바랍니다', en: 'Evacuate' } });
    expect(p.regions.map((r) => `${r.level}:${r.code}:${r.name}`)).toEqual(['sido:41:경기도', 'sigungu:11110:종로구']);
    expect(p.adults2022).toBe(index.adults2022('41')! + 129_968);
    expect(p.geometry?.type).toBe('MultiPolygon');
    expect(p.mode).toBe('euc-kr-bytes');
    expect(p.maxLength).toBe(157);
    expect(p.lengths.ko.length).toBe(13); // 6 syllables × 2 + 1 space
    expect(p.lengths.en?.length).toBe(8);
    expect(p.lengths.zh).toBeNull();
  });

  it('previews a drawn polygon (left open by the screen) as an area-weighted estimate', async () => {
    const { h } = rig();
    const p = await h['ndms:draft-preview']({ regions: [], polygon: [[126.95, 37.55], [127.05, 37.55], [127.05, 37.6], [126.95, 37.6]], texts: { ko: 'x' } });
    expect(p.method).toBe('area-weighted');
    expect(p.adults2022).toBeGreaterThan(0);
    expect(p.regions).toEqual([]);
  });

  it('reads the length rule from the settings, defaulting to 90 characters', () => {
    expect(lengthRule(getDefaultSettings())).toEqual({ mode: 'chars', max: 90 });
    expect(lengthRule({ ...getDefaultSettings(), layout: { 'ndms.alertLengthMode': 'bogus', 'ndms.alertMaxLength': -3 } })).toEqual({ mode: 'chars', max: 90 });
  });

  it('a supervisor sends: one ops.ndms alert.send with the draft, the user and a CAP document that ingests back to the same regions and texts', async () => {
    const { h, submitted } = rig();
    const r = await h['ndms:alert-send'](draftArgs);
    if (!r.ok) throw new Error(r.reason);
    expect(r.state).toBe('sent');
    expect(submitted).toHaveLength(1);
    const cmd = submitted[0]!;
    expect([cmd.stream, cmd.kind, cmd.key]).toEqual(['ops.ndms', 'alert.send', `draft:${r.alertId}`]);
    expect(cmd.props['user']).toBe('kim.supervisor');
    expect(cmd.props['capXml']).toBe(r.capXml);
    const e = createCapXmlAdapter({ resolver: index }).record(r.capXml, { now: 0 });
    if (!('stream' in e)) throw new Error(e.reason);
    const p = alertPropsSchema.parse(e.props);
    expect(p.regions!.map((x) => x.region.code)).toEqual(['41', '11110']);
    expect(p.message).toBe(draftArgs.texts.ko);
    expect(p.severity).toBe('severe');
    // The demo hub is an exercise: the CAP document says so.
    expect(e.status).toBe('exercise');
  });

  it('refuses viewers and operators in the core, and reports a hub refusal', async () => {
    for (const role of ['viewer', 'operator'] as const) {
      const { h, submitted } = rig({ role });
      const r = await h['ndms:alert-send'](draftArgs);
      expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/supervisors only/) });
      expect(submitted).toHaveLength(0);
    }
    expect(await rig({ role: null }).h['ndms:alert-send'](draftArgs)).toMatchObject({ ok: false });
    const refused = await rig({ answer: { state: 'rejected', reason: 'not allowed: needs role supervisor' } }).h['ndms:alert-send'](draftArgs);
    expect(refused).toEqual({ ok: false, reason: 'the hub refused it: not allowed: needs role supervisor' });
    const queued = await rig({ answer: null }).h['ndms:alert-send'](draftArgs);
    expect(queued).toMatchObject({ ok: true, state: 'queued' });
  });

  it('refuses a draft over the channel limit and one with no area', async () => {
    const { h } = rig();
    expect(await h['ndms:alert-send']({ ...draftArgs, texts: { ko: '가'.repeat(91) } })).toMatchObject({ ok: false, reason: expect.stringMatching(/91 characters, over the channel's 90/) });
    expect(await h['ndms:alert-send']({ ...draftArgs, regions: [] })).toMatchObject({ ok: false, reason: expect.stringMatching(/pick at least one region/) });
    expect(await h['ndms:alert-send']({ ...draftArgs, regions: [{ level: 'sigungu', code: '99999' }] })).toMatchObject({ ok: false, reason: 'unknown region codes: 99999' });
  });

  it('lists DSSP alerts (resolved in the core) and drafted alerts with their sender, newest first, text untouched', async () => {
    const sent = await rig().h['ndms:alert-send'](draftArgs);
    if (!sent.ok) throw new Error(sent.reason);
    const cmdProps = { draft: { id: sent.alertId, sender: 'sitroom.local', user: 'kim.supervisor', sentMs: Date.UTC(2026, 7, 27, 3), status: 'exercise', level: '긴급재난', disasterType: '호우', eventCode: 'HRW', category: 'Met', texts: draftArgs.texts, regions: [] as unknown[] }, capXml: sent.capXml, user: 'lee.hub-user' };
    const { regions } = resolvePicked([{ level: 'sigungu', code: '11110' }], index);
    cmdProps.draft.regions = regions;
    const features = [
      feature({ stream: 'ndms.alerts', key: 'dssp:1', kind: 'alert.cbs', ts: Date.UTC(2026, 7, 27, 1), status: 'exercise', props: { origin: 'dssp', message: '<img src=x onerror=alert(1)>대피', level: '안전안내', severity: 'minor', disasterType: '호우', regionTexts: ['부산광역시 ', '경상남도 거제시'], regions: null, unresolved: [] } }),
      feature({ stream: 'ops.ndms', key: `draft:${sent.alertId}`, kind: 'alert.send', props: cmdProps }),
      feature({ stream: 'ops.ndms', key: 'ack:1', kind: 'report.ack', props: { reportKey: 'x' } }),
    ];
    const { h } = rig({ features });
    const { alerts } = await h['ndms:alerts']({});
    expect(alerts.map((a) => a.origin)).toEqual(['draft', 'dssp']);
    const [draft, dssp] = alerts;
    expect(draft!.sentBy).toBe('lee.hub-user');
    expect(draft!.capXml).toBe(sent.capXml);
    expect(draft!.texts.map((t) => t.language)).toEqual(['ko-KR', 'en-US']);
    expect(draft!.adults2022).toBe(129_968);
    expect(dssp!.message).toBe('<img src=x onerror=alert(1)>대피');
    expect(dssp!.regions.map((r) => r.code)).toEqual(['26', '48310']);
    expect(dssp!.adults2022).toBe(index.adults2022('26')! + index.adults2022('48310')!);
    expect(dssp!.geometry?.coordinates.length).toBeGreaterThan(0);
    // A second call reuses the cached areas and answers the same.
    expect((await h['ndms:alerts']({})).alerts).toEqual(alerts);
  });

  it('update and cancel: only for an active drafted alert, by supervisors, with a reason; the list marks the original', async () => {
    const sender = rig();
    await sender.h['ndms:alert-send'](draftArgs);
    const first = sender.submitted[0]!;
    const origFeature = feature({ stream: 'ops.ndms', key: first.key, kind: first.kind, seq: 1, receivedAt: 10, props: { ...first.props, user: 'kim.supervisor', role: 'supervisor' } });
    const withOrig = rig({ features: [origFeature] });
    const ok = await withOrig.h['ndms:alert-cancel']({ key: first.key, reason: '대상 지역 오류' });
    if (!ok.ok) throw new Error(ok.reason);
    const cmd = withOrig.submitted[0]!;
    expect([cmd.kind, cmd.key]).toEqual(['alert.cancel', first.key.replace('draft:', 'cancel:')]);
    expect(cmd.props['cancel']).toMatchObject({ alertKey: first.key, id: ok.cancelId, user: 'kim.supervisor', reason: '대상 지역 오류', references: [{ sender: 'sitroom.local', identifier: first.key.slice(6), sent: '2026-08-27T12:00:00+09:00' }] });
    expect(ok.capXml).toContain('<msgType>Cancel</msgType>');

    for (const role of ['viewer', 'operator'] as const) {
      const r = rig({ role, features: [origFeature] });
      expect(await r.h['ndms:alert-cancel']({ key: first.key, reason: 'x' })).toMatchObject({ ok: false, reason: expect.stringMatching(/supervisors only/) });
      expect(r.submitted).toHaveLength(0);
    }
    expect(await withOrig.h['ndms:alert-cancel']({ key: 'draft:sitroom-unknown-0001', reason: 'x' })).toMatchObject({ ok: false, reason: expect.stringMatching(/no alert drafted in this control room/) });
    expect(await withOrig.h['ndms:alert-cancel']({ key: first.key, reason: '   ' })).toMatchObject({ ok: false, reason: expect.stringMatching(/reason is required/) });
    expect(withOrig.submitted).toHaveLength(1);

    // Logged: the list marks it cancelled (who, why), and it can be neither cancelled nor updated again.
    const cancelFeature = feature({ stream: 'ops.ndms', key: cmd.key, kind: cmd.kind, seq: 2, receivedAt: 20, props: { ...cmd.props, user: 'lee.supervisor', role: 'supervisor' } });
    const after = rig({ features: [origFeature, cancelFeature] });
    const { alerts } = await after.h['ndms:alerts']({});
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.lifecycle).toEqual({ state: 'cancelled', by: 'lee.supervisor', at: 20, reason: '대상 지역 오류', replacedBy: null, capXml: ok.capXml });
    expect(await after.h['ndms:alert-cancel']({ key: first.key, reason: 'x' })).toMatchObject({ ok: false, reason: `alert ${first.key} is already cancelled` });
    expect(await after.h['ndms:alert-send']({ ...draftArgs, supersedes: first.key })).toMatchObject({ ok: false, reason: `alert ${first.key} is already cancelled` });

    // An update of the active alert: alert.update, msgType Update, references the original.
    const upd = await withOrig.h['ndms:alert-send']({ ...draftArgs, supersedes: first.key });
    if (!upd.ok) throw new Error(upd.reason);
    const u = withOrig.submitted[1]!;
    expect([u.kind, u.key]).toEqual(['alert.update', `draft:${upd.alertId}`]);
    expect(u.props['draft']).toMatchObject({ msgType: 'Update', supersedes: first.key, references: [{ identifier: first.key.slice(6) }] });
    expect(upd.capXml).toContain(`<references>sitroom.local,${first.key.slice(6)},2026-08-27T12:00:00+09:00</references>`);
  });

  it('sums damage per sigungu with the recovery status, demo regions marked', async () => {
    const features = [
      feature({ stream: 'ndms.damage', key: 'd1', kind: 'damage', status: 'exercise', props: { category: 'flooding', description: 'x', amountKrw: 5e8, sigunguCode: '48310', recovery: 'in-progress', demo: true } }),
      feature({ stream: 'ndms.damage', key: 'd2', kind: 'damage', status: 'exercise', props: { category: 'road', description: 'y', amountKrw: 1e8, sigunguCode: '4831000000', recovery: 'done', demo: true } }),
      feature({ stream: 'ndms.damage', key: 'd3', kind: 'damage', props: { category: 'road', description: 'z', amountKrw: 2e8, sigunguCode: null, recovery: 'done', demo: false }, geometry: { type: 'Point', coordinates: [128.975, 35.1] } }),
    ];
    const { regions, unplaced } = await rig({ features }).h['ndms:damage-summary']({});
    expect(unplaced).toBe(0);
    expect(regions.map((r) => [r.sigunguCode, r.amountKrw, r.count, r.recovery, r.demo])).toEqual([
      ['48310', 6e8, 2, 'in-progress', true],
      ['26380', 2e8, 1, 'done', false],
    ]);
  });

  it("sums the demo day's damage over real regions: every report placed, recovery by region at the end of the day", async () => {
    const latest = new Map<string, LiveFeature>();
    for (const e of demoDamageEntries().sort((a, b) => a.at - b.at)) {
      if (!('event' in e)) continue;
      const ev = e.event as { key: string; props: Record<string, unknown>; geometry: LiveFeature['geometry'] };
      latest.set(ev.key, feature({ stream: 'ndms.damage', key: ev.key, kind: 'damage', status: 'exercise', props: ev.props, geometry: ev.geometry }));
    }
    const { regions, unplaced } = await rig({ features: [...latest.values()] }).h['ndms:damage-summary']({});
    expect(unplaced).toBe(0);
    expect(Object.fromEntries(regions.map((r) => [r.sigunguCode, r.recovery]))).toEqual({ '48310': 'in-progress', '48220': 'in-progress', '26380': 'done', '26350': 'in-progress', '47730': 'done', '47130': 'done' });
    expect(regions.every((r) => r.demo)).toBe(true);
    // Each point lies inside the sigungu its code names.
    for (const f of latest.values()) {
      const [lon, lat] = (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
      expect(index.at(lon, lat)?.sigungu.code, f.key).toBe(f.props['sigunguCode']);
    }
  });
});

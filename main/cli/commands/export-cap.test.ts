import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventEnvelope } from '../../common/events.js';
import type { LiveFeature, OpsSubmitArgs } from '../../common/live-sync.js';
import { alertPropsSchema } from '../../common/ndms/alerts.js';
import { getDefaultSettings } from '../../common/settings.js';
import { createCapXmlAdapter } from '../../../hub/connectors/adapters/cap-xml.js';
import { findCapSchema } from '../../core/ndms/cap-schema.js';
import { createNdmsHandlers } from '../../core/ndms/ndms-handlers.js';
import { loadRegionIndex } from '../../core/region/index.js';
import { EventStore } from '../../core/store/event-store.js';
import { run } from './export-cap.js';

const index = loadRegionIndex('geo-data/out');

async function exportCap(...args: string[]) {
  let out = '';
  const err: string[] = [];
  const code = await run(args, (t) => (out += t), (l) => err.push(l));
  return { code, out, err };
}

/** A supervisor's draft as the app sends it (the real handler), logged as the hub logs it into a synced store. */
async function syncedDraft(dataDir: string): Promise<{ alertId: string; sent: string }> {
  let cmd: OpsSubmitArgs | null = null;
  const h = createNdmsHandlers({
    index: async () => index,
    snapshot: () => ({ serial: 0, exercise: false, streams: [] }),
    settings: getDefaultSettings,
    identity: () => ({ name: 'park.supervisor', role: 'supervisor' }),
    submit: (a) => {
      cmd = a;
      return { id: 'cmd-1' };
    },
    settled: async () => ({ state: 'done', reason: null }),
  });
  const r = await h['ndms:alert-send']({
    level: '위급재난',
    disasterType: '지진',
    eventCode: 'EQW',
    category: 'Geo',
    texts: { ko: '[기상청] 경주 규모5.8 지진 발생 <script>x</script> & 여진 주의', en: 'M5.8 earthquake near Gyeongju. Beware of aftershocks.', zh: '庆州发生5.8级地震。' },
    regions: [{ level: 'sigungu', code: '47130' }, { level: 'sido', code: '31' }],
  });
  if (!r.ok || !cmd) throw new Error(r.ok ? 'nothing submitted' : r.reason);
  const c: OpsSubmitArgs = cmd;
  mkdirSync(dataDir, { recursive: true });
  const store = EventStore.open(join(dataDir, 'store.sqlite'));
  const ev: EventEnvelope = { stream: c.stream, seq: 1, id: 'cmd-1', key: c.key, kind: c.kind, op: 'upsert', ts: 1, receivedAt: 2, status: 'actual', geometry: null, props: { ...c.props, user: 'park.supervisor', role: 'supervisor', commandId: 'cmd-1' }, source: 'user:park.supervisor' };
  store.applyBatch([ev]);
  store.db.close();
  return { alertId: r.alertId, sent: r.capXml };
}

describe('sitroom export-cap', () => {
  it('draft → sync → export prints the CAP document, valid against the CAP 1.2 schema, that ingests back to the same regions, texts and severity', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-cap-'));
    try {
      const data = join(dir, 'data');
      const { alertId, sent } = await syncedDraft(data);
      const r = await exportCap(alertId, '--data', data);
      expect(r).toMatchObject({ code: 0, err: [] });
      expect(r.out).toBe(sent);
      expect((await exportCap(`draft:${alertId}`, '--data', data)).out).toBe(sent);

      // xmllint comes from libxml2-utils (the README lists it): a missing one fails here, never skips.
      const f = join(dir, 'alert.xml');
      writeFileSync(f, r.out);
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', findCapSchema()!, f], { stdio: ['ignore', 'pipe', 'pipe'] });

      const e = createCapXmlAdapter({ resolver: index }).record(r.out, { now: 0 });
      if (!('stream' in e)) throw new Error(e.reason);
      const p = alertPropsSchema.parse(e.props);
      expect(p.regions!.map((x) => `${x.level}:${x.region.code}`)).toEqual(['sigungu:47130', 'sido:31']);
      expect(p.severity).toBe('extreme');
      expect(p.level).toBe('위급재난');
      expect(p.message).toBe('[기상청] 경주 규모5.8 지진 발생 <script>x</script> & 여진 주의');
      expect((e.props['texts'] as Array<{ language: string; description: string }>).map((t) => t.language)).toEqual(['ko-KR', 'en-US', 'zh-CN']);
      expect(e.status).toBe('actual');
      expect(e.props['cap']).toMatchObject({ note: 'sent by park.supervisor', identifier: alertId });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exports the Update and the Cancel of a drafted alert (by their ids), each valid CAP 1.2 naming what it refers to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-cap-'));
    try {
      const data = join(dir, 'data');
      const { alertId } = await syncedDraft(data);
      const store = EventStore.open(join(data, 'store.sqlite'));
      let seq = 1;
      // The app's handlers over this store (what the core does), each command logged as the hub logs it.
      const h = createNdmsHandlers({
        index: async () => index,
        snapshot: (streams) => ({ serial: 0, exercise: false, streams: streams.map((st) => ({ stream: st, cursor: 0, features: store.currentState(st) as LiveFeature[] })) }),
        settings: getDefaultSettings,
        identity: () => ({ name: 'park.supervisor', role: 'supervisor' }),
        submit: (c) => {
          seq += 1;
          const ev: EventEnvelope = { stream: c.stream, seq, id: `cmd-${seq}`, key: c.key, kind: c.kind, op: 'upsert', ts: seq, receivedAt: seq, status: 'actual', geometry: null, props: { ...c.props, user: 'park.supervisor', role: 'supervisor', commandId: `cmd-${seq}` }, source: 'user:park.supervisor' };
          store.applyBatch([ev]);
          return { id: `cmd-${seq}` };
        },
        settled: async () => ({ state: 'done', reason: null }),
      });
      const upd = await h['ndms:alert-send']({ level: '긴급재난', disasterType: '지진', eventCode: 'EQW', category: 'Geo', texts: { ko: '[기상청] 정정: 울산 제외' }, regions: [{ level: 'sigungu', code: '47130' }], supersedes: `draft:${alertId}` });
      if (!upd.ok) throw new Error(upd.reason);
      const cancel = await h['ndms:alert-cancel']({ key: `draft:${upd.alertId}`, reason: '오발령' });
      if (!cancel.ok) throw new Error(cancel.reason);
      store.db.close();

      const u = await exportCap(upd.alertId, '--data', data);
      const c = await exportCap(cancel.cancelId, '--data', data);
      expect([u.code, c.code]).toEqual([0, 0]);
      expect(u.out).toBe(upd.capXml);
      expect(c.out).toBe(cancel.capXml);
      expect((await exportCap(`cancel:${upd.alertId}`, '--data', data)).out).toBe(cancel.capXml);
      for (const [name, xml] of [['update.xml', u.out], ['cancel.xml', c.out]] as const) {
        const f = join(dir, name);
        writeFileSync(f, xml);
        execFileSync('xmllint', ['--noout', '--nonet', '--schema', findCapSchema()!, f], { stdio: ['ignore', 'pipe', 'pipe'] });
      }
      const triple = (id: string) => new RegExp(`sitroom\\.local,${id},\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00`);
      expect(u.out).toContain('<msgType>Update</msgType>');
      expect(u.out).toMatch(new RegExp(`<references>${triple(alertId).source}</references>`));
      expect(c.out).toContain('<msgType>Cancel</msgType>');
      expect(c.out).toMatch(new RegExp(`<references>${triple(alertId).source} ${triple(upd.alertId).source}</references>`));
      expect(c.out).toContain(`<identifier>${cancel.cancelId}</identifier>`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exit 3 for an unknown alert, 2 without a store, 1 for bad arguments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-cap-'));
    try {
      const data = join(dir, 'data');
      await syncedDraft(data);
      expect((await exportCap('sitroom-nope-0000', '--data', data)).code).toBe(3);
      expect((await exportCap('sitroom-nope-0000', '--data', join(dir, 'empty'))).code).toBe(2);
      expect((await exportCap('--data', data)).code).toBe(1);
      expect((await exportCap('x', 'y', '--data', data)).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Escalation of unacknowledged critical situation reports, through two assembled cores (createCore,
 * as the shells use it, each with its own data folder and hub user) and a real standalone hub process.
 * Both workstations raise the escalation while the hub is down, so both outboxes hold it; the hub logs
 * it once (the command id is derived from the report and its opening). Then an acknowledgement on one
 * workstation reaches the other with the user the hub stamped and the note, and the audit trail
 * lists received → escalated → acknowledged.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ackCommand } from '../main/common/ndms/reports.js';
import { defaultAppDirs } from '../main/core/app-paths.js';
import { createCore, type Core } from '../main/core/create-core.js';
import { escalationId } from '../main/core/ndms/report-escalator.js';
import { waitFor } from '../main/core/sync/testing/wait-for.js';
import { ingest, spawnCli, startHub, type CliProcess } from './helpers/processes.js';

const TOKEN = 'ndms-escalation-supervisor-token';
const KEY = 'report:escalation-typhoon';
const MIN = 60_000;

let dir: string;
let hub: (CliProcess & { port: number; url: string }) | null = null;
const cores: Core[] = [];

async function addUser(name: string, role: string): Promise<string> {
  const p = spawnCli(['user', 'add', name, '--role', role, '--data', join(dir, 'hub'), '--json']);
  const line = await p.waitLine((l) => typeof l['token'] === 'string', 60_000);
  await p.exited;
  return String(line['token']);
}

function outboxIds(data: string): Array<{ id: string; state: string }> {
  const db = new Database(join(data, 'store.sqlite'), { readonly: true });
  try {
    return db.prepare("SELECT id, state FROM outbox WHERE id LIKE 'esc-%' ORDER BY id").all() as Array<{ id: string; state: string }>;
  } finally {
    db.close();
  }
}

function hubEscalations(): string[] {
  const db = new Database(join(dir, 'hub', 'hub.db'), { readonly: true });
  try {
    return db.prepare("SELECT id FROM events WHERE stream = 'ops.ndms' AND kind = 'report.escalate'").pluck().all() as string[];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-ndms-escalation-'));
}, 10_000);

afterAll(async () => {
  for (const c of cores) await c.close();
  await hub?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('situation-report escalation across workstations (two cores, one hub process)', () => {
  it('escalates once although both workstations raise it, and spreads the acknowledgement', async () => {
    hub = await startHub(join(dir, 'hub'), TOKEN);
    const users = [
      { name: 'kim', role: 'supervisor', token: await addUser('kim', 'supervisor') },
      { name: 'lee', role: 'operator', token: await addUser('lee', 'operator') },
    ];
    // Opened three minutes ago: not due under the default five minutes, due under one.
    const openedTs = Date.now() - 3 * MIN;
    await ingest(hub.url, TOKEN, [
      { stream: 'ndms.reports', id: 'esc-typhoon@1', key: KEY, kind: 'report.typhoon', op: 'upsert', ts: openedTs, status: 'test', geometry: { type: 'Point', coordinates: [128.6, 34.9] }, props: { severity: 'extreme', level: '태풍경보 (시험)' }, source: 'test:escalation' },
      { stream: 'ndms.reports', id: 'esc-minor@1', key: 'report:minor', kind: 'report.heavy-snow', op: 'upsert', ts: openedTs, status: 'test', geometry: null, props: { severity: 'minor' }, source: 'test:escalation' },
    ]);
    for (const u of users) {
      cores.push(
        await createCore({
          dataDir: join(dir, `data-${u.name}`),
          geoDataDir: defaultAppDirs().geoDataDir,
          shell: 'browser-host',
          live: { hub: { mode: 'remote', url: hub.url, token: u.token }, tuning: { reconnectMinMs: 50, reconnectMaxMs: 300, ackTimeoutMs: 2000, checkIntervalMs: 200 }, log: () => {} },
        }),
      );
    }
    const [kim, lee] = cores as [Core, Core];
    for (const c of cores) {
      await waitFor(async () => (await c.handlers['feeds:status']({})).user !== null, 'the hub to say who we are', 30_000, 50);
      await waitFor(async () => (await c.handlers['ndms:reports']({})).items.length === 2, 'both reports', 30_000, 50);
    }
    // Five-minute default: nothing due, nothing escalated yet.
    const before = await kim.handlers['ndms:reports']({});
    expect(before.escalateAfterMs).toBe(5 * MIN);
    expect(before.items.find((i) => i.key === KEY)).toMatchObject({ state: 'new', escalated: null, openedTs });

    // The hub goes down; both workstations shorten the delay and raise the escalation into their outboxes.
    const { port } = hub;
    await hub.kill('SIGKILL');
    for (const c of cores) await c.handlers['settings:update']({ ndmsEscalateAfterMin: 1 });
    const id = escalationId(KEY, openedTs);
    expect((await kim.handlers['ndms:reports']({})).escalateAfterMs).toBe(MIN);
    for (const u of users) await waitFor(() => outboxIds(join(dir, `data-${u.name}`)).length === 1, `${u.name}'s escalation in the outbox`, 20_000, 100);
    for (const u of users) expect(outboxIds(join(dir, `data-${u.name}`))).toEqual([{ id, state: 'pending' }]);

    hub = await startHub(join(dir, 'hub'), TOKEN, port);
    for (const u of users) await waitFor(() => outboxIds(join(dir, `data-${u.name}`))[0]?.state === 'done', `${u.name}'s escalation delivered`, 30_000, 100);
    expect(hubEscalations()).toEqual([id]);
    for (const c of cores) {
      await waitFor(async () => (await c.handlers['ndms:reports']({})).items.find((i) => i.key === KEY)?.escalated !== null, 'the escalation back from the hub', 20_000, 50);
      const item = (await c.handlers['ndms:reports']({})).items.find((i) => i.key === KEY);
      expect(item?.escalated?.to).toEqual(['supervisor']);
      expect((await c.handlers['ndms:reports']({})).items.find((i) => i.key === 'report:minor')?.escalated).toBeNull();
    }

    // kim acknowledges with a note; lee's workstation shows kim (as the hub stamped it) and the note.
    await kim.handlers['ops:submit'](ackCommand(KEY, 'claimed-name', '대피 권고 발령 <b>확인</b>'));
    await waitFor(async () => (await lee.handlers['ndms:reports']({})).items.find((i) => i.key === KEY)?.state === 'acknowledged', 'the ack on lee', 20_000, 50);
    const acked = (await lee.handlers['ndms:reports']({})).items.find((i) => i.key === KEY);
    expect(acked?.ack).toMatchObject({ user: 'kim', note: '대피 권고 발령 <b>확인</b>' });
    const trail = await lee.handlers['ndms:report-audit']({ key: KEY });
    expect(trail.map((e) => [e.kind, e.user, e.refused])).toEqual([
      ['report.typhoon', null, null],
      ['report.escalate', expect.stringMatching(/^(kim|lee)$/), null],
      ['report.ack', 'kim', null],
    ]);
    expect(trail[2]).toMatchObject({ role: 'supervisor', note: '대피 권고 발령 <b>확인</b>', status: 'actual' });
  }, 180_000);
});

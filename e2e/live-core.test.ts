/**
 * Live sync through the assembled core (createCore, as the shells use it) against real hubs: the
 * embedded demo hub on a fresh data folder, then a standalone `sitroom hub` process reached through
 * hub:connect, which stops the demo; the outbox across a hub outage; the token kept from the renderer.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InvokeChannel, InvokeResult } from '../main/common/ipc-contract.js';
import type { FeedsStatus, SyncDiffEvent } from '../main/common/live-sync.js';
import { MASKED_TOKEN, type Settings } from '../main/common/settings.js';
import { defaultAppDirs } from '../main/core/app-paths.js';
import { bindInvoke } from '../main/core/bind-invoke.js';
import { createCore, type Core } from '../main/core/create-core.js';
import { exercisePaths } from '../main/core/live/store-files.js';
import { waitFor } from '../main/core/sync/testing/wait-for.js';
import { ingest, startHub, type CliProcess } from './helpers/processes.js';

const TOKEN = 'live-core-supervisor-token';
let dir: string;
let core: Core;
let hub: (CliProcess & { port: number; url: string }) | null = null;
const feeds: FeedsStatus[] = [];
const diffs: SyncDiffEvent[] = [];
const settingsSeen: Settings[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-live-core-'));
  core = await createCore({
    dataDir: join(dir, 'data'),
    geoDataDir: defaultAppDirs().geoDataDir,
    shell: 'browser-host',
    // The demo day at 3600×: the forest fire (3 h into the day) starts after about 3 s.
    live: { demoSpeed: 3600, tuning: { reconnectMinMs: 50, reconnectMaxMs: 300, ackTimeoutMs: 2000, checkIntervalMs: 200 }, log: () => {} },
  });
  core.on('feeds:changed', (s) => feeds.push(s));
  core.on('sync:diff', (d) => diffs.push(d));
  core.on('settings:changed', (s) => settingsSeen.push(s));
});

afterAll(async () => {
  await core?.close();
  await hub?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const status = (): Promise<FeedsStatus> => core.handlers['feeds:status']({});
/** An invoke as a shell makes it: channel checked, arguments validated by the contract's schema. */
const call = <K extends InvokeChannel>(channel: K, args: unknown): Promise<InvokeResult<K>> => bindInvoke(core.handlers, channel, args) as Promise<InvokeResult<K>>;

function demoHubHead(): number {
  const db = new Database(join(exercisePaths(join(dir, 'data')).hubDir, 'hub.db'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) FROM events').pluck().get() as number) ?? 0;
  } finally {
    db.close();
  }
}

function hubOpsIds(): string[] {
  const db = new Database(join(dir, 'hub', 'hub.db'), { readonly: true });
  try {
    return db.prepare("SELECT id FROM events WHERE stream = 'ops.notes' ORDER BY seq").pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('live sync in the core', () => {
  it('syncs the embedded demo hub into the store on a fresh data folder, all marked exercise', async () => {
    expect((await core.handlers['settings:get']({})).hub).toEqual({ mode: 'demo' });
    let fires: { status: string; key: string }[] = [];
    await waitFor(async () => {
      const snap = await call('sync:snapshot', { streams: ['forest.fires'] });
      fires = snap.streams[0]?.features ?? [];
      return fires.length > 0;
    }, 'forest.fires features from the demo hub', 30_000, 100);
    expect(fires.every((f) => f.status === 'exercise')).toBe(true);
    expect(fires.map((f) => f.key)).toContain('kfs-fire:DEMO-2611');

    const s = await status();
    expect(s).toMatchObject({ exercise: true, hub: { mode: 'demo', url: null, state: 'live' } });
    expect(s.demo?.speed).toBe(3600);
    expect(s.streams.find((f) => f.stream === 'forest.fires')).toMatchObject({ state: 'live', reason: 'ok' });
    const snapAll = await core.handlers['sync:snapshot']({});
    expect(snapAll.exercise).toBe(true);
    expect(snapAll.streams.every((st) => st.features.every((f) => f.status === 'exercise'))).toBe(true);
    // Diffs went out (coalesced) and after the snapshot's serial there is more to come.
    await waitFor(() => diffs.some((d) => d.serial > snapAll.serial && d.diffs.length > 0), 'a diff after the snapshot', 10_000);
    expect(feeds.some((f) => f.exercise && f.hub.state === 'live')).toBe(true);
    // The demo hub's log grows while it plays (so the "stopped" check below means something).
    const head = demoHubHead();
    await waitFor(() => demoHubHead() > head, 'the demo hub to log more', 10_000, 100);
  }, 45_000);

  it('switches to a standalone hub with hub:connect: no exercise, demo hub stopped, token masked', async () => {
    hub = await startHub(join(dir, 'hub'), TOKEN);
    await ingest(hub.url, TOKEN, [
      { stream: 'forest.fires', id: 'real-1', key: 'fire:real-1', kind: 'fire', op: 'upsert', ts: Date.now() - 60_000, status: 'actual', geometry: { type: 'Point', coordinates: [128.7, 36.4] }, props: { areaHa: 3 }, source: 'test' },
    ]);
    const resets = diffs.filter((d) => d.reset).length;
    const after = await call('hub:connect', { mode: 'remote', url: hub.url, token: TOKEN });
    expect(after).toMatchObject({ exercise: false, hub: { mode: 'remote', url: hub.url }, demo: null });
    expect(diffs.filter((d) => d.reset).length).toBeGreaterThan(resets);

    await waitFor(async () => (await status()).hub.state === 'live', 'live on the standalone hub', 20_000, 50);
    await waitFor(async () => ((await core.handlers['sync:snapshot']({ streams: ['forest.fires'] })).streams[0]?.features.length ?? 0) > 0, 'the real fire', 10_000, 50);
    const snap = await core.handlers['sync:snapshot']({ streams: ['forest.fires'] });
    expect(snap.exercise).toBe(false);
    expect(snap.streams[0]?.features.map((f) => [f.key, f.status])).toEqual([['fire:real-1', 'actual']]);
    expect((await status()).exercise).toBe(false);

    // The embedded hub is closed: its log (fed at 3600× while it ran) no longer grows.
    const head = demoHubHead();
    await new Promise((r) => setTimeout(r, 1500));
    expect(demoHubHead()).toBe(head);

    // Persisted in full for the next start, masked for the renderer.
    const file = JSON.parse(readFileSync(join(dir, 'data', 'settings.json'), 'utf8')) as Settings;
    expect(file.hub).toEqual({ mode: 'remote', url: hub.url, token: TOKEN });
    expect((await core.handlers['settings:get']({})).hub).toEqual({ mode: 'remote', url: hub.url, token: MASKED_TOKEN });
    expect(JSON.stringify(settingsSeen)).not.toContain(TOKEN);
    expect(JSON.stringify(feeds)).not.toContain(TOKEN);
  }, 60_000);

  it('reports a hub outage at once and delivers commands issued during it exactly once', async () => {
    if (!hub) throw new Error('no hub');
    const { port } = hub;
    const seen = feeds.length;
    await hub.kill('SIGKILL');
    await waitFor(() => feeds.slice(seen).some((f) => f.hub.state === 'offline' && f.streams.find((s) => s.stream === 'forest.fires')?.state === 'down'), 'feeds:changed with forest.fires down', 5_000);

    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await call('ops:submit', { stream: 'ops.notes', kind: 'note', key: `note-${n}`, props: { text: `order ${n}` } })).id);
    expect((await status()).outboxPending).toBe(3);

    hub = await startHub(join(dir, 'hub'), TOKEN, port);
    await waitFor(async () => (await status()).outboxPending === 0, 'the outbox to drain', 20_000, 50);
    await waitFor(async () => ((await core.handlers['sync:snapshot']({ streams: ['ops.notes'] })).streams[0]?.features.length ?? 0) === 3, 'the notes back from the hub', 10_000, 50);
    expect(hubOpsIds()).toEqual(ids);
    const notes = (await core.handlers['sync:snapshot']({ streams: ['ops.notes'] })).streams[0]?.features ?? [];
    expect(notes.map((f) => [f.key, f.status, f.props['commandId']])).toEqual(ids.map((id, i) => [`note-${i + 1}`, 'actual', id]));
  }, 60_000);
});

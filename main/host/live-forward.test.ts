// The browser host forwards every event channel of the contract — the live sync ones included — to a
// WebSocket client that connected with the host's origin and secret, from a real core syncing the
// embedded demo hub.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { eventChannels } from '../common/ipc-contract.js';
import type { FeedsStatus, SyncDiffEvent } from '../common/live-sync.js';
import type { WsServerMessage } from '../common/ws-protocol.js';
import { defaultAppDirs } from '../core/app-paths.js';
import { createCore, type Core } from '../core/create-core.js';
import { waitFor } from '../core/sync/testing/wait-for.js';
import { startBrowserHost, type BrowserHost } from './browser-host.js';

let tmp: string;
let core: Core;
let host: BrowserHost;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'sitroom-live-host-'));
  const renderer = join(tmp, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>t</title>');
  const { geoDataDir } = defaultAppDirs();
  core = await createCore({ dataDir: join(tmp, 'data'), geoDataDir, shell: 'browser-host', live: { demoSpeed: 3600, log: () => {} } });
  host = await startBrowserHost({ core, roots: { renderer, geo: geoDataDir } });
});

afterAll(async () => {
  await host.close();
  await core.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('browser host and live sync', () => {
  it('forwards sync:diff, feeds:changed and settings:changed over the WebSocket', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ipc?secret=${host.secret}`, { origin: host.origin });
    const events: Extract<WsServerMessage, { t: 'event' }>[] = [];
    ws.on('message', (data: WebSocket.RawData) => {
      const msg = JSON.parse(data.toString()) as WsServerMessage;
      if (msg.t === 'event') events.push(msg);
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.send(JSON.stringify({ t: 'invoke', id: 1, channel: 'settings:update', args: { theme: 'light' } }));

    await waitFor(() => new Set(events.map((e) => e.channel)).size === eventChannels.length, `every event channel (${eventChannels.join(', ')})`, 30_000, 50);
    await waitFor(() => events.some((e) => e.channel === 'sync:diff' && (e.payload as SyncDiffEvent).diffs.length > 0), 'a sync:diff with changes', 20_000, 50);
    const diff = events.find((e) => e.channel === 'sync:diff' && (e.payload as SyncDiffEvent).diffs.length > 0)?.payload as SyncDiffEvent;
    expect(diff.diffs.flatMap((d) => d.upserts).every((f) => f.status === 'exercise')).toBe(true);
    const feeds = events.filter((e) => e.channel === 'feeds:changed').map((e) => e.payload as FeedsStatus);
    expect(feeds.every((f) => f.exercise)).toBe(true);
    ws.close();
  }, 40_000);
});

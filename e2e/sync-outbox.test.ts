/**
 * The outbox against the real hub process: commands issued while the hub is down, across a client
 * restart, arrive exactly once after the hub returns; a command re-sent after the hub already logged
 * it (the ack was lost in a crash) is acked as a duplicate and not logged again.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore } from '../main/core/store/event-store.js';
import { SyncClient } from '../main/core/sync/sync-client.js';
import { startHub, type CliProcess } from './helpers/processes.js';

const TOKEN = 'outbox-test-supervisor-token';
let dir: string;
let hub: (CliProcess & { port: number; url: string }) | null = null;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-outbox-'));
});
afterAll(async () => {
  await hub?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

function openClient(url: string): { client: SyncClient; store: EventStore } {
  const store = EventStore.open(join(dir, 'client', 'store.sqlite'));
  const client = new SyncClient({ hubUrl: url, token: TOKEN, store, clientId: 'outbox-e2e', reconnectMinMs: 50, reconnectMaxMs: 300, ackTimeoutMs: 2000, checkIntervalMs: 100 });
  client.start();
  return { client, store };
}

function hubOpsIds(): string[] {
  const db = new Database(join(dir, 'hub', 'hub.db'), { readonly: true });
  try {
    return db.prepare("SELECT id FROM events WHERE stream LIKE 'ops.%' ORDER BY seq").pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('outbox with the real hub', () => {
  it('delivers commands issued while the hub is down exactly once, across a client restart', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'client'), { recursive: true });
    hub = await startHub(join(dir, 'hub'), TOKEN);
    const { port, url } = hub;
    await hub.kill('SIGKILL');

    // Hub down: five commands are stored, none can be sent.
    let c = openClient(url);
    const ids = [1, 2, 3, 4, 5].map((i) => c.client.outbox.submit({ stream: 'ops.notes', kind: 'note', key: `note-${i}`, props: { text: `order ${i}` } }).id);
    await new Promise((r) => setTimeout(r, 300));
    expect(c.client.outbox.store.pending().map((e) => e.id)).toEqual(ids);
    await c.client.close();
    c.store.close();

    // The client restarts, then the hub comes back on the same folder and port.
    c = openClient(url);
    hub = await startHub(join(dir, 'hub'), TOKEN, port);
    const settled = await Promise.all(ids.map((id) => c.client.outbox.settled(id)));
    expect(settled.map((e) => e.state)).toEqual(['done', 'done', 'done', 'done', 'done']);
    await c.client.waitForCursors({ 'ops.notes': 5 });
    expect(hubOpsIds()).toEqual(ids);
    expect(c.store.streamStats()['ops.notes']).toEqual({ lastSeq: 5, count: 5 });

    // A crash between the hub's durable append and our "done": the row is pending again on restart.
    await c.client.close();
    c.store.db.prepare("UPDATE outbox SET state = 'pending', ack_seq = NULL WHERE id = ?").run(ids[2]);
    c.store.close();
    c = openClient(url);
    const again = await c.client.outbox.settled(ids[2]!);
    expect(again).toMatchObject({ state: 'done', ackSeq: 3 });
    expect(hubOpsIds()).toEqual(ids);
    await c.client.close();
    c.store.close();
  }, 120_000);
});

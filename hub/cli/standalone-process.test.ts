// Real processes: `node --import tsx hub/main.ts` (the same code as `sitroom hub`).
import { join } from 'node:path';
import type { OpsAck } from '../../main/common/sync-protocol.js';
import { EventLog } from '../log/event-log.js';
import { openHubDb } from '../log/open-db.js';
import { allEvents, connectClient, input, postIngest, spawnHub, tempDir, waitFor, type HubProcess } from '../test-support/helpers.js';
import { testSigner } from '../test-support/signing.js';

const TOKEN = 'standalone-test-token';

describe('standalone hub process', () => {
  let t: ReturnType<typeof tempDir>;
  const running: HubProcess[] = [];
  beforeEach(() => (t = tempDir()));
  afterEach(async () => {
    for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    t.cleanup();
  });
  const start = async (extra: string[] = [], stdin = false) => {
    const p = await spawnHub(['--data', t.dir, '--port', '0', '--token', TOKEN, ...extra], { stdin });
    running.push(p);
    return p;
  };

  it('prints the listening line, ingests via the admin hook, and carries on gapless after a restart', async () => {
    const a = await start();
    expect(a.lines[0]).toMatchObject({ event: 'listening', url: `http://127.0.0.1:${a.port}`, port: a.port });
    const first = await postIngest(a.url, TOKEN, Array.from({ length: 100 }, (_, i) => input(i)));
    expect(first).toMatchObject({ status: 200, body: { appended: 100, duplicates: 0, heads: { 'test.things': 100 } } });
    const dup = await postIngest(a.url, TOKEN, [input(5), input(6)]);
    expect(dup.body).toMatchObject({ appended: 0, duplicates: 2 });
    expect((await postIngest(a.url, 'wrong-token-xyz', [input(1000)])).status).toBe(401);
    a.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);

    const b = await start();
    expect(b.lines[0]).toMatchObject({ event: 'listening', heads: { 'test.things': 100 } });
    const second = await postIngest(b.url, TOKEN, Array.from({ length: 50 }, (_, i) => input(200 + i)));
    expect(second.body.heads).toEqual({ 'test.things': 150 });
    const c = connectClient(b.url, { token: TOKEN });
    await waitFor(() => c.got.caughtUp.length === 1);
    expect(allEvents(c.got).map((e) => e.seq)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    c.socket.close();
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);
  });

  it('acks a command only after it is durable: SIGKILL right after the ack loses nothing', async () => {
    const a = await start();
    const c = connectClient(a.url, { token: TOKEN });
    await waitFor(() => c.got.caughtUp.length === 1);
    const signer = testSigner();
    await signer.register(c.socket);
    const acked: OpsAck[] = [];
    for (let i = 0; i < 5; i++) {
      const ack = (await c.socket.emitWithAck('ops:command', signer.sign({ id: `durable-cmd-${i}`, stream: 'ops.notes', kind: 'note', key: `n${i}`, props: { i }, issuedAt: 1 }))) as OpsAck;
      acked.push(ack);
      if (i === 4) a.child.kill('SIGKILL');
    }
    await a.exited;
    c.socket.close();
    expect(acked.every((x) => x.ok)).toBe(true);
    const log = new EventLog(openHubDb(join(t.dir, 'hub.db')));
    const r = log.after('ops.notes', 0, 100);
    expect(r.kind === 'events' && r.events.map((e) => e.id)).toEqual(acked.map((x) => x.id));
    expect(log.db.pragma('integrity_check', { simple: true })).toBe('ok');
    log.db.close();
  });

  it('appends NDJSON from stdin with --ingest-stdin', async () => {
    const a = await start(['--ingest-stdin'], true);
    a.child.stdin!.write(Array.from({ length: 20 }, (_, i) => JSON.stringify(input(i))).join('\n') + '\nnot json\n');
    await waitFor(() => a.lines.some((l) => (l as { event?: string }).event === 'ingested'));
    expect(a.lines.find((l) => (l as { event?: string }).event === 'ingested')).toMatchObject({ appended: 20, duplicates: 0 });
    expect(a.lines.some((l) => (l as { event?: string }).event === 'ingest-bad-line')).toBe(true);
    const health = (await (await fetch(`${a.url}/health`)).json()) as { heads: Record<string, number> };
    expect(health.heads).toEqual({ 'test.things': 20 });
    a.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
  });
});

describe('standalone hub with --sources', () => {
  it('polls a configured upstream through its adapter, logging events and quarantining rejects', async () => {
    const { startFakeUpstream } = await import('../test-support/fake-upstream.js');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const t = tempDir();
    const up = await startFakeUpstream([{ body: readFileSync(new URL('../connectors/fixtures/dssp-alerts-page1.json', import.meta.url), 'utf8') }]);
    process.env['SITROOM_TEST_DSSP_KEY'] = 'k/with space';
    const file = join(t.dir, 'sources.json');
    writeFileSync(file, JSON.stringify({ sources: [{ id: 'dssp-alerts', adapter: 'dssp-alerts', url: `${up.url}/V2/api/DSSP-IF-00247?serviceKey={apiKey}&numOfRows=100`, intervalMs: 60_000, apiKeyEnv: 'SITROOM_TEST_DSSP_KEY' }] }));
    const hub = await spawnHub(['--data', join(t.dir, 'data'), '--port', '0', '--token', TOKEN, '--sources', file]);
    try {
      type Health = { heads: Record<string, number>; quarantine: Record<string, number>; sources: { id: string; lastOutcome: { kind: string } | null }[] };
      let health: Health | null = null;
      for (const end = Date.now() + 15_000; Date.now() < end && (health?.heads['ndms.alerts'] ?? 0) < 3; await new Promise((r) => setTimeout(r, 100))) {
        health = (await (await fetch(`${hub.url}/health`)).json()) as Health;
      }
      expect(health!.heads['ndms.alerts']).toBe(3);
      expect(health!.quarantine).toEqual({ 'dssp-alerts': 1 });
      expect(health!.sources).toEqual([expect.objectContaining({ id: 'dssp-alerts', lastOutcome: expect.objectContaining({ kind: 'ok' }) })]);
      expect(up.requests[0]!.url).toContain('serviceKey=k%2Fwith%20space');
      hub.child.kill('SIGTERM');
      expect(await hub.exited).toBe(0);
    } finally {
      if (hub.child.exitCode === null) hub.child.kill('SIGKILL');
      delete process.env['SITROOM_TEST_DSSP_KEY'];
      await up.close();
      t.cleanup();
    }
  });
});

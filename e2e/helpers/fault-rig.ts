/**
 * A seeded fault schedule against real processes: `sitroom hub` ← TCP proxy ← `sitroom sync`.
 * Each round streams events in through the hub's admin hook while one fault strikes — the proxy
 * cutting connections mid-frame, the hub SIGKILLed and restarted on its data folder, or the client
 * SIGKILLed while it applies a backlog — then waits for the client to catch up and verifies the files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../main/common/seeded-random.js';
import { TcpProxy } from '../../main/core/sync/testing/tcp-proxy.js';
import { ingest, startHub, startSync, type CliProcess } from './processes.js';
import { caughtUp, clientCursors, hubHeads, verifySync } from './verify-sync.js';

export { seededRandom };

export type FaultKind = 'proxy-cut' | 'hub-kill' | 'client-kill';

export interface RoundResult {
  round: number;
  fault: FaultKind;
  events: number;
  /** What the fault hit, e.g. the client's progress through its backlog when killed. */
  detail: string;
  problems: string[];
  ms: number;
}

const STREAMS = ['forest.fires', 'its.traffic', 'ndms.alerts'];
const TOKEN = 'fault-rig-supervisor-token';

export class FaultRig {
  readonly dir = mkdtempSync(join(tmpdir(), 'sitroom-faults-'));
  readonly hubDir = join(this.dir, 'hub');
  readonly clientDir = join(this.dir, 'client');
  hub!: CliProcess & { port: number; url: string };
  proxy!: TcpProxy;
  proxyUrl = '';
  sync!: CliProcess;
  private n = 0;
  /** Client kills that landed while the client was part-way through its backlog. */
  midBacklogKills = 0;

  async start(): Promise<void> {
    this.hub = await startHub(this.hubDir, TOKEN);
    this.proxy = new TcpProxy(this.hub.port);
    this.proxyUrl = `http://127.0.0.1:${await this.proxy.listen()}`;
    this.sync = startSync(this.proxyUrl, TOKEN, this.clientDir);
  }

  async close(): Promise<void> {
    await this.sync?.kill('SIGTERM');
    await this.hub?.kill('SIGTERM');
    await this.proxy?.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private events(rng: () => number, count: number): unknown[] {
    const out: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const n = ++this.n;
      const stream = STREAMS[Math.floor(rng() * STREAMS.length)]!;
      const remove = rng() < 0.1;
      const lon = 126 + rng() * 3;
      const lat = 34 + rng() * 4;
      out.push({
        stream,
        id: `ev-${n}`,
        key: `k-${Math.floor(rng() * 25)}`,
        kind: 'fault-test',
        op: remove ? 'remove' : 'upsert',
        ts: 1_700_000_000_000 + n * 1000,
        status: 'test',
        geometry: remove ? null : { type: 'Point', coordinates: [lon, lat] },
        props: { n, note: 'x'.repeat(Math.floor(rng() * 200)) },
        source: 'fault-rig',
      });
    }
    return out;
  }

  /** Ingests, tolerating a hub that is down or dies mid-request (the hub's log is the truth). */
  private async tryIngest(events: unknown[]): Promise<void> {
    for (let i = 0; i < events.length; i += 500) {
      try {
        await ingest(this.hub.url, TOKEN, events.slice(i, i + 500));
      } catch {
        return;
      }
    }
  }

  private async restartHub(): Promise<void> {
    this.hub = await startHub(this.hubDir, TOKEN, this.hub.port);
  }

  async round(round: number, rng: () => number): Promise<RoundResult> {
    const t0 = Date.now();
    const kinds: FaultKind[] = ['proxy-cut', 'hub-kill', 'client-kill'];
    const fault = kinds[Math.floor(rng() * kinds.length)]!;
    const chunks = [this.events(rng, 10 + Math.floor(rng() * 40)), this.events(rng, 10 + Math.floor(rng() * 40)), this.events(rng, 10 + Math.floor(rng() * 40))];
    const faultAt = Math.floor(rng() * chunks.length);
    let detail = '';
    for (let c = 0; c < chunks.length; c++) {
      if (c !== faultAt) {
        await this.tryIngest(chunks[c]!);
        continue;
      }
      if (fault === 'proxy-cut') {
        const open = Math.floor(rng() * 4000);
        const next = 200 + Math.floor(rng() * 20000);
        this.proxy.cutNextAfter(next);
        this.proxy.cutOpenAfter(open);
        detail = `open cut after ${open} B, next connection after ${next} B`;
        await this.tryIngest(chunks[c]!);
      } else if (fault === 'hub-kill') {
        const delay = Math.floor(rng() * 30);
        const pending = this.tryIngest(chunks[c]!);
        await new Promise((r) => setTimeout(r, delay));
        await this.hub.kill('SIGKILL');
        await pending;
        detail = `hub SIGKILL ${delay} ms into an ingest`;
        await this.restartHub();
      } else {
        detail = await this.killClientMidBacklog(rng, chunks[c]!);
      }
    }
    await this.converge(30_000);
    const problems = verifySync(this.hubDir, this.clientDir);
    return { round, fault, events: chunks.reduce((a, c) => a + c.length, 0), detail, problems, ms: Date.now() - t0 };
  }

  /**
   * Stops the client, piles up a backlog of several replay batches, restarts it and SIGKILLs it as
   * soon as its cursor starts moving (plus a random few ms): the kill lands while batches are applied.
   */
  private async killClientMidBacklog(rng: () => number, chunk: unknown[]): Promise<string> {
    await this.sync.kill('SIGKILL');
    const backlog = [...chunk, ...this.events(rng, 1100 + Math.floor(rng() * 900))];
    await this.tryIngest(backlog);
    const before = sum(clientCursors(this.clientDir));
    const heads = sum(hubHeads(this.hubDir));
    this.sync = startSync(this.proxyUrl, TOKEN, this.clientDir);
    const until = Date.now() + 20_000;
    while (sum(clientCursors(this.clientDir)) === before && Date.now() < until && this.sync.child.exitCode === null) await new Promise((r) => setTimeout(r, 2));
    const delay = Math.floor(rng() * 15);
    await new Promise((r) => setTimeout(r, delay));
    await this.sync.kill('SIGKILL');
    const at = sum(clientCursors(this.clientDir));
    if (at > before && at < heads) this.midBacklogKills++;
    this.sync = startSync(this.proxyUrl, TOKEN, this.clientDir);
    return `client SIGKILL ${delay} ms after its first commit: ${at - before} of ${heads - before} backlog events applied`;
  }

  async converge(timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!caughtUp(this.hubDir, this.clientDir)) {
      if (Date.now() > until) {
        throw new Error(`client did not catch up: heads ${JSON.stringify(hubHeads(this.hubDir))}, cursors ${JSON.stringify(clientCursors(this.clientDir))}; sync stderr: ${this.sync.stderr.slice(-5).join(' | ')}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

function sum(r: Record<string, number>): number {
  return Object.values(r).reduce((a, b) => a + b, 0);
}

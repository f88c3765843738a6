/**
 * Ingest and resume benchmarks of the client path (socket → validate → transaction → projection →
 * diff) against the baseline writer, measured in one process run. The hub runs in a child process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EventStore } from '../main/core/store/event-store.js';
import { SyncClient } from '../main/core/sync/sync-client.js';
import { writeBaseline } from './baseline-writer.js';
import { makeBenchEvents } from './bench-events.js';
import { ROOT } from '../e2e/helpers/processes.js';

/** Runs per side; the best of each counts (the machine is shared, so the slowest runs are noise). */
const BENCH_REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

export interface PathResult {
  name: string;
  events: number;
  clientMs: number;
  baselineMs: number;
  clientEps: number;
  baselineEps: number;
  /** client rate / baseline rate (≥ 0.5 is the target). */
  ratio: number;
  diffMessages: number;
  /** CPU ms of the client process (the hub runs elsewhere) and of the baseline, best of the runs. */
  clientCpuMs: number;
  baselineCpuMs: number;
  /** baseline CPU / client CPU: the same ratio, measured in CPU time. */
  cpuRatio: number;
}

async function startBenchHub(mode: 'live' | 'replay', events: number, batch: number) {
  // BENCH_HUB_SCRIPT: a bundled bench hub (plain node), for machines without the dev tree.
  const script = process.env.BENCH_HUB_SCRIPT ? [process.env.BENCH_HUB_SCRIPT] : ['--import', 'tsx', join(ROOT, 'bench', 'bench-hub.ts')];
  const child = spawn(process.execPath, [...script, '--mode', mode, '--events', String(events), '--batch', String(batch)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (l) => resolve((JSON.parse(l) as { port: number }).port));
    child.once('exit', (c) => reject(new Error(`bench hub exited ${c}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, send: (l: string) => child.stdin.write(`${l}\n`) };
}

/** CPU time of this process in ms (user + system): steadier than wall time on a shared machine. */
function cpuMs(since?: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

function baselineRun(events: number, batch: number, dir: string): { ms: number; cpu: number } {
  const evs = makeBenchEvents(events);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  writeBaseline(join(dir, `baseline-${events}.sqlite`), evs, batch);
  return { ms: performance.now() - t0, cpu: cpuMs(c0) };
}

async function clientRun(mode: 'live' | 'replay', events: number, batch: number, dir: string): Promise<{ ms: number; cpu: number; diffs: number }> {
  const hub = await startBenchHub(mode, events, batch);
  const store = EventStore.open(join(dir, `client-${mode}-${events}.sqlite`));
  const client = new SyncClient({ hubUrl: hub.url, token: 't', store, clientId: 'bench', diffIntervalMs: 250 });
  let diffs = 0;
  client.on('diff', () => diffs++);
  try {
    const heads = Object.fromEntries([...new Set(makeBenchEvents(events).map((e) => e.stream))].map((s) => [s, 0]));
    for (const e of makeBenchEvents(events)) heads[e.stream] = Math.max(heads[e.stream] ?? 0, e.seq);
    let t0 = 0;
    let c0 = process.cpuUsage();
    if (mode === 'live') {
      client.start();
      await new Promise<void>((r) => client.on('caughtUp', () => r()));
      t0 = performance.now();
      c0 = process.cpuUsage();
      hub.send('go');
    } else {
      t0 = performance.now();
      c0 = process.cpuUsage();
      client.start(); // a reconnect with empty cursors: everything is missed
    }
    await client.waitForCursors(heads);
    const ms = performance.now() - t0;
    return { ms, cpu: cpuMs(c0), diffs };
  } finally {
    await client.close();
    store.close();
    hub.send('quit');
  }
}

export async function benchPath(name: 'ingest' | 'resume', events: number, batch = 1000): Promise<PathResult> {
  const dir = mkdtempSync(join(tmpdir(), `sitroom-bench-${name}-`));
  try {
    // Alternate client and baseline and keep the best of each, so a noisy neighbour hurts neither side alone.
    let bestClient = Infinity;
    let bestBase = Infinity;
    let diffMessages = 0;
    let bestClientCpu = Infinity;
    let bestBaseCpu = Infinity;
    for (let i = 0; i < BENCH_REPEATS; i++) {
      const b = baselineRun(events, batch, dir);
      bestBase = Math.min(bestBase, b.ms);
      bestBaseCpu = Math.min(bestBaseCpu, b.cpu);
      rmSync(join(dir, `baseline-${events}.sqlite`), { force: true });
      const c = await clientRun(name === 'ingest' ? 'live' : 'replay', events, batch, dir);
      rmSync(join(dir, `client-${name === 'ingest' ? 'live' : 'replay'}-${events}.sqlite`), { force: true });
      bestClientCpu = Math.min(bestClientCpu, c.cpu);
      if (c.ms < bestClient) {
        bestClient = c.ms;
        diffMessages = c.diffs;
      }
    }
    const clientEps = events / (bestClient / 1000);
    const baselineEps = events / (bestBase / 1000);
    return { name, events, clientMs: bestClient, baselineMs: bestBase, clientEps, baselineEps, ratio: clientEps / baselineEps, diffMessages, clientCpuMs: bestClientCpu, baselineCpuMs: bestBaseCpu, cpuRatio: bestBaseCpu / bestClientCpu };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

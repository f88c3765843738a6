/** Shared helpers for hub tests: temp folders, socket clients, and standalone hub processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { EventInput } from '../../main/common/events.js';
import { PROTOCOL_VERSION, type SyncBatch, type SyncCaughtUp, type SyncSnapshot } from '../../main/common/sync-protocol.js';

export function tempDir(prefix = 'sitroom-hub-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A test event; `n` makes id and key distinct unless overridden. */
export function input(n: number, over: Partial<EventInput> = {}): EventInput {
  return { stream: 'test.things', id: `thing-${n}`, key: `thing-${n}`, kind: 'thing', op: 'upsert', ts: 1_700_000_000_000 + n, status: 'test', geometry: { type: 'Point', coordinates: [127 + n / 1000, 37] }, props: { n }, source: 'test', ...over };
}

/** Everything a test client received, in arrival order. */
export interface Received {
  batches: SyncBatch[];
  snapshots: SyncSnapshot[];
  caughtUp: SyncCaughtUp[];
  notices: unknown[];
}

export function connectClient(url: string, auth: Record<string, unknown>, extra: Partial<ManagerOptions & SocketOptions> = {}): { socket: Socket; got: Received } {
  const socket = io(url, { auth: { protocol: PROTOCOL_VERSION, cursors: {}, clientId: 'test-client', ...auth }, transports: ['websocket'], reconnection: false, forceNew: true, ...extra });
  const got: Received = { batches: [], snapshots: [], caughtUp: [], notices: [] };
  socket.on('sync:batch', (b: SyncBatch) => got.batches.push(b));
  socket.on('sync:snapshot', (s: SyncSnapshot) => got.snapshots.push(s));
  socket.on('sync:caught-up', (c: SyncCaughtUp) => got.caughtUp.push(c));
  socket.on('hub:notice', (n: unknown) => got.notices.push(n));
  return { socket, got };
}

/** Resolves with the connect_error's `data` (a Refusal) or 'connected'. */
export function connectOutcome(socket: Socket): Promise<{ code?: string; message?: string } | 'connected'> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (err: Error & { data?: { code: string; message: string } }) => resolve(err.data ?? { message: err.message }));
  });
}

export async function waitFor(cond: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const allEvents = (got: Received) => got.batches.flatMap((b) => b.events);

/** A standalone hub process (`node --import tsx hub/main.ts`), with its first JSON line parsed. */
export interface HubProcess {
  child: ChildProcess;
  url: string;
  port: number;
  lines: unknown[];
  stderr: string[];
  exited: Promise<number | null>;
}

export async function spawnHub(args: string[], opts: { stdin?: boolean } = {}): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'hub/main.ts', ...args], { cwd: process.cwd(), stdio: [opts.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  const lines: unknown[] = [];
  const stderr: string[] = [];
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  createInterface({ input: child.stderr! }).on('line', (l) => stderr.push(l));
  const listening = new Promise<{ url: string; port: number }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (l) => {
      try {
        const j = JSON.parse(l) as { event?: string; url: string; port: number };
        lines.push(j);
        if (j.event === 'listening') resolve(j);
      } catch {
        lines.push(l);
      }
    });
    void exited.then((code) => reject(new Error(`hub exited with ${code} before listening: ${stderr.join('\n')}`)));
  });
  const { url, port } = await listening;
  return { child, url, port, lines, stderr, exited };
}

export async function postIngest(url: string, token: string, events: unknown[]): Promise<{ status: number; body: { appended?: number; duplicates?: number; heads?: Record<string, number>; error?: string } }> {
  const res = await fetch(`${url}/admin/ingest`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' }, body: events.map((e) => JSON.stringify(e)).join('\n') });
  return { status: res.status, body: (await res.json()) as { appended?: number } };
}

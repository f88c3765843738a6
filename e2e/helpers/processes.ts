/**
 * Real `sitroom hub` and `sitroom sync` child processes for the fault tests and the soak bench.
 * They run the compiled bin/sitroom.mjs when dist/ is newer than every source file (as after
 * `npm test`'s build; it starts faster), else the TypeScript sources through tsx.
 * SITROOM_CLI=dist or SITROOM_CLI=tsx forces one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

let useDist: boolean | null = null;
function distIsFresh(): boolean {
  if (useDist === null) {
    const entry = join(ROOT, 'dist', 'main', 'cli', 'index.js');
    useDist = existsSync(entry) && statSync(entry).mtimeMs > Math.max(newestSource(join(ROOT, 'main')), newestSource(join(ROOT, 'hub')));
  }
  return useDist;
}

/** Which build the children run: 'dist' or 'tsx'. */
export function cliMode(): 'dist' | 'tsx' {
  if (process.env.SITROOM_CLI === 'dist' || process.env.SITROOM_CLI === 'tsx') return process.env.SITROOM_CLI;
  return distIsFresh() ? 'dist' : 'tsx';
}

function cliArgv(args: string[]): string[] {
  // A bundled CLI (one .mjs file) for machines that carry no dev tree (see bench/README.md).
  if (process.env.SITROOM_CLI_SCRIPT) return [process.env.SITROOM_CLI_SCRIPT, ...args];
  if (cliMode() === 'dist') return [join(ROOT, 'bin', 'sitroom.mjs'), ...args];
  return ['--import', 'tsx', join(ROOT, 'e2e', 'helpers', 'sitroom-cli.ts'), ...args];
}

/** A running child with its JSON stdout lines collected. */
export interface CliProcess {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  stderr: string[];
  exited: Promise<number | null>;
  /** Resolves with the first stdout JSON line that satisfies `pred`. */
  waitLine(pred: (l: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

export function spawnCli(args: string[]): CliProcess {
  const child = spawn(process.execPath, cliArgv(args), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
  const lines: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  const waiters: { pred: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  const exited = new Promise<number | null>((r) => child.once('exit', (code, sig) => r(code ?? (sig ? -1 : null))));
  createInterface({ input: child.stderr! }).on('line', (l) => {
    stderr.push(l);
    if (stderr.length > 200) stderr.shift();
  });
  createInterface({ input: child.stdout! }).on('line', (l) => {
    let j: Record<string, unknown>;
    try {
      j = JSON.parse(l) as Record<string, unknown>;
    } catch {
      j = { text: l };
    }
    lines.push(j);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.pred(j)) {
        waiters.splice(i, 1);
        w.resolve(j);
      }
    }
  });
  return {
    child,
    lines,
    stderr,
    exited,
    waitLine(pred, timeoutMs = 60_000) {
      const have = lines.find(pred);
      if (have) return Promise.resolve(have);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no matching line from sitroom ${args[0]} within ${timeoutMs} ms; stderr: ${stderr.slice(-10).join('\n')}`)), timeoutMs);
        waiters.push({ pred, resolve: (l) => (clearTimeout(t), resolve(l)) });
        void exited.then((code) => {
          clearTimeout(t);
          reject(new Error(`sitroom ${args[0]} exited (${code}) before the expected line; stderr: ${stderr.slice(-10).join('\n')}`));
        });
      });
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** `sitroom hub` on a data folder; resolves once it prints its listening line. */
export async function startHub(dataDir: string, token: string, port = 0, extraArgs: readonly string[] = []): Promise<CliProcess & { port: number; url: string }> {
  const p = spawnCli(['hub', '--port', String(port), '--data', dataDir, '--token', token, ...extraArgs]);
  let l: Record<string, unknown>;
  try {
    l = await p.waitLine((x) => x['event'] === 'listening', 90_000);
  } catch (err) {
    await p.kill('SIGKILL'); // never leave a hub behind that did not come up in time
    throw err;
  }
  return Object.assign(p, { port: Number(l['port']), url: String(l['url']) });
}

/** `sitroom sync` (continuous) into a data folder, with fast reconnects for tests. */
export function startSync(hubUrl: string, token: string, dataDir: string): CliProcess {
  return spawnCli(['sync', '--hub', hubUrl, '--token', token, '--data', dataDir, '--reconnect-min-ms', '50', '--reconnect-max-ms', '400']);
}

/** Appends events through the hub's loopback admin hook. */
export async function ingest(hubUrl: string, token: string, events: unknown[]): Promise<{ appended: number }> {
  const res = await fetch(`${hubUrl}/admin/ingest`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' }, body: events.map((e) => JSON.stringify(e)).join('\n') });
  const body = (await res.json()) as { appended?: number; error?: string };
  if (res.status !== 200) throw new Error(`ingest refused (${res.status}): ${body.error ?? ''}`);
  return { appended: body.appended ?? 0 };
}

/**
 * `sitroom hub`: a standalone control-room hub. Prints one JSON line when listening
 * (`{"event":"listening","url":…,"port":…}`), stops cleanly on SIGTERM/SIGINT, and carries on from
 * its log when restarted on the same data folder. `--ingest-stdin` appends NDJSON EventInput lines
 * read from stdin (a test and admin hook).
 */
import { createInterface } from 'node:readline';
import { createHub, type HubOptions } from '../server/create-hub.js';
import { InputRefusedError } from '../log/event-log.js';
import { checkKnown, num, parseArgs, str } from './args.js';
import type { ForestRegionLookup } from '../../main/common/forest/region-lookup.js';
import { adaptersWith } from '../connectors/adapters/index.js';
import { loadSourcesFile } from '../connectors/sources-config.js';

export const HUB_USAGE = `usage: sitroom hub --data DIR [--port P] [--host H] [--scenario demo|FILE] [--speed X]
                   [--token T] [--tls-cert F --tls-key F] [--retain-hours H (default 72)] [--retain-events N]
                   [--sources sources.json] [--ingest-stdin] [--max-page-count N]`;

export const DEFAULT_RETAIN_HOURS = 72;

const FLAGS = ['data', 'port', 'host', 'scenario', 'speed', 'token', 'tls-cert', 'tls-key', 'retain-hours', 'retain-events', 'ingest-stdin', 'max-page-count', 'seed', 'sources', 'help'];

/** `regionLookup`: sigungu names for the forest adapters (the CLI passes the region index when geo-data is built). */
export async function runHub(args: readonly string[], extra: { regionLookup?: ForestRegionLookup } = {}): Promise<number> {
  const p = parseArgs(args, ['ingest-stdin', 'help']);
  if (p.flags.has('help')) {
    console.log(HUB_USAGE);
    return 0;
  }
  checkKnown(p, FLAGS);
  const dataDir = str(p, 'data');
  if (!dataDir) throw new Error(`--data DIR is required\n${HUB_USAGE}`);
  const cert = str(p, 'tls-cert');
  const key = str(p, 'tls-key');
  if (!!cert !== !!key) throw new Error('--tls-cert and --tls-key go together');
  const retainHours = num(p, 'retain-hours');
  const retainEvents = num(p, 'retain-events');
  const opts: HubOptions = { dataDir, port: num(p, 'port') ?? 0, host: str(p, 'host') ?? '127.0.0.1' };
  if (cert && key) opts.tls = { cert, key };
  const scenario = str(p, 'scenario');
  if (scenario) opts.scenario = scenario;
  const seed = num(p, 'seed');
  if (seed !== undefined) opts.scenarioSeed = seed;
  const speed = num(p, 'speed');
  if (speed !== undefined) opts.speed = speed;
  // Bounded by default: 72 hours of log per stream (older history lives on as the snapshot).
  opts.retention = { keepMs: DEFAULT_RETAIN_HOURS * 3600_000 };
  if (retainHours !== undefined || retainEvents !== undefined) {
    opts.retention = {};
    if (retainHours !== undefined) opts.retention.keepMs = retainHours * 3600_000;
    if (retainEvents !== undefined) opts.retention.keepEvents = retainEvents;
  }
  const sources = str(p, 'sources');
  if (extra.regionLookup) opts.regionLookup = extra.regionLookup;
  if (sources) opts.sources = loadSourcesFile(sources, adaptersWith(extra.regionLookup));
  const maxPageCount = num(p, 'max-page-count');
  if (maxPageCount !== undefined) opts.maxPageCount = maxPageCount;

  const hub = await createHub(opts);
  const token = str(p, 'token');
  if (token) {
    const u = hub.users.ensureSupervisorToken(token);
    console.error(`[hub] --token: supervisor user "${u.name}"`);
  }
  console.log(JSON.stringify({ event: 'listening', url: hub.url, port: hub.port, heads: hub.log.heads() }));

  const stdin = p.flags.has('ingest-stdin') ? ingestStdin((lines) => hub.ingest(lines)) : null;

  return await new Promise<number>((resolve) => {
    const stop = (sig: string) => {
      console.error(`[hub] ${sig}: closing`);
      stdin?.close(); // appends what was read so far; stdin may never end on its own
      void hub.close().then(() => resolve(0));
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

/** Appends NDJSON lines from stdin in batches; prints `{"event":"ingested",...}` per batch. */
function ingestStdin(ingest: (inputs: unknown[]) => { appended: unknown[]; duplicates: number; invalid: unknown[] }): { close(): void } {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let pending: unknown[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    try {
      const r = ingest(batch);
      console.log(JSON.stringify({ event: 'ingested', appended: r.appended.length, duplicates: r.duplicates, invalid: r.invalid.length }));
    } catch (err) {
      console.log(JSON.stringify({ event: 'ingest-refused', reason: err instanceof InputRefusedError ? err.message : String(err) }));
    }
  };
  let timer: NodeJS.Timeout | null = null;
  rl.on('line', (line) => {
    const t = line.trim();
    if (!t) return;
    try {
      pending.push(JSON.parse(t));
    } catch {
      console.log(JSON.stringify({ event: 'ingest-bad-line', line: t.slice(0, 200) }));
    }
    if (pending.length >= 1000) flush();
    else if (!timer) timer = setTimeout(() => ((timer = null), flush()), 20);
  });
  rl.on('close', flush);
  return {
    close() {
      if (timer) clearTimeout(timer);
      rl.close();
    },
  };
}

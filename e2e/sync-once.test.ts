/**
 * `sitroom sync --once` against the real `sitroom hub`: prints per-stream lastSeq and count after
 * applying everything up to the heads at connect time, resumes from its store on the next run,
 * and exits non-zero with the reason when the hub refuses the token.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, cliMode, ingest, startHub, type CliProcess } from './helpers/processes.js';

const TOKEN = 'once-test-supervisor-token';
let dir: string;
let hub: CliProcess & { port: number; url: string };

const ev = (stream: string, n: number, op: 'upsert' | 'remove' = 'upsert') => ({
  stream,
  id: `${stream}-${n}`,
  key: `k${n % 4}`,
  kind: 'thing',
  op,
  ts: 1_700_000_000_000 + n,
  status: 'test',
  geometry: op === 'remove' ? null : { type: 'Point', coordinates: [127, 37] },
  props: { n },
  source: 'test',
});

/**
 * The streams printed, with `hub.keys` checked apart: the client registers its GCMA signing key when it
 * connects, and whether that registration falls before or after the heads it syncs up to is a race.
 */
function streamsOf(out: string): Record<string, unknown> {
  const { 'hub.keys': keys, ...rest } = (JSON.parse(out) as { streams: Record<string, unknown> }).streams;
  expect([undefined, { lastSeq: 1, count: 1 }]).toContainEqual(keys);
  return rest;
}

function syncOnce(token = TOKEN): { code: number | null; out: string; err: string } {
  const argv = cliMode() === 'dist' ? [join(ROOT, 'bin', 'sitroom.mjs')] : ['--import', 'tsx', join(ROOT, 'e2e', 'helpers', 'sitroom-cli.ts')];
  const r = spawnSync(process.execPath, [...argv, 'sync', '--hub', hub.url, '--token', token, '--data', join(dir, 'client'), '--once', '--timeout', '30'], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-once-'));
  hub = await startHub(join(dir, 'hub'), TOKEN);
}, 60_000);
afterAll(async () => {
  await hub.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('sitroom sync --once', () => {
  it('applies up to the heads, prints lastSeq and count per stream, and resumes on the next run', async () => {
    await ingest(hub.url, TOKEN, [...Array.from({ length: 12 }, (_, i) => ev('forest.fires', i + 1)), ...Array.from({ length: 5 }, (_, i) => ev('its.traffic', i + 1))]);
    const first = syncOnce();
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(streamsOf(first.out)).toEqual({ 'forest.fires': { lastSeq: 12, count: 12 }, 'its.traffic': { lastSeq: 5, count: 5 } });

    await ingest(hub.url, TOKEN, [ev('forest.fires', 13), ev('forest.fires', 14, 'remove'), ev('forest.fires', 1)]); // the last is a duplicate upstream record
    const second = syncOnce();
    expect(second.code).toBe(0);
    expect(streamsOf(second.out)).toEqual({ 'forest.fires': { lastSeq: 14, count: 14 }, 'its.traffic': { lastSeq: 5, count: 5 } });
  }, 90_000);

  it('exits 3 with the reason when the hub refuses the token', () => {
    const r = syncOnce('not-a-real-token');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/refused the connection \(auth/);
    expect(r.out).toBe('');
  }, 60_000);
});

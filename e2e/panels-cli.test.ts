/**
 * `sitroom panels --data DIR` against a real `sitroom hub --scenario demo` and a folder synced with
 * `sitroom sync --once`: the eighteen service panels with their record counts and real/demo source.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KLIC_ARTICLES } from '../main/common/panels/klic-articles.js';
import { SERVICE_PANELS } from '../main/common/panels/registry.js';
import { ROOT, cliMode, startHub, type CliProcess } from './helpers/processes.js';

const TOKEN = 'panels-cli-supervisor-token';
let dir: string;
let hub: CliProcess & { port: number; url: string };

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const argv = cliMode() === 'dist' ? [join(ROOT, 'bin', 'sitroom.mjs')] : ['--import', 'tsx', join(ROOT, 'e2e', 'helpers', 'sitroom-cli.ts')];
  const r = spawnSync(process.execPath, [...argv, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-panels-cli-'));
  hub = await startHub(join(dir, 'hub'), TOKEN, 0, ['--scenario', 'demo', '--speed', '1']);
}, 90_000);
afterAll(async () => {
  await hub?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('sitroom panels', () => {
  it('prints the eighteen panels of a synced folder with their counts and sources', async () => {
    // The demo hub seeds the panel datasets in chunks after it starts, then publishes NIRS feed health.
    const end = Date.now() + 60_000;
    for (;;) {
      const heads = ((await (await fetch(`${hub.url}/health`)).json()) as { heads: Record<string, number> }).heads;
      if ((heads['panels.nirs'] ?? 0) > 0 && (heads['panels.forest-mgmt'] ?? 0) > 0) break;
      if (Date.now() > end) throw new Error(`panel data not seeded: ${JSON.stringify(heads)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    // Twice: the first run registers this folder's signing key on hub.keys, the second surely syncs it.
    for (let i = 0; i < 2; i++) {
      const sync = cli('sync', '--hub', hub.url, '--token', TOKEN, '--data', join(dir, 'client'), '--once', '--timeout', '60');
      expect(sync.code, sync.err).toBe(0);
    }

    const r = cli('panels', '--data', join(dir, 'client'));
    expect(r.code, r.err).toBe(0);
    const panels = JSON.parse(r.out) as { id: string; title: string; records: number; source: string }[];
    expect(panels.map((p) => p.id)).toEqual(SERVICE_PANELS.map((p) => p.id));
    const by = new Map(panels.map((p) => [p.id, p]));
    expect(by.get('narasat')).toEqual({ id: 'narasat', title: 'Regional statistics', records: 250, source: 'real' });
    expect(by.get('klic')).toMatchObject({ source: 'real', records: KLIC_ARTICLES.length });
    expect(by.get('nirs')).toMatchObject({ source: 'real' });
    expect(by.get('nirs')!.records).toBeGreaterThan(10);
    // sitroom sync registered its signing key when it connected: GCMA lists it.
    expect(by.get('gcma')).toMatchObject({ source: 'real', records: 1 });
    for (const id of ['public-info', 'hrd', 'dbrain', 'kics', 'gov24', 'mobile-id', 'goodpy', 'epeople', 'clean-portal', 'food-safety', 'koneps', 'sims', 'unipass', 'forest-mgmt']) {
      expect(by.get(id)!.source, id).toBe('demo');
      expect(by.get(id)!.records, id).toBeGreaterThan(0);
    }
    expect(by.get('dbrain')!.records).toBe(250);

    const missing = cli('panels', '--data', join(dir, 'nowhere'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no store in .*sitroom sync/);
  }, 150_000);
});

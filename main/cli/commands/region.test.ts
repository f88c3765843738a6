import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const run = promisify(execFile);

/** The CLI runs the compiled dist/: refuse to test a missing or older build of the region code. */
beforeAll(() => {
  if (!existsSync(join(root, 'geo-data', 'out', 'manifest.json'))) throw new Error('geo-data is not built; run: GEO_DATA_MIRROR=../shared/geodata npm run geo-data');
  const sources = [join('main', 'cli', 'commands', 'region.ts'), ...readdirSync(join(root, 'main', 'core', 'region')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join('main', 'core', 'region', f))];
  for (const src of sources) {
    const out = join(root, 'dist', src.replace(/\.ts$/, '.js'));
    if (!existsSync(out)) throw new Error(`${out} is missing: run \`npx tsc -b\` before this test`);
    if (statSync(out).mtimeMs < statSync(join(root, src)).mtimeMs) throw new Error(`${out} is older than ${src}: run \`npx tsc -b\` before this test`);
  }
});

async function sitroom(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'bin', 'sitroom.mjs'), ...args], { cwd: root, env: { ...process.env, SITROOM_GEO_DATA: '' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('sitroom region', () => {
  it('prints the region under a point in Jongno-gu as JSON', async () => {
    const r = await sitroom('region', '126.9784', '37.5796');
    expect(r.code).toBe(0);
    const hit = JSON.parse(r.stdout) as Record<string, Record<string, string>>;
    expect(hit['sido']).toEqual({ name: '서울특별시', nameEn: 'Seoul', code: '11', sgisCode: '11' });
    expect(hit['sigungu']).toEqual({ name: '종로구', nameEn: 'Jongno-gu', code: '11110', sgisCode: '11010' });
    expect(Object.keys(hit['emd']!).sort()).toEqual(['name', 'nameEn', 'sgisCode']);
  });

  it('exits 1 with a message for a point at sea', async () => {
    const r = await sitroom('region', '125.0', '36.0');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/outside South Korea/);
  });

  it('exits 1 with usage for bad arguments', async () => {
    for (const args of [['abc', '37'], ['126.9'], ['37.5796', '126.9784']]) {
      const r = await sitroom('region', ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(/usage: sitroom region <lon> <lat>/);
    }
  });
});

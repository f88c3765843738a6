// Proves the layer rules bite: the repository's own ESLint config and per-layer tsconfigs reject the
// deliberately wrong files in this folder. (`npm run lint` ignores these fixtures; this test lints them.)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../', import.meta.url));
const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

describe('lint layer rules', () => {
  const eslint = new ESLint({ cwd: root, ignore: false });

  it.each([
    ['renderer/imports-node-fs.ts', 'node:fs', /no Node APIs/],
    ['renderer/imports-bare-path.ts', 'path', /no Node APIs/],
    ['renderer/imports-electron.ts', 'electron', /only through the IPC contract/],
    ['renderer/imports-better-sqlite3.ts', 'better-sqlite3', /never touches SQLite/],
    ['renderer/imports-socket-io-client.ts', 'socket.io-client', /sockets belong to the main process/],
    ['renderer/imports-main-core.ts', '../../main/core/create-core.js', /may import only main\/common/],
    ['core/imports-electron.ts', 'electron', /only main\/electron and main\/preload/],
    ['common/imports-node-path.ts', 'node:path', /no Node APIs/],
  ])('%s is rejected', async (file, specifier, message) => {
    const [result] = await eslint.lintFiles([here(file)]);
    const messages = result?.messages ?? [];
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
    expect(messages[0]?.message).toContain(`'${specifier}'`);
    expect(messages[0]?.message).toMatch(message);
    expect(messages[0]?.severity).toBe(2);
  });

  it('lets the renderer import types from main/common (the rule is not a blanket ban)', async () => {
    const [result] = await eslint.lintFiles([here('renderer/imports-main-common.ts')]);
    expect(result?.messages).toEqual([]);
  });

  it('keeps the fixtures out of the normal lint run', async () => {
    const normal = new ESLint({ cwd: root });
    expect(await normal.isPathIgnored(here('renderer/imports-electron.ts'))).toBe(true);
  });
});

describe('tsc layer settings', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const check = (dir: string): { status: number | null; out: string } => {
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', here(`tsc/${dir}/tsconfig.json`)], { cwd: root, encoding: 'utf8' });
    return { status: r.status, out: r.stdout + r.stderr };
  };

  it('main/common settings compile plain TypeScript (control)', () => {
    expect(check('common-clean')).toEqual({ status: 0, out: '' });
  });

  it('main/common settings know neither `document` (DOM) nor `process` (Node)', () => {
    const { status, out } = check('common-globals');
    expect(status).not.toBe(0);
    expect(out).toMatch(/uses-globals\.ts\(2,\d+\): error TS2584: Cannot find name 'document'/);
    expect(out).toMatch(/uses-globals\.ts\(3,\d+\): error TS25(80|91): Cannot find name 'process'/);
  });

  it('renderer settings know `document` but not `process`', () => {
    const { status, out } = check('renderer-node');
    expect(status).not.toBe(0);
    expect(out).toMatch(/uses-node\.ts\(2,\d+\): error TS25(80|91): Cannot find name 'process'/);
    expect(out).not.toMatch(/'document'/);
  });
});

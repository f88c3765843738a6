// `npm start` where the Electron binary is missing: it must say so plainly and start the browser host.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sitroom-start-'));
  // An electron package without its binary (no path.txt, no dist/), as after `npm install` with ignore-scripts.
  mkdirSync(join(tmp, 'electron'));
  writeFileSync(join(tmp, 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '38.0.0' }));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('says Electron did not start and offers the browser host URL instead', async () => {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--data', join(tmp, 'data')], {
    cwd: root,
    env: { ...process.env, SITROOM_ELECTRON_DIR: join(tmp, 'electron'), SITROOM_NO_ELECTRON_FETCH: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 60 s:\n${out}`)), 60_000);
    child.stdout.on('data', () => {
      if (/^http:\/\/127\.0\.0\.1:\d+\/\?secret=[0-9a-f]{64}$/m.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.kill('SIGTERM');
  await exited;
  expect(out).toContain('ELECTRON DID NOT START');
  expect(out).toMatch(/ELECTRON_MIRROR/);
  expect(out).not.toMatch(/launching Electron/);
}, 90_000);

// `npm start` (after scripts/prepare.mjs): launch the Electron shell when its binary is here; otherwise
// say plainly that it cannot be obtained and start the browser host instead. Never pretends Electron ran.
//
//   npm start                 Electron if possible, else the browser host
//   npm start -- --browser    the browser host directly
//   SITROOM_NO_ELECTRON_FETCH=1  do not try to download the Electron binary (offline machines)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// SITROOM_ELECTRON_DIR points at another electron package folder (tests use an empty one).
const electronDir = process.env.SITROOM_ELECTRON_DIR || join(root, 'node_modules', 'electron');
const passThrough = process.argv.slice(2).filter((a) => a !== '--browser');

/** The Electron executable if the binary was downloaded, else null. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

function tryFetchElectron() {
  if (process.env.SITROOM_NO_ELECTRON_FETCH === '1') return;
  const version = createRequire(import.meta.url)(join(electronDir, 'package.json')).version;
  console.log(`start: the Electron ${version} binary is not installed; trying to download it once (ELECTRON_MIRROR: ${process.env.ELECTRON_MIRROR || 'not set'})`);
  // install.js exits 0 when ELECTRON_SKIP_BINARY_DOWNLOAD is set, so success is judged by the file, not the exit code.
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const r = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, stdio: ['ignore', 'inherit', 'pipe'], env, timeout: 120_000, encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    // The first line that is not a stack frame names the failure (e.g. "RequestError: getaddrinfo ENOTFOUND github.com").
    const why = r.error ? r.error.message : (r.stderr || '').split('\n').find((l) => l.trim() && !/^\s+at /.test(l));
    console.log(`start: download failed: ${why || 'exit ' + r.status}`);
  }
}

function explainNoElectron() {
  console.log(
    [
      '',
      'start: ELECTRON DID NOT START. The Electron binary cannot be obtained on this machine',
      '       (no access to its download site, and no mirror configured).',
      '       To run the desktop app: set ELECTRON_MIRROR to a reachable Electron mirror and run',
      '       `node node_modules/electron/install.js`, or run `npm install` with',
      '       `--ignore-scripts=false` on a connected machine and copy node_modules/electron/dist here.',
      '       Starting the browser host instead: open the URL below in a browser on this machine.',
      '',
    ].join('\n'),
  );
}

function run(cmd, args) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}

function startBrowserHost() {
  run(process.execPath, [join(root, 'bin', 'sitroom.mjs'), 'serve', ...passThrough]);
}

if (process.argv.includes('--browser')) {
  console.log('start: browser host requested (--browser)');
  startBrowserHost();
} else {
  let exe = electronBinary();
  if (!exe) {
    tryFetchElectron();
    exe = electronBinary();
  }
  if (!exe) {
    explainNoElectron();
    startBrowserHost();
  } else {
    // better-sqlite3 for Electron's ABI, built beside (not over) the Node build the tests use.
    const rebuild = spawnSync(process.execPath, [join(root, 'native', 'rebuild-electron.mjs')], { cwd: root, stdio: 'inherit' });
    if (rebuild.status !== 0) {
      console.log('\nstart: ELECTRON DID NOT START: better-sqlite3 could not be built for Electron (see above).');
      console.log('       Starting the browser host instead.\n');
      startBrowserHost();
    } else {
      console.log(`start: launching Electron (${exe})`);
      run(exe, [root, ...passThrough]);
    }
  }
}

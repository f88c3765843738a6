#!/usr/bin/env node
// Rebuilds better-sqlite3 for Electron's ABI into native/electron-build/, leaving node_modules (the
// Node build that tests, the CLI and the browser host load) untouched. Run by scripts/start.mjs before
// launching Electron and before packaging; never from postinstall.
//
// Needs Electron's headers: downloaded from https://electronjs.org/headers, or from the mirror in
// ELECTRON_HEADERS_MIRROR (same layout) on an offline network.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(root, 'package.json'));
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
const outDir = join(root, 'native', 'electron-build', 'better-sqlite3');
const binary = join(outDir, 'build', 'Release', 'better_sqlite3.node');
const stampFile = join(root, 'native', 'electron-build', 'stamp.json');
const arch = process.env.npm_config_arch || process.arch;
const stamp = { electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch };

/** The path of the Electron-ABI binary if it is already built for this Electron version. */
export function upToDate() {
  if (!existsSync(binary) || !existsSync(stampFile)) return false;
  return JSON.stringify(JSON.parse(readFileSync(stampFile, 'utf8'))) === JSON.stringify(stamp);
}

function rebuild() {
  console.log(`native: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${arch}) in ${relative(root, outDir)}`);
  rmSync(join(root, 'native', 'electron-build'), { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // A private copy of the package sources: node-gyp builds in place, and the original must stay Node's.
  cpSync(sqliteDir, outDir, { recursive: true, filter: (src) => !relative(sqliteDir, src).startsWith('build') });
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  const distUrl = process.env.ELECTRON_HEADERS_MIRROR || 'https://electronjs.org/headers';
  execFileSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${distUrl}`, '--runtime=electron', '--build-from-source'], {
    cwd: outDir,
    stdio: 'inherit',
    env: { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: distUrl },
  });
  if (!existsSync(binary)) throw new Error(`node-gyp finished but ${binary} is missing`);
  writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    console.log(upToDate() ? `native: up to date (${relative(root, binary)})` : 'native: not built for this Electron version');
    process.exit(upToDate() ? 0 : 1);
  }
  if (upToDate() && !process.argv.includes('--force')) {
    console.log(`native: better-sqlite3 for Electron ${electronVersion} already built`);
  } else {
    try {
      rebuild();
    } catch (err) {
      console.error(`native: could not build better-sqlite3 for Electron ${electronVersion}: ${err instanceof Error ? err.message : String(err)}`);
      console.error('native: Electron headers are needed (set ELECTRON_HEADERS_MIRROR on an offline network) plus a C++ toolchain.');
      process.exit(1);
    }
  }
}

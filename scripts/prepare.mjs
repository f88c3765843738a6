// Makes the tree ready to run or test: better-sqlite3 compiled for this Node, geo-data built, app built.
// Used by `npm start`, `npm test` and `npm run bench`. Never rebuilds native modules for Electron.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

function sqliteLoads() {
  try {
    const Database = createRequire(import.meta.url)('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

if (!sqliteLoads()) {
  console.log('prepare: compiling better-sqlite3 for Node ' + process.version + ' (about two minutes, once)');
  run('npm rebuild better-sqlite3 --ignore-scripts=false');
}
if (!existsSync(join(root, 'geo-data', 'out', 'manifest.json'))) {
  console.log('prepare: building geo-data' + (process.env.GEO_DATA_MIRROR ? ' from mirror ' + process.env.GEO_DATA_MIRROR : ' (downloading; set GEO_DATA_MIRROR for offline builds)'));
  run('npm run geo-data');
}
if (process.env.SITROOM_SKIP_BUILD !== '1') run('npm run build');

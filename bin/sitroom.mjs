#!/usr/bin/env node
// The `sitroom` command: runs the compiled CLI (npm run build produces dist/).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'dist', 'main', 'cli', 'index.js');
if (!existsSync(entry)) {
  console.error('sitroom: the app is not built yet. Run `npm run build` in ' + root + ' first.');
  process.exit(1);
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));

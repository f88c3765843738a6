/**
 * `sitroom ingest <adapter> <file>`: runs a recorded upstream payload through an adapter (its-traffic,
 * its-events, its-cctv, dssp-alerts ...) and prints one normalised record per line on stdout (NDJSON,
 * the event envelope without `seq`) and each rejection as `{reason, input}` on stderr. An error the
 * upstream signalled inside the payload (quota, unknown key) is a stderr line too. Exit 0 when the
 * file was read, even with rejections; 1 for bad arguments; 2 when the file cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createForestAdapters } from '../../../hub/connectors/adapters/forest-adapters.js';
import { adapters } from '../../../hub/connectors/adapters/index.js';
import { defaultAppDirs } from '../../core/app-paths.js';
import { loadRegionIndex } from '../../core/region/index.js';

export const summary = `normalise a recorded upstream payload: ingest <${Object.keys(adapters).join('|')}> <file>`;

const USAGE = `usage: sitroom ingest <adapter> <file>   (adapters: ${Object.keys(adapters).join(', ')})`;

export async function run(args: string[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`), err: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out(`sitroom ingest: ${summary}\n${USAGE}`);
    return 0;
  }
  const [id, file] = args;
  if (args.length !== 2 || !id || !file) {
    err(`sitroom ingest: expected an adapter and a file\n${USAGE}`);
    return 1;
  }
  let adapter = Object.prototype.hasOwnProperty.call(adapters, id) ? adapters[id] : undefined;
  if (adapter && ['kfs-fires', 'fire-danger', 'landslide'].includes(id)) {
    // Forest feeds name sigungu without a province: resolve them with the region index when geo-data is built.
    try {
      const geoDataDir = process.env.SITROOM_GEO_DATA ? resolve(process.env.SITROOM_GEO_DATA) : defaultAppDirs().geoDataDir;
      adapter = createForestAdapters(loadRegionIndex(geoDataDir))[id] ?? adapter;
    } catch (e) {
      err(`sitroom ingest: no region index (${e instanceof Error ? e.message : String(e)}); regions from code fields only`);
    }
  }
  if (!adapter) {
    err(`sitroom ingest: unknown adapter "${id}"\n${USAGE}`);
    return 1;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    err(`sitroom ingest: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const result = adapter.payload(text, { now: Date.now() });
  for (const ev of result.events) out(JSON.stringify(ev));
  for (const r of result.rejects) err(JSON.stringify({ reason: r.reason, input: r.raw }));
  if (result.upstream && result.upstream.kind !== 'ok') err(JSON.stringify({ reason: `upstream ${result.upstream.kind}: ${result.upstream.message}`, input: null }));
  return 0;
}

/**
 * `npm run geo-data`: builds geo-data/out from the pinned inputs in geo-data/sources.json.
 * Inputs come from GEO_DATA_MIRROR (a folder laid out like the files' `file` paths) or, without
 * it, from their canonical URLs. See geo-data/README.md.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGeoData } from './lib/build-geo-data.js';
import { buildRoads } from './roads/build-roads.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const mirror = process.env.GEO_DATA_MIRROR ? resolve(process.env.GEO_DATA_MIRROR) : null;
const outDir = process.env.GEO_DATA_OUT ? resolve(process.env.GEO_DATA_OUT) : join(root, 'geo-data', 'out');
const started = performance.now();
console.log(`geo-data: building ${outDir} from ${mirror ? `mirror ${mirror}` : 'the canonical URLs (set GEO_DATA_MIRROR for offline builds)'}`);
try {
  const { log, outputs } = await buildGeoData({ root, outDir, mirror });
  for (const line of log) console.log(`geo-data: ${line}`);
  const mapBytes = outputs.filter((o) => o.file.startsWith('map/')).reduce((s, o) => s + o.bytes, 0);
  console.log(`geo-data: ${outputs.length + 1} files written, map/ ${(mapBytes / 1e6).toFixed(2)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // Roads need the region index just written (waypoints sit at sigungu label points).
  for (const line of (await buildRoads(outDir)).log) console.log(`geo-data: ${line}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}

/**
 * `sitroom forest-import <stands|zones|roads> <file.geojson|file.shp> [--data DIR] [--crs EPSG:5186|EPSG:5179|EPSG:4326|<proj4>] [--encoding cp949] [--dry-run]`:
 * imports a forest management base layer (main/core/forest/forest-base-import.ts) into
 * `<data>/forest/<layer>.geojson`, where the core reads it (stands: the spread model's fuel class).
 * Prints `{layer, imported, rejected, file}` on stdout and each rejection as `{reason, record, input}` on
 * stderr. Exit 0 when the file was read (even with rejections), 1 for bad arguments, 2 when the file
 * cannot be read or parsed.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { forestBaseFile } from '../../core/forest/forest-base.js';
import { FOREST_BASE_LAYERS, importForestBaseFile, type ForestBaseLayer } from '../../core/forest/forest-base-import.js';
import { EPSG_5186 } from '../../core/its/moct/moct-import.js';

export const summary = 'import forest stands, management zones or forest roads (GeoJSON or shapefile) into the data folder';

const USAGE = 'usage: sitroom forest-import <stands|zones|roads> <file.geojson|file.shp> [--data DIR] [--crs EPSG:5186|EPSG:5179|EPSG:4326|<proj4>] [--encoding cp949] [--dry-run]';

/** The CRS names a Korean forest export usually comes in. */
const CRS: Record<string, string> = {
  'EPSG:5186': EPSG_5186,
  'EPSG:5179': '+proj=tmerc +lat_0=38 +lon_0=127.5 +k=0.9996 +x_0=1000000 +y_0=2000000 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs',
};

export async function run(args: string[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`), err: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out(`sitroom forest-import: ${summary}\n${USAGE}`);
    return 0;
  }
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--dry-run') flags['dry-run'] = true;
    else if (a.startsWith('--')) {
      const v = args[++i];
      if (v === undefined) { err(`sitroom forest-import: ${a} needs a value\n${USAGE}`); return 1; }
      flags[a.slice(2)] = v;
    } else positional.push(a);
  }
  const [layer, file] = positional;
  if (positional.length !== 2 || !FOREST_BASE_LAYERS.includes(layer as ForestBaseLayer) || !file) {
    err(`sitroom forest-import: expected a layer (${FOREST_BASE_LAYERS.join('|')}) and a file\n${USAGE}`);
    return 1;
  }
  const unknown = Object.keys(flags).filter((k) => !['data', 'crs', 'encoding', 'dry-run'].includes(k));
  if (unknown.length) { err(`sitroom forest-import: unknown option --${unknown[0]}\n${USAGE}`); return 1; }
  const crsFlag = typeof flags['crs'] === 'string' ? flags['crs'] : undefined;
  const crs = crsFlag ? (CRS[crsFlag.toUpperCase()] ?? (crsFlag.startsWith('+proj') ? crsFlag : null)) : undefined;
  if (crs === null) { err(`sitroom forest-import: unknown CRS ${crsFlag} (${Object.keys(CRS).join(', ')} or a proj4 string)`); return 1; }
  let result;
  try {
    result = importForestBaseFile(layer as ForestBaseLayer, file, { ...(crs ? { crs } : {}), ...(typeof flags['encoding'] === 'string' ? { encoding: flags['encoding'] } : {}) });
  } catch (e) {
    err(`sitroom forest-import: cannot import ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  for (const r of result.rejects) err(JSON.stringify({ reason: r.reason, record: r.record, input: r.raw }));
  const dataDir = typeof flags['data'] === 'string' ? flags['data'] : join(homedir(), '.sitroom');
  const target = forestBaseFile(dataDir, layer as ForestBaseLayer);
  if (!flags['dry-run']) {
    mkdirSync(dirname(target), { recursive: true });
    // Written aside and renamed, so a running core never reads half a file.
    writeFileSync(`${target}.tmp`, JSON.stringify(result.collection));
    renameSync(`${target}.tmp`, target);
  }
  out(JSON.stringify({ layer, imported: result.collection.features.length, rejected: result.rejects.length, file: flags['dry-run'] ? null : target }));
  return 0;
}

/**
 * The roads step of the geo-data build: reads the region index already in `outDir`, builds the
 * schematic expressway network and writes `roads/links.geojson`, `roads/nodes.json` and
 * `roads/routes.json`, then records those files, their sources and `schematic: true` in
 * `manifest.json`. Runs after the main build (geo-data/build.ts) or alone:
 * `tsx geo-data/roads/build-roads.ts [outDir]` (default geo-data/out).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegionIndex } from '../../main/core/region/index.js';
import type { RegionIndex } from '../../main/core/region/index.js';
import { serialise } from '../lib/features.js';
import { sha256 } from '../lib/inputs.js';
import { buildNetwork, type Network, type WaypointResolver } from './build-network.js';
import { EXPRESSWAYS } from './expressways.js';

export const ROAD_FILES = ['roads/links.geojson', 'roads/nodes.json', 'roads/routes.json'] as const;

/** Resolves waypoints by province + name through the region index (never a bare name). */
export function regionResolver(index: RegionIndex): WaypointResolver {
  return (w) => {
    const r = index.resolveName(w.province, w.name);
    if (r.kind !== 'found') return { error: r.kind === 'not-found' ? r.reason : 'ambiguous name' };
    const c = index.centroid('sigungu', r.region.code);
    if (!c) return { error: `no label point for ${r.region.code}` };
    return { code: r.region.code, lon: c[0], lat: c[1] };
  };
}

/** Builds the network from the region index in `geoDataDir` (no files written). */
export function buildSchematicNetwork(geoDataDir: string): Network {
  const index = loadRegionIndex(geoDataDir);
  return buildNetwork(EXPRESSWAYS, regionResolver(index), (lon, lat) => index.at(lon, lat)?.sigungu.code ?? null);
}

interface Manifest {
  outputs?: Array<{ file: string; sha256: string; bytes?: number }>;
  attributions?: Array<{ text: string; licence: string }>;
  [key: string]: unknown;
}

export async function buildRoads(outDir: string): Promise<{ log: string[]; network: Network }> {
  const network = buildSchematicNetwork(outDir);
  const files: Record<(typeof ROAD_FILES)[number], string> = {
    'roads/links.geojson': serialise(network.links),
    'roads/nodes.json': serialise({ schematic: true, nodes: network.nodes }),
    'roads/routes.json': serialise({ schematic: true, routes: network.routes }),
  };
  await mkdir(join(outDir, 'roads'), { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    // Write then rename, so a reader never sees half a file.
    const tmp = join(outDir, `${file}.tmp-${process.pid}`);
    await writeFile(tmp, content);
    await rename(tmp, join(outDir, file));
  }
  const manifestPath = join(outDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
  const outputs = (manifest.outputs ?? []).filter((o) => !o.file.startsWith('roads/'));
  for (const [file, content] of Object.entries(files)) outputs.push({ file, sha256: sha256(content), bytes: Buffer.byteLength(content) });
  outputs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const attributions = (manifest.attributions ?? []).filter((a) => !a.text.startsWith('Expressway network'));
  attributions.push({ text: 'Expressway network: schematic, authored from public route facts (numbers, names, lengths, sigungu passed, junctions); see roads.routes[].source and geo-data/roads/expressways.ts', licence: 'facts' });
  const km = network.links.features.reduce((s, f) => s + (f.properties.dir === 'F' ? f.properties.lengthM : 0), 0) / 1000;
  const updated = {
    ...manifest,
    attributions,
    roads: {
      schematic: true,
      note: 'Schematic expressway network: straight legs between the label points of the sigungu each route passes, split into 1–2 km directional links. Not surveyed geometry; import MOCT_LINK/MOCT_NODE for the real network.',
      authored: 'geo-data/roads/expressways.ts',
      routeCount: network.routes.length,
      linkCount: network.links.features.length,
      nodeCount: network.nodes.length,
      km: Math.round(km * 10) / 10,
      routes: network.routes.map((r) => ({ no: r.no, nameKo: r.nameKo, nameEn: r.nameEn, officialKm: r.officialKm, builtKm: r.builtKm, source: r.source, lengthCheck: r.lengthCheck })),
    },
    outputs,
  };
  await writeFile(`${manifestPath}.tmp-${process.pid}`, serialise(updated));
  await rename(`${manifestPath}.tmp-${process.pid}`, manifestPath);
  const log = [`roads: ${network.routes.length} routes, ${network.links.features.length} directed links, ${network.nodes.length} nodes, ${km.toFixed(1)} km (schematic)`];
  return { log, network };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
  const outDir = process.argv[2] ? resolve(process.argv[2]) : join(root, 'geo-data', 'out');
  try {
    const { log } = await buildRoads(outDir);
    for (const line of log) console.log(`geo-data: ${line}`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  }
}

/**
 * The geo-data build as a function: verified inputs in, geo-data/out files (and manifest.json with
 * every input and output hash) out. Output bytes depend only on the inputs.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { GridIndex } from '../../main/core/region/grid-index.js';
import { countriesCollection, coastlineCollection, landCollection } from './basemap.js';
import { serialise } from './features.js';
import type { InputSpec } from './inputs.js';
import { listInputs, loadInput, readSources, sha256 } from './inputs.js';
import { BANDS, type BandName, bandShapes, labelCollections, regionFeatures } from './map-layers.js';
import type { PlacesFile } from './places.js';
import { placesCollection } from './places.js';
import type { VoteProps } from './regions.js';
import { buildRegions } from './regions.js';
import { simplifyTopology } from './topology.js';

export interface BuildOptions {
  /** Package root (holds geo-data/sources.json and node_modules). */
  root: string;
  /** Where to write; replaced atomically at the end. */
  outDir: string;
  /** Mirror folder, or null to download from the canonical URLs. */
  mirror: string | null;
  /** Alternative sources file (tests use a modified copy). */
  sourcesPath?: string;
  fetchImpl?: typeof fetch;
}

export interface BuildResult {
  log: string[];
  outputs: Array<{ file: string; sha256: string; bytes: number }>;
}

const parse = <T>(b: Buffer): T => JSON.parse(b.toString('utf8')) as T;

export async function buildGeoData(opts: BuildOptions): Promise<BuildResult> {
  const log: string[] = [];
  const sources = await readSources(opts.sourcesPath ?? join(opts.root, 'geo-data', 'sources.json'));
  const specs = listInputs(sources);
  const bytes = new Map<string, Buffer>();
  // Read in small parallel batches: 500+ glyph files, a few large JSON files.
  for (let i = 0; i < specs.length; i += 32) {
    const batch = specs.slice(i, i + 32);
    const loaded = await Promise.all(batch.map((s) => loadInput(s, { mirror: opts.mirror, root: opts.root, ...(opts.fetchImpl ? { fetchImpl: opts.fetchImpl } : {}) })));
    batch.forEach((s, k) => bytes.set(s.id, loaded[k]!));
  }
  const input = (id: string): Buffer => {
    const b = bytes.get(id);
    if (!b) throw new Error(`geo-data: sources.json lacks input ${id}`);
    return b;
  };
  log.push(`inputs: ${specs.length} verified (${opts.mirror ? 'mirror' : 'download'})`);

  const rawMuni = parse<Topology>(input('sgis-2018-municipalities'));
  const rawSub = parse<Topology>(input('sgis-2018-submunicipalities'));
  const vote = parse<FeatureCollection<Polygon | MultiPolygon, VoteProps>>(input('admdongkor-2022-sgg-vote'));
  const regions = buildRegions(simplifyTopology(rawMuni, 0, 5), simplifyTopology(rawSub, 0, 5), vote);
  log.push(...regions.log);
  const { index } = regions;
  log.push(`regions: ${index.sido.length} sido, ${index.sigungu.length} sigungu, ${index.emd.length} eup-myeon-dong; adults on the 2022 roll ${index.sigungu.reduce((s, r) => s + r.adults2022, 0)}`);

  const files = new Map<string, string | Buffer>();
  const sidoOf = new Map(index.sigungu.map((r) => [r.code, r.sidoCode]));
  const emdParent = new Map(index.emd.map((r) => [r.sgisCode, r.sigunguCode]));
  const extra = {
    sido: undefined,
    sigungu: (s: { code: string | null }) => ({ sidoCode: sidoOf.get(s.code ?? '') ?? '' }),
    emd: (s: { sgisCode: string }) => ({ sigunguCode: emdParent.get(s.sgisCode) ?? '' }),
  };
  files.set('regions/sido.geojson', serialise(regionFeatures(regions.sido)));
  files.set('regions/sigungu.geojson', serialise(regionFeatures(regions.sigungu, extra.sigungu)));
  files.set('regions/emd.geojson', serialise(regionFeatures(regions.emd, extra.emd)));
  files.set('region-index.json', serialise(index));

  for (const band of Object.keys(BANDS) as BandName[]) {
    const shapes = bandShapes(band, { muni: rawMuni, sub: rawSub }, regions, index);
    const level = BANDS[band].level;
    files.set(`map/${band}.geojson`, serialise(regionFeatures(shapes, extra[level])));
  }
  const labels = labelCollections(index);
  for (const level of ['sido', 'sigungu', 'emd'] as const) files.set(`map/labels-${level}.geojson`, serialise(labels[level]));

  files.set('map/land.geojson', serialise(landCollection(parse<Topology>(input('world-atlas-land-10m')))));
  files.set('map/countries.geojson', serialise(countriesCollection(parse<Topology>(input('world-atlas-countries-10m')))));
  files.set('map/coastline.geojson', serialise(coastlineCollection(parse<FeatureCollection<LineString | MultiLineString>>(input('ne-coastline')))));

  const grid = new GridIndex(regions.sigungu.map((s) => s.coords));
  const locate = (lon: number, lat: number): string | null => {
    const k = grid.find(lon, lat);
    return k < 0 ? null : index.sigungu[k]!.sidoCode;
  };
  const facts = JSON.parse(await readFile(join(opts.root, 'geo-data', 'korea-places.json'), 'utf8')) as PlacesFile;
  const ne = {
    port: parse<FeatureCollection<Point>>(input('ne-ports')),
    airport: parse<FeatureCollection<Point>>(input('ne-airports')),
    peak: parse<FeatureCollection<Point>>(input('ne-elevation-points')),
  };
  files.set('map/places.geojson', serialise(placesCollection(ne, facts, locate, log)));

  for (const s of specs) if (s.id.startsWith('glyphs:')) files.set(s.file, input(s.id));

  const outputs = [...files.entries()]
    .map(([file, content]) => ({ file, sha256: sha256(content), bytes: Buffer.byteLength(content) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  files.set('manifest.json', serialise(manifest(specs, outputs, opts.mirror !== null)));
  await writeAtomically(opts.outDir, files);
  return { log, outputs };
}

function manifest(specs: InputSpec[], outputs: BuildResult['outputs'], fromMirror: boolean): unknown {
  const seen = new Set<string>();
  const attributions = specs.flatMap((s) => {
    if (seen.has(s.attribution)) return [];
    seen.add(s.attribution);
    return [{ text: s.attribution, licence: s.licence }];
  });
  attributions.push({ text: 'Korean names and coordinates of major ports, airports and peaks: public facts (Wikipedia), see geo-data/korea-places.json', licence: 'facts' });
  return {
    version: 1,
    builtFrom: fromMirror ? 'mirror' : 'download',
    sources: 'geo-data/sources.json',
    notes: {
      adults2022: 'Per-sigungu adults2022 is POPU_ALL of the 20th presidential election (9 March 2022): adults 18+ on the electoral roll (44,197,692 nationally), not the total population. No population estimate is made.',
      codes: 'sido/sigungu carry the current Interior code (`code`: Gangwon 51, Jeonbuk 52, Gunwi-gun 27720 in Daegu) and the SGIS 2018 code (`sgisCode`); eup-myeon-dong carry only their 7-digit SGIS code.',
      geometry: 'Boundaries are SGIS 2018; sido are dissolved from sigungu by current province. map/ layers are topology-preserving Douglas-Peucker simplifications per zoom band.',
    },
    attributions,
    inputs: specs.map((s) => ({ id: s.id, file: s.file, url: s.url, licence: s.licence, attribution: s.attribution, sha256: s.sha256, ...(s.npm ? { npm: s.npm } : {}), ...(s.derived ? { derived: s.derived } : {}) })),
    outputs,
  };
}

/** Writes everything into a sibling temp folder, then swaps it in, so readers never see half a build. */
async function writeAtomically(outDir: string, files: Map<string, string | Buffer>): Promise<void> {
  const tmp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const dirs = new Set([...files.keys()].map((f) => dirname(join(tmp, f))));
  for (const d of [...dirs].sort()) await mkdir(d, { recursive: true });
  await Promise.all([...files.entries()].map(([f, c]) => writeFile(join(tmp, f), c)));
  await rename(outDir, old).catch(() => undefined);
  await rename(tmp, outDir);
  await rm(old, { recursive: true, force: true });
}

/**
 * Impact query over ≥ 1,000,000 point features: the core's indexed query (`computeImpact` over the
 * live R-tree, containment through the polygon grid) versus a plain turf scan (booleanPointInPolygon
 * on every feature), for three areas — a 10 km buffer in Seoul, a sigungu (의성군), a province
 * (경상북도) — in one run. A second baseline gives turf the area's bbox (which turf then checks first),
 * to show what the index gains over the cheapest scan too.
 *
 * Features are deterministic (seeded): a sigungu drawn with probability proportional to its adults on
 * the 2022 roll, a point drawn in its bbox, kept when the region index puts it on land. 5 % are
 * shelters, 5 % CCTV, the rest a panel stream. The area geometries are resolved before timing (the
 * core caches them per area); road links are left out on both sides.
 *
 * Run: `npx tsx bench/impact-index.ts [--features N] [--repeats R]` (or `BENCH_ONLY=impact npm run bench`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, feature } from '@turf/turf';
import type { LiveFeature } from '../main/common/live-sync.js';
import type { AoiSpec } from '../main/common/panels/aoi.js';
import { seededRandom } from '../main/common/seeded-random.js';
import { resolveAoi } from '../main/core/panels/area-adults.js';
import { computeImpact } from '../main/core/panels/impact.js';
import { LiveSpatialIndex } from '../main/core/panels/live-index.js';
import { loadRegionIndex, type RegionIndex } from '../main/core/region/index.js';

export interface ImpactBenchRow {
  area: string;
  /** Features inside the area (indexed count; the scan's count must match). */
  inside: number;
  scanInside: number;
  /** Indexed query, best of `repeats`, ms. */
  indexedMs: number;
  /** Plain turf scan over every feature, ms (one run). */
  scanMs: number;
  /** Turf scan with the area's bbox given to turf, ms (one run). */
  scanBBoxMs: number;
  ratio: number;
  ratioBBox: number;
}

export interface ImpactBenchResult {
  features: number;
  generateMs: number;
  indexBuildMs: number;
  rows: ImpactBenchRow[];
}

function generate(ix: RegionIndex, n: number, seed: number): LiveFeature[] {
  const rnd = seededRandom(seed);
  const sigungu = ix.list('sigungu').map((r) => ({ code: r.code, adults: ix.adults2022(r.code) ?? 0, bbox: ix.card('sigungu', r.code)!.bbox }));
  const total = sigungu.reduce((s, r) => s + r.adults, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const r of sigungu) cumulative.push((acc += r.adults / total));
  const out: LiveFeature[] = [];
  while (out.length < n) {
    const u = rnd();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    const b = sigungu[lo]!.bbox;
    const lon = b[0] + rnd() * (b[2] - b[0]);
    const lat = b[1] + rnd() * (b[3] - b[1]);
    if (!ix.at(lon, lat)) continue;
    const i = out.length;
    const stream = i % 20 === 0 ? 'ndms.shelters' : i % 20 === 1 ? 'its.cctv' : 'bench.points';
    out.push({ stream, key: `f${i}`, kind: 'bench', status: 'test', ts: 0, receivedAt: 0, seq: i + 1, props: stream === 'ndms.shelters' ? { open: true, capacity: 100, occupancy: 10 } : {}, geometry: { type: 'Point', coordinates: [lon, lat] } });
  }
  return out;
}

export async function benchImpactIndex(opts: { features?: number; repeats?: number; seed?: number } = {}): Promise<ImpactBenchResult> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const geoDataDir = join(root, 'geo-data', 'out');
  if (!existsSync(join(geoDataDir, 'manifest.json'))) throw new Error('geo-data is not built: GEO_DATA_MIRROR=../shared/geodata npm run geo-data');
  const ix = loadRegionIndex(geoDataDir);
  const n = opts.features ?? 1_000_000;
  const repeats = opts.repeats ?? 5;

  let t = performance.now();
  const features = generate(ix, n, opts.seed ?? 20261127);
  const generateMs = performance.now() - t;
  t = performance.now();
  const index = new LiveSpatialIndex();
  const byStream = new Map<string, LiveFeature[]>();
  for (const f of features) {
    const list = byStream.get(f.stream);
    if (list) list.push(f);
    else byStream.set(f.stream, [f]);
  }
  index.load([...byStream].map(([stream, fs]) => ({ stream, cursor: fs.length, features: fs })));
  const indexBuildMs = performance.now() - t;

  const areas: Array<[string, AoiSpec]> = [
    ['10 km buffer (Seoul City Hall)', { type: 'buffer', geometry: { type: 'Point', coordinates: [126.978, 37.5665] }, radiusKm: 10 }],
    ['sigungu 47730 의성군', { type: 'region', level: 'sigungu', code: '47730' }],
    ['province 47 경상북도', { type: 'region', level: 'sido', code: '47' }],
  ];
  const rows: ImpactBenchRow[] = [];
  for (const [name, spec] of areas) {
    const aoi = resolveAoi(spec, ix);
    let indexedMs = Infinity;
    let inside = 0;
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      const s = computeImpact({ aoi, index, regions: ix, roads: null, panels: [], exercise: false });
      indexedMs = Math.min(indexedMs, performance.now() - t0);
      inside = Object.values(s.streams).reduce((a, b) => a + b, 0);
    }
    const area = feature(aoi.geometry);
    const scan = (target: typeof area): { ms: number; inside: number } => {
      const t0 = performance.now();
      const counts = new Map<string, number>();
      for (const f of features) {
        if (booleanPointInPolygon(f.geometry!.coordinates as [number, number], target)) counts.set(f.stream, (counts.get(f.stream) ?? 0) + 1);
      }
      return { ms: performance.now() - t0, inside: [...counts.values()].reduce((a, b) => a + b, 0) };
    };
    const plain = scan(area);
    const withBBox = scan({ ...area, bbox: aoi.bbox });
    rows.push({ area: name, inside, scanInside: plain.inside, indexedMs, scanMs: plain.ms, scanBBoxMs: withBBox.ms, ratio: plain.ms / indexedMs, ratioBBox: withBBox.ms / indexedMs });
  }
  return { features: n, generateMs, indexBuildMs, rows };
}

export function formatImpactBench(r: ImpactBenchResult): string {
  const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  const lines = [
    `impact query over ${fmt(r.features)} point features: indexed (R-tree + polygon grid, best of runs) vs plain turf scan (booleanPointInPolygon on every feature, one run)`,
    `generated in ${fmt(r.generateMs)} ms; index built (bulk load) in ${fmt(r.indexBuildMs)} ms`,
    '',
    'area                              inside   scan inside  indexed ms   turf scan ms  ratio    turf+bbox ms  ratio',
  ];
  for (const x of r.rows) {
    lines.push(`${x.area.padEnd(32)} ${fmt(x.inside).padStart(8)} ${fmt(x.scanInside).padStart(12)} ${fmt(x.indexedMs, 2).padStart(11)} ${fmt(x.scanMs).padStart(14)} ${fmt(x.ratio, 0).padStart(6)}× ${fmt(x.scanBBoxMs).padStart(13)} ${fmt(x.ratioBBox, 0).padStart(6)}×`);
  }
  const sg = r.rows[1];
  if (sg) lines.push('', `sigungu target ≥ 100×: ${sg.ratio >= 100 ? 'met' : 'MISSED'} (${fmt(sg.ratio, 0)}×)`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string): number | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const result = await benchImpactIndex({ features: arg('features'), repeats: arg('repeats') });
  console.log(formatImpactBench(result));
  console.log(JSON.stringify({ impactIndex: result }));
}

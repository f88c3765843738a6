/**
 * `sitroom impact --geojson AREA.geojson [--buffer-km N] [--data DIR]`: the impact summary of an area as
 * JSON — `{"population": {"adults": n, …}, "shelters": {…}, "roads": {…}, …}` — over the store that
 * `sitroom sync --data DIR` keeps (DIR/store.sqlite). Without a store (or with an empty DIR) the live
 * figures are zero and the adults still come from the built-in region data.
 *
 * The file may hold a Polygon/MultiPolygon geometry, a Feature, or a FeatureCollection (its polygons
 * taken together as one MultiPolygon). A point or line needs `--buffer-km`; `--buffer-km` on a polygon
 * buffers it. Reads geo-data/out of the package, or the folder in SITROOM_GEO_DATA.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GeoJsonGeometry } from '../../common/events.js';
import { geometrySchema } from '../../common/events.js';
import type { LiveStreamSnapshot } from '../../common/live-sync.js';
import type { AoiSpec } from '../../common/panels/aoi.js';
import type { ImpactSummary } from '../../common/panels/impact-types.js';
import type { PanelDefinition } from '../../common/panels/panel-definition.js';
import { PANEL_DEFINITIONS } from '../../common/panels/registry.js';
import { defaultAppDirs } from '../../core/app-paths.js';
import { resolveAoi } from '../../core/panels/area-adults.js';
import { computeImpact } from '../../core/panels/impact.js';
import { LiveSpatialIndex } from '../../core/panels/live-index.js';
import { loadRoadLinkIndex } from '../../core/panels/road-links.js';
import { loadRegionIndex } from '../../core/region/index.js';
import { openDatabase } from '../../core/store/open-database.js';
import { EventStore } from '../../core/store/event-store.js';

export const summary = 'impact summary of an area (--geojson FILE [--buffer-km N] --data DIR) as JSON';

const USAGE = 'usage: sitroom impact --geojson AREA.geojson [--buffer-km N] [--data DIR]';

/** The area spec of a GeoJSON document (geometry, Feature or FeatureCollection). */
export function specFromGeoJson(doc: unknown, bufferKm: number | null): AoiSpec {
  const geoms: GeoJsonGeometry[] = [];
  const take = (g: unknown, where: string): void => {
    const p = geometrySchema.safeParse(g);
    if (!p.success) throw new Error(`${where}: not a GeoJSON geometry (GeometryCollection is not supported)`);
    geoms.push(p.data);
  };
  const d = doc as { type?: unknown; geometry?: unknown; features?: unknown };
  if (d?.type === 'FeatureCollection' && Array.isArray(d.features)) d.features.forEach((f, i) => take((f as { geometry?: unknown })?.geometry, `feature ${i + 1}`));
  else if (d?.type === 'Feature') take(d.geometry, 'the feature');
  else take(doc, 'the file');
  if (geoms.length === 0) throw new Error('the file holds no geometry');
  const polygons = geoms.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []));
  const allAreas = polygons.length > 0 && geoms.every((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
  if (bufferKm === null) {
    if (!allAreas) throw new Error(`the file holds ${[...new Set(geoms.map((g) => g.type))].join(', ')}: give --buffer-km N for points and lines`);
    return { type: 'polygon', geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons } };
  }
  if (geoms.length !== 1) throw new Error('--buffer-km takes one geometry (the file holds several)');
  return { type: 'buffer', geometry: geoms[0]!, radiusKm: bufferKm };
}

/** Current state of every stream of DIR/store.sqlite (none when the folder has no store). */
export function readStoreSnapshot(dataDir: string | null): { streams: LiveStreamSnapshot[]; exercise: boolean; store: string | null } {
  const file = dataDir ? join(dataDir, 'store.sqlite') : null;
  if (!file || !existsSync(file)) return { streams: [], exercise: false, store: null };
  const store = new EventStore(openDatabase(file, { readonly: true }));
  try {
    const streams = store.streams().map((stream) => ({ stream, cursor: store.cursor(stream), features: store.currentState(stream) }));
    const exercise = streams.some((s) => s.features.some((f) => f.status === 'exercise'));
    return { streams, exercise, store: file };
  } finally {
    store.close();
  }
}

/** The summary, with population first as the command's output promises. */
export function impactForFiles(a: { spec: AoiSpec; dataDir: string | null; geoDataDir: string; panels?: readonly PanelDefinition[] }): ImpactSummary & { store: string | null } {
  const regions = loadRegionIndex(a.geoDataDir);
  const aoi = resolveAoi(a.spec, regions);
  const snap = readStoreSnapshot(a.dataDir);
  const index = new LiveSpatialIndex();
  index.load(snap.streams);
  const s = computeImpact({ aoi, index, regions, roads: loadRoadLinkIndex(a.geoDataDir), panels: a.panels ?? PANEL_DEFINITIONS, exercise: snap.exercise });
  const { population, shelters, roads, cctv, messageSigns, fires, alerts, damage, panels, streams, area, ...rest } = s;
  return { population, shelters, roads, cctv, messageSigns, fires, alerts, damage, panels, streams, area, ...rest, store: snap.store };
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`sitroom impact: ${summary}\n${USAGE}`);
    return 0;
  }
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const name = a.startsWith('--') ? a.slice(2) : null;
    if (!name || !['geojson', 'data', 'buffer-km'].includes(name)) {
      console.error(`sitroom impact: unexpected argument "${a}"\n${USAGE}`);
      return 1;
    }
    const v = args[++i];
    if (v === undefined) {
      console.error(`sitroom impact: --${name} needs a value\n${USAGE}`);
      return 1;
    }
    values.set(name, v);
  }
  const file = values.get('geojson');
  if (!file) {
    console.error(`sitroom impact: --geojson is required\n${USAGE}`);
    return 1;
  }
  const bufferText = values.get('buffer-km');
  const bufferKm = bufferText === undefined ? null : Number(bufferText);
  if (bufferKm !== null && !(Number.isFinite(bufferKm) && bufferKm > 0 && bufferKm <= 200)) {
    console.error(`sitroom impact: --buffer-km must be a number of km in (0, 200]`);
    return 1;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`sitroom impact: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const spec = specFromGeoJson(doc, bufferKm);
  const geoDataDir = process.env.SITROOM_GEO_DATA ? resolve(process.env.SITROOM_GEO_DATA) : defaultAppDirs().geoDataDir;
  const dataDir = values.get('data') ?? null;
  if (dataDir && !existsSync(dataDir)) {
    console.error(`sitroom impact: data folder ${dataDir} does not exist`);
    return 1;
  }
  console.log(JSON.stringify(impactForFiles({ spec, dataDir, geoDataDir })));
  return 0;
}

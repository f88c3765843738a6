/**
 * Importer for the forest management base (Integrated Forest Management System exports): forest
 * stands (임상도: polygons with a fuel class), management zones (경영계획구 / 관리구역: polygons) and
 * forest roads (임도: lines), from GeoJSON (WGS84 lon/lat) or an ESRI shapefile (.shp + .dbf, any CRS
 * proj4 knows, default EPSG:5186; CP949 attributes unless a .cpg says otherwise). Output: one normalised
 * GeoJSON FeatureCollection per layer under `<data>/forest/`, every record that was not imported kept
 * with its reason. The core reads `stands.geojson` for the spread model's fuel class.
 *
 * Attribute names accepted (first present wins; Korean or the usual upper-case export names):
 * - stands: id `standId | STAND_ID | FID | id`; fuel `fuel | 임상 | FRTP_NM | KOFTR_NM` with
 *   conifer/broadleaf/mixed or 침엽수(림)/활엽수(림)/혼효림, or a code `FRTP_CD` 1/2/3 (침엽수/활엽수/혼효 —
 *   the order of the 1:5,000 임상도 legend; check it against the file's own layer definition).
 *   Stands without a usable fuel class (e.g. 죽림, 무립목지) are rejected, not guessed.
 * - zones: id `zoneId | ZONE_ID | id`; name `name | 구역명 | ZONE_NM`.
 * - roads: id `roadId | ROAD_ID | id`; name `name | 노선명 | ROAD_NM`; width `widthM | 폭 | WIDTH` (m).
 */
import { existsSync, readFileSync } from 'node:fs';
import proj4 from 'proj4';
import { fuelClassSchema, type FuelClass } from '../../common/forest/types.js';
import { readDbf, type DbfValue } from '../its/moct/dbf-reader.js';
import { EPSG_5186 } from '../its/moct/moct-import.js';
import { readShp, type ShpGeometry } from '../its/moct/shp-reader.js';

export type ForestBaseLayer = 'stands' | 'zones' | 'roads';
export const FOREST_BASE_LAYERS: readonly ForestBaseLayer[] = ['stands', 'zones', 'roads'];

type Position = [number, number];
type OutGeometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] } | { type: 'LineString'; coordinates: Position[] } | { type: 'MultiLineString'; coordinates: Position[][] };

export interface ForestBaseFeature {
  type: 'Feature';
  geometry: OutGeometry;
  properties: Record<string, string | number | boolean | null>;
}

export interface ForestBaseImport {
  layer: ForestBaseLayer;
  collection: { type: 'FeatureCollection'; features: ForestBaseFeature[] };
  rejects: Array<{ record: number; reason: string; raw: unknown }>;
}

const KOREA = { minLon: 124, maxLon: 132, minLat: 33, maxLat: 39 };
const KOREAN_FUEL: Record<string, FuelClass> = { 침엽수: 'conifer', 침엽수림: 'conifer', 활엽수: 'broadleaf', 활엽수림: 'broadleaf', 혼효림: 'mixed', 혼효: 'mixed' };
const FRTP_CODE: Record<string, FuelClass> = { '1': 'conifer', '2': 'broadleaf', '3': 'mixed' };

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);
const pick = (p: Record<string, unknown>, fields: readonly string[]): string | null => fields.map((f) => str(p[f])).find((v) => v !== null) ?? null;
const round7 = (x: number): number => Math.round(x * 1e7) / 1e7;

/** Twice the area with the sign of the winding, Σ (x₂ − x₁)(y₂ + y₁): positive for clockwise rings (x east, y north). */
function clockwiseArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[i]![0] - ring[j]![0]) * (ring[i]![1] + ring[j]![1]);
  return s;
}

function inRing(ring: Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** ESRI rings → polygons: clockwise rings are outers, each hole goes to the outer that contains it. */
export function ringsToPolygons(rings: Position[][]): Position[][][] {
  const outers: Position[][][] = [];
  const holes: Position[][] = [];
  for (const r of rings) {
    if (clockwiseArea(r) > 0) outers.push([r]);
    else holes.push(r);
  }
  for (const h of holes) {
    const owner = outers.find((o) => inRing(o[0]!, h[0]!));
    if (owner) owner.push(h);
    else outers.push([[...h].reverse()]); // a lone counter-clockwise ring: take it as an outer
  }
  return outers;
}

type Props = Record<string, string | number | boolean | null>;

function properties(layer: ForestBaseLayer, raw: Record<string, unknown>, record: number): { props: Props } | { reason: string } {
  if (layer === 'stands') {
    const standId = pick(raw, ['standId', 'STAND_ID', 'FID', 'id']) ?? `stand-${record}`;
    const named = pick(raw, ['fuel', '임상', 'FRTP_NM', 'KOFTR_NM']);
    const code = pick(raw, ['FRTP_CD']);
    const fuel = named ? (KOREAN_FUEL[named] ?? (fuelClassSchema.safeParse(named).success ? (named as FuelClass) : null)) : code ? (FRTP_CODE[code] ?? null) : null;
    if (!fuel) return { reason: `stand ${standId}: no fuel class conifer/broadleaf/mixed (fuel ${named ?? '—'}, FRTP_CD ${code ?? '—'})` };
    return { props: { standId, fuel, zone: pick(raw, ['zone', '경영계획구', 'ZONE_NM']), demo: false } };
  }
  if (layer === 'zones') {
    const zoneId = pick(raw, ['zoneId', 'ZONE_ID', 'id']) ?? `zone-${record}`;
    return { props: { zoneId, name: pick(raw, ['name', '구역명', 'ZONE_NM']), demo: false } };
  }
  const roadId = pick(raw, ['roadId', 'ROAD_ID', 'id']) ?? `road-${record}`;
  const width = pick(raw, ['widthM', '폭', 'WIDTH']);
  const widthM = width !== null && Number.isFinite(Number(width)) ? Number(width) : null;
  return { props: { roadId, name: pick(raw, ['name', '노선명', 'ROAD_NM']), widthM, demo: false } };
}

/** Checks the geometry type for the layer and that every position lies in Korea. */
function checkGeometry(layer: ForestBaseLayer, g: OutGeometry): string | null {
  const areal = g.type === 'Polygon' || g.type === 'MultiPolygon';
  if (layer === 'roads' ? areal : !areal) return `geometry ${g.type} does not fit the ${layer} layer (${layer === 'roads' ? 'lines' : 'polygons'} expected)`;
  const flat = JSON.stringify(g.coordinates).match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const [x, y] = [flat[i]!, flat[i + 1]!];
    if (x < KOREA.minLon || x > KOREA.maxLon || y < KOREA.minLat || y > KOREA.maxLat) return `position [${x}, ${y}] is outside Korea (GeoJSON must be WGS84 lon/lat; a shapefile needs its CRS)`;
  }
  return null;
}

/** From a GeoJSON FeatureCollection text. */
export function importForestBaseGeoJson(layer: ForestBaseLayer, text: string): ForestBaseImport {
  const doc = JSON.parse(text) as { type?: unknown; features?: unknown };
  if (doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) throw new Error('not a GeoJSON FeatureCollection');
  const out: ForestBaseImport = { layer, collection: { type: 'FeatureCollection', features: [] }, rejects: [] };
  doc.features.forEach((f: unknown, i: number) => {
    const feat = f as { geometry?: { type?: string; coordinates?: unknown } | null; properties?: Record<string, unknown> | null };
    const g = feat?.geometry;
    if (!g || !['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'].includes(String(g.type)) || !Array.isArray(g.coordinates)) {
      out.rejects.push({ record: i + 1, reason: `geometry ${String(g?.type ?? 'missing')} is not a polygon or line`, raw: f });
      return;
    }
    add(out, layer, g as OutGeometry, feat.properties ?? {}, i + 1, f);
  });
  return out;
}

function add(out: ForestBaseImport, layer: ForestBaseLayer, geometry: OutGeometry, raw: Record<string, unknown>, record: number, rawOut: unknown): void {
  const bad = checkGeometry(layer, geometry);
  if (bad) return void out.rejects.push({ record, reason: bad, raw: rawOut });
  const p = properties(layer, raw, record);
  if ('reason' in p) return void out.rejects.push({ record, reason: p.reason, raw: rawOut });
  out.collection.features.push({ type: 'Feature', geometry, properties: p.props });
}

/** From a shapefile (.shp and its .dbf); `crs` is a proj4 string (default EPSG:5186). */
export function importForestBaseShapefile(layer: ForestBaseLayer, input: { shp: Buffer; dbf: Buffer; encoding?: string; crs?: string }): ForestBaseImport {
  const shp = readShp(input.shp);
  const dbf = readDbf(input.dbf, input.encoding ?? 'cp949');
  const conv = proj4(input.crs ?? EPSG_5186, 'WGS84');
  const toLonLat = ([x, y]: Position): Position => {
    const [lon, lat] = conv.forward([x, y]);
    return [round7(lon!), round7(lat!)];
  };
  const out: ForestBaseImport = { layer, collection: { type: 'FeatureCollection', features: [] }, rejects: [] };
  const n = Math.max(shp.records.length, dbf.rows.length);
  for (let i = 0; i < n; i++) {
    const rec = shp.records[i];
    const row = dbf.rows[i];
    const raw: Record<string, DbfValue> | null = row?.values ?? null;
    if (!rec || !row) { out.rejects.push({ record: i + 1, reason: `${rec ? 'no .dbf row' : 'no .shp shape'} for record ${i + 1}`, raw }); continue; }
    if (row.deleted) { out.rejects.push({ record: i + 1, reason: 'row marked deleted in the .dbf', raw }); continue; }
    if ('error' in rec) { out.rejects.push({ record: i + 1, reason: rec.error, raw }); continue; }
    const g = geometryOf(rec.geometry, toLonLat);
    if (!g) { out.rejects.push({ record: i + 1, reason: `shape ${rec.geometry.type} is not a polygon or line`, raw }); continue; }
    add(out, layer, g, raw ?? {}, i + 1, raw);
  }
  return out;
}

function geometryOf(g: ShpGeometry, conv: (p: Position) => Position): OutGeometry | null {
  if (g.type === 'Polygon') {
    const polys = ringsToPolygons(g.rings).map((p) => p.map((r) => r.map(conv)));
    return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
  }
  if (g.type === 'PolyLine') {
    const parts = g.parts.map((p) => p.map(conv));
    return parts.length === 1 ? { type: 'LineString', coordinates: parts[0]! } : { type: 'MultiLineString', coordinates: parts };
  }
  return null;
}

/** Reads `file` (.geojson/.json, or .shp with its .dbf beside it and an optional .cpg naming the encoding). */
export function importForestBaseFile(layer: ForestBaseLayer, file: string, opts: { crs?: string; encoding?: string } = {}): ForestBaseImport {
  if (/\.shp$/i.test(file)) {
    const base = file.slice(0, -4);
    const dbfFile = [`${base}.dbf`, `${base}.DBF`].find((f) => existsSync(f));
    if (!dbfFile) throw new Error(`no .dbf beside ${file}`);
    const cpg = [`${base}.cpg`, `${base}.CPG`].find((f) => existsSync(f));
    const encoding = opts.encoding ?? (cpg ? readFileSync(cpg, 'utf8').trim() : undefined);
    return importForestBaseShapefile(layer, { shp: readFileSync(file), dbf: readFileSync(dbfFile), ...(encoding ? { encoding } : {}), ...(opts.crs ? { crs: opts.crs } : {}) });
  }
  return importForestBaseGeoJson(layer, readFileSync(file, 'utf8'));
}

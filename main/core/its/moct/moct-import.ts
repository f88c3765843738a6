/**
 * Importer for the national standard node-link network (표준노드링크): `MOCT_LINK` (PolyLine) and
 * `MOCT_NODE` (Point) shapefiles in EPSG:5186 (Korea 2000 / Central Belt 2010) with CP949 attribute
 * tables. Produces links in the same shape as the schematic network (so the road graph, the traffic
 * join by linkId and the map layers work unchanged) and nodes, plus every record it could not use
 * with the reason — nothing is dropped silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import proj4 from 'proj4';
import type { ItsLink, ItsNode } from '../../../common/its/types.js';
import { readDbf, type DbfValue } from './dbf-reader.js';
import { readShp, type ShpGeometry, type ShpRecord } from './shp-reader.js';

/** EPSG:5186, Korea 2000 / Central Belt 2010 (GRS80, origin 38°N 127°E, false origin 200 km / 600 km). */
export const EPSG_5186 = '+proj=tmerc +lat_0=38 +lon_0=127 +k=1 +x_0=200000 +y_0=600000 +ellps=GRS80 +units=m +no_defs';
const KOREA = { minLon: 124, maxLon: 132, minLat: 33, maxLat: 39 };

export interface ShapefileInput {
  shp: Buffer;
  dbf: Buffer;
  /** Text encoding of the .dbf; default cp949 (or what a .cpg names, see readMoctFolder). */
  encoding?: string;
  /** Source CRS as a proj4 string; default EPSG:5186. */
  crs?: string;
}

/** A record that was not imported, and why. */
export interface ImportReject {
  file: 'MOCT_LINK' | 'MOCT_NODE';
  record: number;
  reason: string;
  raw: Record<string, DbfValue> | null;
}

export interface LinkFeatureOut {
  type: 'Feature';
  id: number;
  properties: ItsLink;
  geometry: { type: 'LineString'; coordinates: Array<[number, number]> };
}

export interface MoctImport {
  links: { type: 'FeatureCollection'; features: LinkFeatureOut[] };
  nodes: ItsNode[];
  rejects: ImportReject[];
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

function toWgs84(crs: string): (p: [number, number]) => [number, number] | null {
  const conv = proj4(crs, 'WGS84');
  return ([x, y]) => {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    const [lon, lat] = conv.forward([x, y]);
    if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
    return [round7(lon), round7(lat)];
  };
}

const inKorea = ([lon, lat]: [number, number]) => lon >= KOREA.minLon && lon <= KOREA.maxLon && lat >= KOREA.minLat && lat <= KOREA.maxLat;

/** An id field: text, or an integral number written as text. */
function idText(v: DbfValue | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return null;
}

function num(v: DbfValue | undefined): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/** Pairs .shp records with .dbf rows by position; a count mismatch rejects the unpaired ones. */
function pair(file: ImportReject['file'], shp: ShpRecord[], rows: ReturnType<typeof readDbf>['rows'], rejects: ImportReject[]) {
  const n = Math.max(shp.length, rows.length);
  const out: Array<{ record: number; shape: { geometry: ShpGeometry }; values: Record<string, DbfValue> }> = [];
  for (let i = 0; i < n; i++) {
    const shape = shp[i];
    const row = rows[i];
    if (!shape || !row) {
      rejects.push({ file, record: i + 1, reason: `${shape ? 'no .dbf row' : 'no .shp shape'} for record ${i + 1} (${shp.length} shapes, ${rows.length} rows)`, raw: row?.values ?? null });
      continue;
    }
    if (row.deleted) {
      rejects.push({ file, record: i + 1, reason: 'row marked deleted in the .dbf', raw: row.values });
      continue;
    }
    if ('error' in shape) {
      rejects.push({ file, record: i + 1, reason: shape.error, raw: row.values });
      continue;
    }
    out.push({ record: i + 1, shape, values: row.values });
  }
  return out;
}

/** MOCT_LINK: LINK_ID, F_NODE, T_NODE, ROAD_NAME, ROAD_RANK, LANES, MAX_SPD, LENGTH + PolyLine. */
export function importMoctLinks(input: ShapefileInput, rejects: ImportReject[] = []): LinkFeatureOut[] {
  const shp = readShp(input.shp);
  const dbf = readDbf(input.dbf, input.encoding ?? 'cp949');
  const missing = ['LINK_ID', 'F_NODE', 'T_NODE', 'LANES', 'MAX_SPD', 'LENGTH'].filter((f) => !dbf.fields.some((x) => x.name === f));
  if (missing.length > 0) throw new Error(`MOCT_LINK.dbf lacks field(s) ${missing.join(', ')}`);
  const project = toWgs84(input.crs ?? EPSG_5186);
  const seen = new Set<string>();
  const features: LinkFeatureOut[] = [];
  for (const { record, shape, values } of pair('MOCT_LINK', shp.records, dbf.rows, rejects)) {
    const bad = (reason: string) => rejects.push({ file: 'MOCT_LINK', record, reason, raw: values });
    const linkId = idText(values['LINK_ID']);
    const from = idText(values['F_NODE']);
    const to = idText(values['T_NODE']);
    if (!linkId) { bad('LINK_ID missing'); continue; }
    if (seen.has(linkId)) { bad(`duplicate LINK_ID ${linkId}`); continue; }
    if (!from || !to) { bad(`${from ? 'T_NODE' : 'F_NODE'} missing`); continue; }
    const lanes = num(values['LANES']);
    if (lanes === null || !Number.isInteger(lanes) || lanes < 1 || lanes > 16) { bad(`LANES must be a whole number 1–16: ${JSON.stringify(values['LANES'])}`); continue; }
    const maxSpd = num(values['MAX_SPD']);
    if (maxSpd === null || maxSpd <= 0 || maxSpd > 200) { bad(`MAX_SPD must be 1–200 km/h: ${JSON.stringify(values['MAX_SPD'])}`); continue; }
    const length = num(values['LENGTH']);
    if (length === null || length < 0) { bad(`LENGTH must be a non-negative number: ${JSON.stringify(values['LENGTH'])}`); continue; }
    if (shape.geometry.type !== 'PolyLine') { bad(`geometry is ${shape.geometry.type}, expected PolyLine`); continue; }
    const joined: Array<[number, number]> = [];
    let gap = false;
    for (const part of shape.geometry.parts) {
      const last = joined[joined.length - 1];
      if (last && part[0] && (part[0][0] !== last[0] || part[0][1] !== last[1])) gap = true;
      joined.push(...(last && part[0] && part[0][0] === last[0] && part[0][1] === last[1] ? part.slice(1) : part));
    }
    if (gap) { bad(`PolyLine has ${shape.geometry.parts.length} disconnected parts`); continue; }
    if (joined.length < 2) { bad(`PolyLine has ${joined.length} point(s), needs 2`); continue; }
    const coords = joined.map(project);
    const wrong = coords.findIndex((c) => c === null || !inKorea(c));
    if (wrong >= 0) { bad(`point ${wrong} (${joined[wrong]!.join(', ')}) is not in Korea after EPSG:5186 → WGS84; wrong coordinate system?`); continue; }
    seen.add(linkId);
    features.push({
      type: 'Feature',
      id: features.length + 1,
      properties: { linkId, roadName: typeof values['ROAD_NAME'] === 'string' ? values['ROAD_NAME'] : '', lanes, freeFlowKmh: maxSpd, lengthM: length, fromNode: from, toNode: to, route: null, ...(idText(values['ROAD_RANK']) ? { roadRank: idText(values['ROAD_RANK'])! } : {}) },
      geometry: { type: 'LineString', coordinates: coords as Array<[number, number]> },
    });
  }
  return features;
}

/** MOCT_NODE: NODE_ID, NODE_NAME + Point. */
export function importMoctNodes(input: ShapefileInput, rejects: ImportReject[] = []): ItsNode[] {
  const shp = readShp(input.shp);
  const dbf = readDbf(input.dbf, input.encoding ?? 'cp949');
  if (!dbf.fields.some((f) => f.name === 'NODE_ID')) throw new Error('MOCT_NODE.dbf lacks field NODE_ID');
  const project = toWgs84(input.crs ?? EPSG_5186);
  const seen = new Set<string>();
  const nodes: ItsNode[] = [];
  for (const { record, shape, values } of pair('MOCT_NODE', shp.records, dbf.rows, rejects)) {
    const bad = (reason: string) => rejects.push({ file: 'MOCT_NODE', record, reason, raw: values });
    const id = idText(values['NODE_ID']);
    if (!id) { bad('NODE_ID missing'); continue; }
    if (seen.has(id)) { bad(`duplicate NODE_ID ${id}`); continue; }
    if (shape.geometry.type !== 'Point') { bad(`geometry is ${shape.geometry.type}, expected Point`); continue; }
    const p = project(shape.geometry.coordinates);
    if (!p || !inKorea(p)) { bad(`point (${shape.geometry.coordinates.join(', ')}) is not in Korea after EPSG:5186 → WGS84; wrong coordinate system?`); continue; }
    seen.add(id);
    const name = typeof values['NODE_NAME'] === 'string' && values['NODE_NAME'] ? values['NODE_NAME'] : undefined;
    nodes.push({ id, lon: p[0], lat: p[1], kind: 'node', ...(name ? { name } : {}) });
  }
  return nodes;
}

/** Reads MOCT_LINK.* and (when present) MOCT_NODE.* from a folder; a .cpg file overrides the encoding. */
export function readMoctFolder(dir: string, opts: { encoding?: string; crs?: string } = {}): MoctImport {
  const load = (base: string): ShapefileInput | null => {
    const shp = join(dir, `${base}.shp`);
    const dbf = join(dir, `${base}.dbf`);
    if (!existsSync(shp) || !existsSync(dbf)) return null;
    const cpg = join(dir, `${base}.cpg`);
    const encoding = opts.encoding ?? (existsSync(cpg) ? readFileSync(cpg, 'latin1').trim() || 'cp949' : 'cp949');
    return { shp: readFileSync(shp), dbf: readFileSync(dbf), encoding, ...(opts.crs ? { crs: opts.crs } : {}) };
  };
  const linkIn = load('MOCT_LINK');
  if (!linkIn) throw new Error(`no MOCT_LINK.shp/.dbf in ${dir}`);
  const rejects: ImportReject[] = [];
  const features = importMoctLinks(linkIn, rejects);
  const nodeIn = load('MOCT_NODE');
  const nodes = nodeIn ? importMoctNodes(nodeIn, rejects) : [];
  return { links: { type: 'FeatureCollection', features }, nodes, rejects };
}

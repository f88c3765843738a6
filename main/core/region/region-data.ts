/**
 * Loads geo-data/out (region-index.json and the full-detail regions/*.geojson) into lookup tables:
 * records by code, geometries, parent links and the point-lookup grids.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionRef, EmdRef } from '../../common/region-types.js';
import type { MultiPolygonCoords, PolygonCoords } from './geometry.js';
import { GridIndex } from './grid-index.js';
import type { EmdRecord, RegionIndexFile, SidoRecord, SigunguRecord } from './index-file.js';
import { REGION_INDEX_VERSION } from './index-file.js';

interface GeoFeature {
  properties: { code?: string; sgisCode: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: PolygonCoords | MultiPolygonCoords };
}

/** Everything the region index needs, indexed. */
export interface RegionData {
  file: RegionIndexFile;
  sidoByCode: Map<string, SidoRecord>;
  sidoBySgis: Map<string, SidoRecord>;
  sigunguByCode: Map<string, SigunguRecord>;
  sigunguBySgis: Map<string, SigunguRecord>;
  emdBySgis: Map<string, EmdRecord>;
  /** Geometry by level and by the record's primary key (Interior code; SGIS for emd). Province shapes load on first use. */
  geometry: { readonly sido: Map<string, MultiPolygonCoords>; sigungu: Map<string, MultiPolygonCoords>; emd: Map<string, MultiPolygonCoords> };
  sigunguGrid: GridIndex;
  /** Sigungu in the grid's item order. */
  sigunguList: SigunguRecord[];
  emdGrid: GridIndex;
  emdList: EmdRecord[];
}

/** Raised when geo-data/out is missing or from an incompatible build. */
export class GeoDataMissingError extends Error {
  constructor(dir: string, detail: string) {
    super(`region index: geo-data not built in ${dir} (${detail}). Run \`npm run geo-data\` (offline: GEO_DATA_MIRROR=/path/to/mirror npm run geo-data).`);
    this.name = 'GeoDataMissingError';
  }
}

function readJson<T>(dir: string, rel: string): T {
  const path = join(dir, rel);
  if (!existsSync(path)) throw new GeoDataMissingError(dir, `${rel} is missing`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function geometries(dir: string, rel: string, key: (p: GeoFeature['properties']) => string): Map<string, MultiPolygonCoords> {
  const fc = readJson<{ features: GeoFeature[] }>(dir, rel);
  const out = new Map<string, MultiPolygonCoords>();
  for (const f of fc.features) {
    const g = f.geometry;
    out.set(key(f.properties), g.type === 'Polygon' ? [g.coordinates as PolygonCoords] : (g.coordinates as MultiPolygonCoords));
  }
  return out;
}

export function loadRegionData(dir: string): RegionData {
  const file = readJson<RegionIndexFile>(dir, 'region-index.json');
  if (file.version !== REGION_INDEX_VERSION) throw new GeoDataMissingError(dir, `region-index.json version ${file.version}, expected ${REGION_INDEX_VERSION}`);
  let sido: Map<string, MultiPolygonCoords> | undefined;
  const geometry = {
    // Only geometry('sido', …) needs these; point lookups go through sigungu.
    get sido() {
      sido ??= geometries(dir, 'regions/sido.geojson', (p) => p.code ?? '');
      return sido;
    },
    sigungu: geometries(dir, 'regions/sigungu.geojson', (p) => p.code ?? ''),
    emd: geometries(dir, 'regions/emd.geojson', (p) => p.sgisCode),
  };
  const need = (m: Map<string, MultiPolygonCoords>, k: string, what: string): MultiPolygonCoords => {
    const g = m.get(k);
    if (!g) throw new GeoDataMissingError(dir, `no geometry for ${what} ${k}`);
    return g;
  };
  return {
    file,
    sidoByCode: new Map(file.sido.map((r) => [r.code, r])),
    sidoBySgis: new Map(file.sido.map((r) => [r.sgisCode, r])),
    sigunguByCode: new Map(file.sigungu.map((r) => [r.code, r])),
    sigunguBySgis: new Map(file.sigungu.map((r) => [r.sgisCode, r])),
    emdBySgis: new Map(file.emd.map((r) => [r.sgisCode, r])),
    geometry,
    sigunguGrid: new GridIndex(file.sigungu.map((r) => need(geometry.sigungu, r.code, 'sigungu'))),
    sigunguList: file.sigungu,
    emdGrid: new GridIndex(file.emd.map((r) => need(geometry.emd, r.sgisCode, 'eup-myeon-dong')), 0.01),
    emdList: file.emd,
  };
}

export function sidoRef(r: SidoRecord): RegionRef {
  return { name: r.name, nameEn: r.nameEn, code: r.code, sgisCode: r.sgisCode };
}

export function sigunguRef(r: SigunguRecord): RegionRef {
  return { name: r.name, nameEn: r.nameEn, code: r.code, sgisCode: r.sgisCode };
}

export function emdRef(r: EmdRecord): EmdRef {
  return { name: r.name, nameEn: r.nameEn, sgisCode: r.sgisCode };
}

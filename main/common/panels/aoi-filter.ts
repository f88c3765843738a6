/**
 * Records against an area of interest, and per-region counts for the choropleth. Pure functions over
 * plain data, shared by the renderer (list filter, choropleth) and the core (impact summary).
 *
 * A record is inside the area when:
 * - it has a point: the point is in the area (ray casting on the rings, bbox first);
 * - it has a line or an area: the two geometries intersect (turf booleanIntersects, after a bbox test);
 * - it has only a region code (`regionKey`): the region overlaps the area — a sigungu in the AOI's
 *   overlapping set (ResolvedAoi.regions), a province with any of its sigungu there, a 10-digit code
 *   by its first five digits.
 */
import { booleanIntersects, feature } from '@turf/turf';
import type { GeoJsonGeometry } from '../events.js';
import type { AreaGeometry, ResolvedAoi } from './aoi.js';
import type { PanelRecord } from './panel-records.js';
import { PolygonGrid } from './polygon-grid.js';
import { geometryBBox } from '../geometry-bbox.js';

type Box = [number, number, number, number];

/** An area prepared for many containment tests: its polygons with their bboxes. */
export interface PreparedArea {
  geometry: AreaGeometry;
  bbox: Box;
  polygons: Array<{ rings: number[][][]; bbox: Box }>;
  /** Vertices over all rings. */
  vertices: number;
  /** Containment tests so far; after GRID_AFTER tests of a detailed area a grid answers them. */
  tests: number;
  grid: PolygonGrid | null;
}

/** A grid pays off after a few dozen tests against an area of more than a few dozen vertices. */
const GRID_AFTER = 32;
const GRID_MIN_VERTICES = 48;

function ringsBox(rings: number[][][]): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of rings[0] ?? []) {
    if (p[0]! < b[0]) b[0] = p[0]!;
    if (p[1]! < b[1]) b[1] = p[1]!;
    if (p[0]! > b[2]) b[2] = p[0]!;
    if (p[1]! > b[3]) b[3] = p[1]!;
  }
  return b;
}

export function prepareArea(g: AreaGeometry): PreparedArea {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const polygons = polys.map((rings) => ({ rings, bbox: ringsBox(rings) }));
  const bbox: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polygons) {
    bbox[0] = Math.min(bbox[0], p.bbox[0]);
    bbox[1] = Math.min(bbox[1], p.bbox[1]);
    bbox[2] = Math.max(bbox[2], p.bbox[2]);
    bbox[3] = Math.max(bbox[3], p.bbox[3]);
  }
  const vertices = polygons.reduce((n, p) => n + p.rings.reduce((m, r) => m + r.length, 0), 0);
  return { geometry: g, bbox, polygons, vertices, tests: 0, grid: null };
}

function inRing(x: number, y: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a[1]! > y !== b[1]! > y && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
  }
  return inside;
}

/** Point in the prepared area (outer ring in, holes out). */
export function pointInArea(x: number, y: number, a: PreparedArea): boolean {
  if (x < a.bbox[0] || x > a.bbox[2] || y < a.bbox[1] || y > a.bbox[3]) return false;
  if (a.grid) return a.grid.contains(x, y);
  if (++a.tests === GRID_AFTER && a.vertices >= GRID_MIN_VERTICES) {
    // Even-odd over all rings equals "in an outer ring and not in its holes" when parts do not overlap.
    a.grid = new PolygonGrid(a.polygons.flatMap((p) => p.rings), a.bbox);
    return a.grid.contains(x, y);
  }
  for (const p of a.polygons) {
    if (x < p.bbox[0] || x > p.bbox[2] || y < p.bbox[1] || y > p.bbox[3]) continue;
    if (!inRing(x, y, p.rings[0]!)) continue;
    let hole = false;
    for (let h = 1; h < p.rings.length && !hole; h++) hole = inRing(x, y, p.rings[h]!);
    if (!hole) return true;
  }
  return false;
}

/** Whether a geometry meets the prepared area (points: containment; others: intersection). */
export function geometryInArea(g: GeoJsonGeometry, a: PreparedArea): boolean {
  if (g.type === 'Point') return pointInArea(g.coordinates[0]!, g.coordinates[1]!, a);
  if (g.type === 'MultiPoint') return g.coordinates.some((p) => pointInArea(p[0]!, p[1]!, a));
  const b = geometryBBox(g);
  if (!b || b[2] < a.bbox[0] || b[0] > a.bbox[2] || b[3] < a.bbox[1] || b[1] > a.bbox[3]) return false;
  return booleanIntersects(feature(g), feature(a.geometry));
}

/** Region codes a region-coded record may carry, mapped to the AOI's overlap test. */
export interface RegionOverlap {
  sigungu: Set<string>;
  sido: Set<string>;
}

export function regionOverlap(regions: ResolvedAoi['regions']): RegionOverlap {
  return { sigungu: new Set(regions.map((r) => r.code)), sido: new Set(regions.map((r) => r.sidoCode)) };
}

/** Whether a 2-, 5- or 10-digit region code overlaps the area. */
export function regionCodeInArea(code: unknown, overlap: RegionOverlap): boolean {
  if (typeof code !== 'string' && typeof code !== 'number') return false;
  const c = String(code).trim();
  if (/^\d{2}$/.test(c)) return overlap.sido.has(c);
  if (/^\d{5}(\d{5})?$/.test(c)) return overlap.sigungu.has(c.slice(0, 5));
  return false;
}

/** A record is in the area by its geometry, or, without one, by its region code. */
export function recordInArea(r: Pick<PanelRecord, 'geometry' | 'props'>, a: PreparedArea, overlap: RegionOverlap | null, regionKey?: string): boolean {
  if (r.geometry) return geometryInArea(r.geometry, a);
  if (regionKey && overlap) return regionCodeInArea(r.props[regionKey], overlap);
  return false;
}

/** The records inside an AOI (all of them when `aoi` is null: no area set). */
export function filterByArea<T extends Pick<PanelRecord, 'geometry' | 'props'>>(records: readonly T[], aoi: Pick<ResolvedAoi, 'geometry' | 'regions'> | null, regionKey?: string): T[] {
  if (!aoi) return [...records];
  const a = prepareArea(aoi.geometry);
  const overlap = regionOverlap(aoi.regions);
  return records.filter((r) => recordInArea(r, a, overlap, regionKey));
}

/**
 * Records per region, for the choropleth. The region of a record is its `regionKey` prop when present
 * (10-digit codes by their sigungu), else `locate(record)` (e.g. the region under its point; the core
 * uses the region index). `level` sido sums sigungu by their 2-digit province prefix.
 * Returns counts by code and the records no region could be found for.
 */
export function regionCounts(
  records: readonly Pick<PanelRecord, 'geometry' | 'props'>[],
  opts: { regionKey?: string | undefined; level?: 'sigungu' | 'sido'; locate?: ((r: Pick<PanelRecord, 'geometry' | 'props'>) => string | null) | undefined },
): { counts: Record<string, number>; unplaced: number } {
  const counts: Record<string, number> = {};
  let unplaced = 0;
  const level = opts.level ?? 'sigungu';
  for (const r of records) {
    const raw = opts.regionKey ? r.props[opts.regionKey] : undefined;
    let code: string | null = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : null;
    if (!code || !/^\d{2}$|^\d{5}$|^\d{10}$/.test(code)) code = opts.locate ? opts.locate(r) : null;
    if (!code) {
      unplaced++;
      continue;
    }
    const key = level === 'sido' ? code.slice(0, 2) : code.length >= 5 ? code.slice(0, 5) : null;
    if (!key) {
      unplaced++; // a province-level record has no single sigungu
      continue;
    }
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { counts, unplaced };
}

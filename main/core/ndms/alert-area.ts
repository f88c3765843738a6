/**
 * The target area of an alert and the adults on the 2022 electoral roll inside it (POPU_ALL of the
 * 20th presidential election; adults, not population).
 *
 * Method (documented decision):
 * - When any target region resolved (DSSP region names, CAP geocodes, drafted regions), the area is the
 *   union of those regions' geometries (kept as one MultiPolygon, not dissolved) and the adults are the
 *   exact roll counts: provinces summed, plus sigungu outside those provinces (no double counting).
 * - Otherwise (CAP polygon/circle, a drawn area), adults are area-weighted: for every sigungu whose
 *   bounding box meets the area, adults × area(sigungu ∩ area) / area(sigungu) (turf intersect/area),
 *   which assumes people spread evenly over a sigungu — an estimate, labelled as such.
 */
import { area as turfArea, bbox as turfBbox, feature, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeoJsonGeometry } from '../../common/events.js';
import { type AlertProps, type ResolvedRegion, resolveRegionList } from '../../common/ndms/alerts.js';
import { primaryInfo, resolveGeocodes } from '../../../hub/connectors/adapters/cap-xml.js';
import { capAlertSchema } from '../../common/ndms/cap-model.js';
import type { RegionIndex } from '../region/index.js';

export interface AreaPart {
  level: 'sido' | 'sigungu';
  code: string;
  name: string;
  adults: number;
  /** Share of the region inside the area (1 for whole regions). */
  fraction: number;
}

export interface AlertArea {
  method: 'regions' | 'area-weighted' | 'none';
  geometry: MultiPolygon | null;
  /** Adults on the 2022 roll inside the area (rounded for area-weighted estimates). */
  adults2022: number;
  parts: AreaPart[];
}

function toMulti(geoms: ReadonlyArray<Polygon | MultiPolygon>): MultiPolygon | null {
  const coords = geoms.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
  return coords.length ? { type: 'MultiPolygon', coordinates: coords } : null;
}

/** Whole regions: geometry union and exact sums, a sigungu inside a listed province counted once. */
export function regionsArea(regions: readonly ResolvedRegion[], index: RegionIndex): AlertArea {
  const provinces = new Set(regions.filter((r) => r.level === 'sido').map((r) => r.region.code));
  const seen = new Set<string>();
  const parts: AreaPart[] = [];
  const geoms: Array<Polygon | MultiPolygon> = [];
  for (const r of regions) {
    const id = `${r.level}:${r.region.code}`;
    if (seen.has(id) || (r.level === 'sigungu' && provinces.has(r.sido.code))) continue;
    seen.add(id);
    const g = index.geometry(r.level, r.region.code);
    if (g) geoms.push(g);
    parts.push({ level: r.level, code: r.region.code, name: r.region.name, adults: index.adults2022(r.region.code) ?? 0, fraction: 1 });
  }
  return { method: 'regions', geometry: toMulti(geoms), adults2022: parts.reduce((s, p) => s + p.adults, 0), parts };
}

const boxesMeet = (a: number[], b: readonly number[]) => a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

/** Drawn or CAP shapes: area-weighted adults over the sigungu they overlap. */
export function shapeArea(shape: Polygon | MultiPolygon, index: RegionIndex): AlertArea {
  const f: Feature<Polygon | MultiPolygon> = feature(shape);
  const box = turfBbox(f);
  const parts: AreaPart[] = [];
  for (const sg of index.list('sigungu')) {
    const card = index.card('sigungu', sg.code);
    if (!card || !boxesMeet(box, card.bbox)) continue;
    const g = index.geometry('sigungu', sg.code);
    if (!g) continue;
    const inter = intersect(featureCollection([feature(g), f]));
    if (!inter) continue;
    const fraction = Math.min(1, turfArea(inter) / turfArea(feature(g)));
    if (fraction <= 0) continue;
    const adults = (card.adults2022 ?? 0) * fraction;
    parts.push({ level: 'sigungu', code: sg.code, name: sg.name, adults, fraction });
  }
  const multi = toMulti([shape]);
  return { method: 'area-weighted', geometry: multi, adults2022: Math.round(parts.reduce((s, p) => s + p.adults, 0)), parts };
}

/** The alert's area: resolved regions if any, else its polygon/circle geometry, else nothing. */
export function alertArea(input: { regions: readonly ResolvedRegion[] | null; geometry?: GeoJsonGeometry | null }, index: RegionIndex): AlertArea {
  if (input.regions && input.regions.length > 0) return regionsArea(input.regions, index);
  const g = input.geometry;
  if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) return shapeArea(g as Polygon | MultiPolygon, index);
  return { method: 'none', geometry: null, adults2022: 0, parts: [] };
}

/**
 * Regions of an alert's props: as the adapter resolved them, or — for alerts that came through the
 * hub without a region index (`regions: null`) — resolved now from the texts as sent.
 */
export function alertRegions(props: AlertProps & Record<string, unknown>, index: RegionIndex): { regions: ResolvedRegion[]; unresolved: AlertProps['unresolved'] } {
  if (props.regions) return { regions: props.regions, unresolved: props.unresolved };
  if (props.origin === 'cap') {
    // CAP area descriptions are free text: the geocodes are what names regions.
    const cap = capAlertSchema.safeParse(props['cap']);
    return cap.success ? resolveGeocodes(primaryInfo(cap.data), index) : { regions: [], unresolved: [] };
  }
  return resolveRegionList(props.regionTexts, index);
}

/**
 * Resolving an AOI in the core (region boundaries from the region index) and the adults on the
 * 2022 electoral roll inside it.
 *
 * Adults, method (documented decision):
 * - a region AOI (sido or sigungu) gives that region's own roll count, exactly;
 * - any other area is area-weighted: Σ over sigungu of adults × area(sigungu ∩ AOI) / area(sigungu)
 *   (turf intersect and geodesic area), which assumes adults spread evenly over a sigungu. Shares
 *   within 1e-6 of 0 or 1 are snapped: neighbours digitise a shared border twice, and the slivers that
 *   leaves are noise, not people (1e-6 of the largest sigungu's roll is under one adult).
 * No population estimate (residents of all ages) is bundled; the summary says so rather than guess.
 */
import { area as turfArea, bbox as turfBbox, bboxClip, feature, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { aoiLabel, areaBBox, areaKm2, resolveAoiGeometry, type AoiRegionShare, type AoiSpec, type AreaGeometry, type ResolvedAoi } from '../../common/panels/aoi.js';
import { pointInArea, prepareArea, type PreparedArea } from '../../common/panels/aoi-filter.js';
import type { ImpactPopulation } from '../../common/panels/impact-types.js';
import type { RegionIndex } from '../region/index.js';

export const ADULTS_SOURCE = 'National Election Commission, 20th presidential election roll (9 March 2022): adults 18+ (POPU_ALL) per sigungu';
export const NO_ESTIMATE_NOTE = 'No documented population estimate (all ages) is bundled with this build: the adults figure is the 2022 electoral roll, not the population.';

const SNAP = 1e-6;

interface SigunguShape {
  code: string;
  name: string;
  sidoCode: string;
  adults: number;
  bbox: [number, number, number, number];
  feature: Feature<Polygon | MultiPolygon>;
  areaM2: number;
}

/** Sigungu shapes and areas, computed once per region index. */
const shapeCache = new WeakMap<RegionIndex, SigunguShape[]>();

function sigunguShapes(index: RegionIndex): SigunguShape[] {
  let shapes = shapeCache.get(index);
  if (shapes) return shapes;
  shapes = [];
  for (const sg of index.list('sigungu')) {
    const card = index.card('sigungu', sg.code);
    const g = index.geometry('sigungu', sg.code);
    if (!card || !g) continue;
    const f = feature(g);
    shapes.push({ code: sg.code, name: sg.name, sidoCode: card.parents[0]?.code ?? sg.code.slice(0, 2), adults: card.adults2022 ?? 0, bbox: card.bbox, feature: f, areaM2: turfArea(f) });
  }
  shapeCache.set(index, shapes);
  return shapes;
}

const boxesMeet = (a: readonly number[], b: readonly number[]): boolean => a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

/**
 * A sigungu lies wholly inside the area when every vertex of it is inside the area and no vertex of
 * the area is inside it: with straight edges, an area edge cutting into the sigungu would leave a
 * sigungu vertex outside or an area vertex inside. Vertices on the area's own border (a region's
 * boundary drawn as the area) may test either way and then go to the exact intersection.
 */
function wholeInside(s: SigunguShape, area: PreparedArea, aoiVertices: readonly number[][]): boolean {
  const g = s.feature.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) for (const ring of poly) for (const p of ring) if (!pointInArea(p[0]!, p[1]!, area)) return false;
  const sg = prepareArea(g);
  for (const v of aoiVertices) if (pointInArea(v[0]!, v[1]!, sg)) return false;
  return true;
}

/**
 * The area clipped to a box grown by ~100 m (turf bboxClip), keeping only rings that still enclose
 * something (clipping leaves degenerate rings along the box edges); null when nothing is left.
 */
function clipArea(g: AreaGeometry, b: readonly number[]): Feature<Polygon | MultiPolygon> | null {
  const box: [number, number, number, number] = [b[0]! - 1e-3, b[1]! - 1e-3, b[2]! + 1e-3, b[3]! + 1e-3];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out: number[][][][] = [];
  for (const rings of polys) {
    const clipped = bboxClip(feature({ type: 'Polygon', coordinates: rings }), box).geometry as Polygon | MultiPolygon;
    const parts = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
    for (const part of parts) {
      const kept = part.filter((ring) => ring.length >= 4 && Math.abs(ringArea(ring)) > 0);
      // A hole without its outer ring would turn into an outer ring: keep a part only with its outer ring.
      if (kept.length > 0 && kept[0] === part[0]) out.push(kept.map((r) => closeRing(r)));
    }
  }
  if (out.length === 0) return null;
  return feature(out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out });
}

function ringArea(ring: number[][]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return a / 2;
}

function closeRing(ring: number[][]): number[][] {
  const a = ring[0]!;
  const z = ring[ring.length - 1]!;
  return a[0] === z[0] && a[1] === z[1] ? ring : [...ring, a];
}

/** The sigungu an area overlaps, with the share of each inside it. */
export function sigunguShares(g: AreaGeometry, index: RegionIndex, opts: { clipAbove?: number } = {}): AoiRegionShare[] {
  const f = feature(g);
  const box = turfBbox(f);
  const out: AoiRegionShare[] = [];
  const area = prepareArea(g);
  const aoiVertices = area.polygons.flatMap((p) => p.rings.flat());
  for (const s of sigunguShapes(index)) {
    if (!boxesMeet(box, s.bbox)) continue;
    if (wholeInside(s, area, aoiVertices)) {
      out.push({ level: 'sigungu', code: s.code, name: s.name, sidoCode: s.sidoCode, fraction: 1 });
      continue;
    }
    // A detailed area is clipped to the sigungu's box first: the intersection then sees only the
    // area's vertices near this sigungu (a drawn province has ~11,000).
    const near = area.vertices > (opts.clipAbove ?? 500) ? clipArea(g, s.bbox) : f;
    if (!near) continue;
    const inter: Feature<Polygon | MultiPolygon> | null = intersect(featureCollection([s.feature, near]));
    if (!inter) continue;
    let fraction = Math.min(1, turfArea(inter) / s.areaM2);
    if (fraction < SNAP) continue;
    if (fraction > 1 - SNAP) fraction = 1;
    out.push({ level: 'sigungu', code: s.code, name: s.name, sidoCode: s.sidoCode, fraction });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** Resolves an AOI spec with the region index: geometry, km², bbox, overlapping sigungu, label. */
export function resolveAoi(spec: AoiSpec, index: RegionIndex): ResolvedAoi {
  const geometry = resolveAoiGeometry(spec, (level, code) => index.geometry(level, code));
  let regions: AoiRegionShare[];
  let label = aoiLabel(spec);
  if (spec.type === 'region' && spec.level !== 'emd') {
    const card = index.card(spec.level, spec.code);
    label = card ? card.name : label;
    // A whole region: its sigungu, whole (no intersection needed, and no border slivers).
    const code = card?.code ?? spec.code;
    regions = sigunguShapes(index)
      .filter((s) => (spec.level === 'sido' ? s.sidoCode === code : s.code === code))
      .map((s) => ({ level: 'sigungu' as const, code: s.code, name: s.name, sidoCode: s.sidoCode, fraction: 1 }));
  } else {
    if (spec.type === 'region') label = index.card('emd', spec.code)?.name ?? label;
    regions = sigunguShares(geometry, index);
  }
  return { spec, geometry, areaKm2: areaKm2(geometry), bbox: areaBBox(geometry), regions, label };
}

/** Adults on the 2022 roll inside a resolved AOI. */
export function adultsInArea(aoi: ResolvedAoi, index: RegionIndex): ImpactPopulation {
  const adultsOf = new Map(sigunguShapes(index).map((s) => [s.code, s.adults]));
  const parts = aoi.regions.map((r) => {
    const adults2022 = adultsOf.get(r.code) ?? 0;
    return { code: r.code, name: r.name, adults2022, fraction: r.fraction, adults: adults2022 * r.fraction };
  });
  const spec = aoi.spec;
  const exact = spec.type === 'region' && spec.level !== 'emd' ? index.adults2022(spec.code) : null;
  return {
    adults: exact ?? Math.round(parts.reduce((s, p) => s + p.adults, 0)),
    adultsMethod: exact !== null ? 'region' : 'area-weighted',
    adultsSource: ADULTS_SOURCE,
    estimate: null,
    estimateNote: NO_ESTIMATE_NOTE,
    parts: parts.map((p) => ({ ...p, adults: Math.round(p.adults) })),
  };
}

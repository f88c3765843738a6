/**
 * Boundary layers for the renderer, simplified per zoom band, and label points. Feature ids are
 * the same in every band and in regions/*.geojson, so feature-state survives a band change.
 */
import type { Topology } from 'topojson-specification';
import type { RegionIndexFile } from '../../main/core/region/index-file.js';
import type { MultiPolygonCoords } from '../../main/core/region/geometry.js';
import type { OutCollection, OutFeature } from './features.js';
import { areaGeometry, collection, pointFeature, roundPosition } from './features.js';
import type { RegionShape } from './regions.js';
import type { TopoArea } from './topology.js';
import { areaObjects, mergedCoords, objectCoords, simplifyTopology } from './topology.js';

/**
 * Tolerances in degrees (latitude; longitude scaled by cos 36°) and output decimals per band.
 * At zoom z one pixel is about 78,000 / 2^z km × cos(lat) / 512 px; the tolerance stays under
 * half a pixel at the band's lowest zoom.
 */
export const BANDS = {
  'sido-z0': { source: 'muni', level: 'sido', tolerance: 0.004, decimals: 3 },
  sido: { source: 'muni', level: 'sido', tolerance: 0.0004, decimals: 4 },
  'sigungu-z0': { source: 'muni', level: 'sigungu', tolerance: 0.0015, decimals: 3 },
  sigungu: { source: 'muni', level: 'sigungu', tolerance: 0.0003, decimals: 4 },
  emd: { source: 'sub', level: 'emd', tolerance: 0.0003, decimals: 4 },
} as const;

export type BandName = keyof typeof BANDS;

/** Full-detail or simplified region features with the common property set. */
export function regionFeatures(shapes: RegionShape[], extra?: (s: RegionShape) => OutFeature['properties']): OutCollection {
  return collection(
    shapes.map((s) => ({
      type: 'Feature',
      id: s.id,
      properties: { ...(s.code === null ? {} : { code: s.code }), sgisCode: s.sgisCode, name: s.name, nameEn: s.nameEn, ...(extra ? extra(s) : {}) },
      geometry: areaGeometry(s.coords),
    })),
  );
}

const codeOf = (o: TopoArea): string => (o.properties as { code: string }).code;

/** Simplified shapes of one band, with the ids and codes of the full-detail shapes. */
export function bandShapes(band: BandName, raw: { muni: Topology; sub: Topology }, full: { sido: RegionShape[]; sigungu: RegionShape[]; emd: RegionShape[] }, index: RegionIndexFile): RegionShape[] {
  const spec = BANDS[band];
  const topo = simplifyTopology(raw[spec.source], spec.tolerance, spec.decimals);
  const objects = new Map(areaObjects(topo).map((o) => [codeOf(o), o]));
  const get = (sgisCode: string): TopoArea => {
    const o = objects.get(sgisCode);
    if (!o) throw new Error(`geo-data: band ${band} lacks ${sgisCode}`);
    return o;
  };
  const withFallback = (coords: MultiPolygonCoords, fallback: MultiPolygonCoords): MultiPolygonCoords => (coords.length > 0 ? coords : fallback);
  if (spec.level === 'sido') {
    return full.sido.map((s) => {
      const members = index.sigungu.filter((g) => g.sidoCode === s.code).map((g) => get(g.sgisCode));
      return { ...s, coords: withFallback(mergedCoords(topo, members), s.coords) };
    });
  }
  const shapes = spec.level === 'sigungu' ? full.sigungu : full.emd;
  // A tiny island district could vanish at a coarse tolerance: it keeps its full geometry then.
  return shapes.map((s) => ({ ...s, coords: withFallback(objectCoords(topo, get(s.sgisCode)), s.coords) }));
}

/** Label points (interior points) with names and codes; sigungu labels carry adults2022. */
export function labelCollections(index: RegionIndexFile): Record<'sido' | 'sigungu' | 'emd', OutCollection> {
  return {
    sido: collection(index.sido.map((r, i) => pointFeature(roundPosition(r.centroid, 5), { code: r.code, sgisCode: r.sgisCode, name: r.name, nameEn: r.nameEn, adults2022: r.adults2022 }, i + 1))),
    sigungu: collection(index.sigungu.map((r, i) => pointFeature(roundPosition(r.centroid, 5), { code: r.code, sgisCode: r.sgisCode, sidoCode: r.sidoCode, name: r.name, nameEn: r.nameEn, adults2022: r.adults2022 }, i + 1))),
    emd: collection(index.emd.map((r, i) => pointFeature(roundPosition(r.centroid, 5), { sgisCode: r.sgisCode, sigunguCode: r.sigunguCode, name: r.name, nameEn: r.nameEn }, i + 1))),
  };
}

/**
 * Whether a panel record lies in the area of interest: a point by point-in-polygon (bbox first), any
 * other geometry by intersection, a record with only a region code by the sigungu the core says the
 * area overlaps (`aoi:resolve`'s `regions`; a province code matches any of its sigungu).
 */
import { booleanIntersects, booleanPointInPolygon, feature } from '@turf/turf';
import type { AreaOfInterest } from './panel-store';
import type { PanelRecord } from './panel-view';

export function areaPredicate(aoi: AreaOfInterest): (r: PanelRecord) => boolean {
  const [w, s, e, n] = aoi.bbox;
  const area = feature(aoi.geometry);
  const codes = new Set<string>();
  for (const r of aoi.regions ?? []) {
    codes.add(r.code);
    codes.add(r.sidoCode);
  }
  return (r) => {
    const g = r.geometry;
    if (g?.type === 'Point') {
      const [x, y] = g.coordinates as [number, number];
      return x >= w && x <= e && y >= s && y <= n && booleanPointInPolygon([x, y], area);
    }
    if (g) return booleanIntersects(feature(g), area);
    return r.regionCode !== null && codes.has(r.regionCode);
  };
}

/** Records per region code (records without one are not counted). */
export function countsByRegion(records: readonly PanelRecord[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of records) if (r.regionCode) out.set(r.regionCode, (out.get(r.regionCode) ?? 0) + 1);
  return out;
}

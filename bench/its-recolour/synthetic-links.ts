/**
 * A synthetic road network of exactly `roads × linksPerRoad × 2` directed links, shaped like the
 * schematic network's `roads/links.geojson` (same properties the roads layer reads): parallel
 * east–west roads over central Korea, each split into 1–2 km links, both directions. The real
 * schematic network has ~4,200 links; the benchmark needs 10,000.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';

/** Properties the roads layer module reads (plus a current speed for the setData variant). */
export interface SyntheticLinkProps {
  linkId: string;
  route: number;
  roadName: string;
  dir: 'F' | 'B';
  lanes: number;
  freeFlowKmh: number;
  speed?: number;
}

export interface SyntheticNetworkOptions {
  roads: number;
  linksPerRoad: number;
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
}

/** 25 roads × 200 links × 2 directions = 10,000 links of ≈1.26 km. */
export const TEN_THOUSAND: SyntheticNetworkOptions = { roads: 25, linksPerRoad: 200, bbox: [126.6, 35.6, 129.4, 36.9] };

export function syntheticLinks(opts: SyntheticNetworkOptions = TEN_THOUSAND): FeatureCollection<LineString, SyntheticLinkProps> {
  const [west, south, east, north] = opts.bbox;
  const features: Feature<LineString, SyntheticLinkProps>[] = [];
  const dLon = (east - west) / opts.linksPerRoad;
  const dLat = opts.roads > 1 ? (north - south) / (opts.roads - 1) : 0;
  for (let r = 0; r < opts.roads; r++) {
    const lat = south + r * dLat;
    for (let i = 0; i < opts.linksPerRoad; i++) {
      const a = [west + i * dLon, lat];
      const b = [west + (i + 1) * dLon, lat];
      for (const dir of ['F', 'B'] as const) {
        features.push({
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: dir === 'F' ? [a, b] : [b, a] },
          properties: { linkId: `SYN${String(r).padStart(3, '0')}-s${String(i).padStart(3, '0')}-${dir}`, route: 9000 + r, roadName: `synthetic ${r}`, dir, lanes: 8, freeFlowKmh: 100 },
        });
      }
    }
  }
  return { type: 'FeatureCollection', features };
}

/** The same collection with every link's current speed in its properties (what `setData` sends). */
export function withSpeed(fc: FeatureCollection<LineString, SyntheticLinkProps>, speed: number): FeatureCollection<LineString, SyntheticLinkProps> {
  return { type: 'FeatureCollection', features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, speed } })) };
}

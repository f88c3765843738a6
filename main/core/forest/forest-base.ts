/**
 * The forest management base a workstation holds: imported layers under `<data>/forest/` (written by
 * `sitroom forest-import`). The stands feed the spread model's fuel class; without imported stands the
 * fuel comes from the demo stands of the fire's sigungu during an exercise (marked demo in the result),
 * and is "unknown → mixed" otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ForestBaseLayer } from './forest-base-import.js';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from './geo.js';
import { demoStands, geometryContains, importStands, type StandFeature } from './stands.js';

/** Where `sitroom forest-import` writes a layer. */
export const forestBaseFile = (dataDir: string, layer: ForestBaseLayer): string => join(dataDir, 'forest', `${layer}.geojson`);

/** Imported stands, or undefined when none were imported (or the file cannot be read: said on stderr). */
export function loadImportedStands(dataDir: string, warn: (msg: string) => void = (m) => console.error(m)): StandFeature[] | undefined {
  const file = forestBaseFile(dataDir, 'stands');
  if (!existsSync(file)) return undefined;
  try {
    const { stands, skipped } = importStands(JSON.parse(readFileSync(file, 'utf8')));
    if (skipped > 0) warn(`forest stands: ${skipped} features of ${file} skipped (no polygon or fuel class)`);
    return stands;
  } catch (err) {
    warn(`forest stands: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/**
 * Demo stands of the sigungu under a point, from the simplified boundaries in
 * `<geoDataDir>/map/sigungu.geojson` (read on first use; stands cached per sigungu).
 */
export function demoStandsFrom(geoDataDir: string): (at: LonLat) => readonly StandFeature[] {
  let regions: Array<{ code: string; geometry: Polygon | MultiPolygon }> | null = null;
  const cache = new Map<string, StandFeature[]>();
  return (at) => {
    if (!regions) {
      const file = join(geoDataDir, 'map', 'sigungu.geojson');
      const doc = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { features?: Array<{ properties?: { code?: unknown }; geometry?: Polygon | MultiPolygon | null }> }) : {};
      regions = (doc.features ?? []).flatMap((f) => (typeof f.properties?.code === 'string' && (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') ? [{ code: f.properties.code, geometry: f.geometry }] : []));
    }
    const region = regions.find((r) => geometryContains(r.geometry, at[0], at[1]));
    if (!region) return [];
    let stands = cache.get(region.code);
    if (!stands) cache.set(region.code, (stands = demoStands(region.code, region.geometry)));
    return stands;
  };
}

/**
 * The demo day's pest-control zones: generated over the demo forest cover of a few real sigungu where
 * pine wilt and oak wilt are worked on (main/common/forest/demo-pests.ts), from the sigungu boundaries
 * in `geo-data/out/map/sigungu.geojson`, and played at t=0 through the `forest-pests` adapter as a GeoJSON
 * Feature each (marked `demo`). Without the geo-data output (or with `SITROOM_SIGUNGU_FILE` pointing at
 * nothing) the day has no pest zones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoPestZones } from '../../../main/common/forest/demo-pests.js';
import type { AreaGeometry } from '../../../main/common/forest/demo-grid.js';
import type { TimelineEntry } from '../timeline.js';
import { packageRoot } from './road-links.js';

/** 의성군, 안동시 (경북), 밀양시, 진주시 (경남): sigungu with active pine-wilt control in recent years. */
export const DEMO_PEST_SIGUNGU = ['47730', '47170', '48270', '48170'] as const;

/** `SITROOM_SIGUNGU_FILE`, else `<package root>/geo-data/out/map/sigungu.geojson`; null without a package root. */
export function defaultSigunguFile(): string | null {
  const env = process.env['SITROOM_SIGUNGU_FILE'];
  if (env) return env;
  const root = packageRoot();
  return root ? join(root, 'geo-data', 'out', 'map', 'sigungu.geojson') : null;
}

interface SigunguFeature {
  geometry?: { type?: string; coordinates?: unknown } | null;
  properties?: { code?: unknown; name?: unknown } | null;
}

const cache = new Map<string, TimelineEntry[]>();

/** Timeline entries (at 0) of the demo zones; empty when the boundary file is missing. */
export function demoPestEntries(file: string | null = defaultSigunguFile()): TimelineEntry[] {
  if (!file || !existsSync(file)) return [];
  // The demo day is generated more than once per process (hub start, tests): read and grid the boundaries once.
  const known = cache.get(file);
  if (known) return known;
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { features?: SigunguFeature[] };
  const out: TimelineEntry[] = [];
  for (const code of DEMO_PEST_SIGUNGU) {
    const f = doc.features?.find((x) => x.properties?.code === code);
    const g = f?.geometry;
    if (!f || (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon')) continue;
    const name = typeof f.properties?.name === 'string' ? f.properties.name : null;
    for (const z of demoPestZones({ code, name, sido: null }, g as AreaGeometry)) {
      out.push({ at: 0, adapter: 'forest-pests', record: { type: 'Feature', geometry: z.geometry, properties: { ...z.zone } } });
    }
  }
  cache.set(file, out);
  return out;
}

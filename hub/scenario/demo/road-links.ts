/**
 * The road links the demo day drives its traffic on: the schematic network built into
 * `geo-data/out/roads/links.geojson`. The hub has no geo-data option of its own, so the default
 * path is found from the package root (the folder of this app's package.json, from the sources
 * and from `dist/` alike); `SITROOM_ROAD_LINKS` or the `roadLinksFile` option override it.
 * When the file is missing (geo-data not built) the demo falls back to its own schematic corridors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoLink } from '../../connectors/adapters/its-demo.js';

const PACKAGE_NAME = 'situation-room';

/** The folder of this app's package.json (from the sources and from `dist/` alike), or null. */
export function packageRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if ((JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) return dir;
      } catch {
        // unreadable: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** `SITROOM_ROAD_LINKS`, else `<package root>/geo-data/out/roads/links.geojson`; null without a package root. */
export function defaultRoadLinksFile(): string | null {
  const env = process.env['SITROOM_ROAD_LINKS'];
  if (env) return env;
  const root = packageRoot();
  return root ? join(root, 'geo-data', 'out', 'roads', 'links.geojson') : null;
}

interface RawFeature {
  properties?: Record<string, unknown> | null;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
}

/** The demo links of a links file; null when the file does not exist. Throws on a malformed file. */
export function readDemoLinks(file: string | null): DemoLink[] | null {
  if (!file || !existsSync(file)) return null;
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { features?: RawFeature[] };
  if (!Array.isArray(doc.features)) throw new Error(`road links: ${file} is not a FeatureCollection`);
  return doc.features.flatMap((f) => {
    const p = f.properties ?? {};
    const g = f.geometry;
    if (g?.type !== 'LineString' || !Array.isArray(g.coordinates) || typeof p['linkId'] !== 'string') return [];
    const coordinates = (g.coordinates as unknown[]).filter((c): c is [number, number] => Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number');
    const route = typeof p['route'] === 'number' ? p['route'] : null;
    const nodes = typeof p['fromNode'] === 'string' && typeof p['toNode'] === 'string' ? { fromNode: p['fromNode'], toNode: p['toNode'] } : {};
    return [{ linkId: p['linkId'], route, roadName: String(p['roadName'] ?? ''), freeFlowKmh: Number(p['freeFlowKmh'] ?? 100), lengthM: Number(p['lengthM'] ?? 0), coordinates, ...nodes }];
  });
}

/**
 * The real geography the panel datasets are placed on: sigungu (code, names, adults on the 2022 roll,
 * centroid), their eup-myeon-dong centroids, and the Korean ports, airports and peaks — read from the
 * geo-data output (`region-index.json`, `map/places.geojson`). The hub has no geo-data option of its
 * own, so the folder is found from the package root (or `SITROOM_GEO_DATA`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PanelSigungu {
  code: string;
  name: string;
  nameEn: string;
  sidoCode: string;
  sidoName: string;
  adults2022: number;
  centroid: [number, number];
  /** Eup-myeon-dong centroids inside it (at least the sigungu centroid). */
  anchors: [number, number][];
}

export interface PanelPlace {
  kind: 'port' | 'airport' | 'peak';
  name: string;
  nameEn: string;
  coordinates: [number, number];
  elevation?: number;
}

export interface PanelGeo {
  sigungu: PanelSigungu[];
  places: PanelPlace[];
}

function packageRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if ((JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown }).name === 'situation-room') return dir;
      } catch {
        // keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** `SITROOM_GEO_DATA`, else `<package root>/geo-data/out`. */
export function defaultGeoDataDir(): string | null {
  const env = process.env['SITROOM_GEO_DATA'];
  if (env) return env;
  const root = packageRoot();
  return root ? join(root, 'geo-data', 'out') : null;
}

interface IndexFile {
  sido: { code: string; name: string }[];
  sigungu: { code: string; sidoCode: string; name: string; nameEn: string; adults2022: number | null; centroid: [number, number] }[];
  emd: { sigunguCode: string; centroid: [number, number] }[];
}

/** The geography, or null when geo-data has not been built. */
export function readPanelGeo(geoDataDir: string | null = defaultGeoDataDir()): PanelGeo | null {
  if (!geoDataDir) return null;
  const indexFile = join(geoDataDir, 'region-index.json');
  if (!existsSync(indexFile)) return null;
  const idx = JSON.parse(readFileSync(indexFile, 'utf8')) as IndexFile;
  const sidoName = new Map(idx.sido.map((s) => [s.code, s.name]));
  const anchors = new Map<string, [number, number][]>();
  for (const e of idx.emd) {
    const list = anchors.get(e.sigunguCode) ?? [];
    list.push(e.centroid);
    anchors.set(e.sigunguCode, list);
  }
  const sigungu: PanelSigungu[] = idx.sigungu
    .filter((s) => typeof s.adults2022 === 'number' && s.adults2022 > 0)
    .map((s) => ({ code: s.code, name: s.name, nameEn: s.nameEn, sidoCode: s.sidoCode, sidoName: sidoName.get(s.sidoCode) ?? '', adults2022: s.adults2022 as number, centroid: s.centroid, anchors: anchors.get(s.code) ?? [s.centroid] }));
  const placesFile = join(geoDataDir, 'map', 'places.geojson');
  const places: PanelPlace[] = [];
  if (existsSync(placesFile)) {
    const doc = JSON.parse(readFileSync(placesFile, 'utf8')) as { features: { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } }[] };
    for (const f of doc.features) {
      const kind = f.properties['kind'];
      if (kind !== 'port' && kind !== 'airport' && kind !== 'peak') continue;
      const p: PanelPlace = { kind, name: String(f.properties['name']), nameEn: String(f.properties['nameEn']), coordinates: f.geometry.coordinates };
      if (typeof f.properties['elevation'] === 'number') p.elevation = f.properties['elevation'];
      places.push(p);
    }
  }
  return { sigungu, places };
}

/** The sigungu nearest to a point (by centroid): where a port or a peak is filed. */
export function nearestSigungu(geo: PanelGeo, [lon, lat]: [number, number]): PanelSigungu {
  let best = geo.sigungu[0]!;
  let bestD = Number.POSITIVE_INFINITY;
  for (const s of geo.sigungu) {
    const d = ((s.centroid[0] - lon) * Math.cos((lat * Math.PI) / 180)) ** 2 + (s.centroid[1] - lat) ** 2;
    if (d < bestD) {
      bestD = d;
      best = s;
    }
  }
  return best;
}

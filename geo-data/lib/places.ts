/**
 * Korean ports, airports and peaks: Natural Earth points that fall in (or within ~3 km of) South
 * Korea's boundaries, given Korean names, plus hand-authored major places Natural Earth lacks
 * (geo-data/korea-places.json). Every place's province is checked against the boundaries.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Position } from '../../main/core/region/geometry.js';
import type { OutCollection } from './features.js';
import { collection, pointFeature, roundPosition } from './features.js';

export type PlaceKind = 'port' | 'airport' | 'peak';

interface PlaceFact {
  name: string;
  nameEn: string;
  elevation?: number;
  /** Interior province code(s) the place must lie in (several for peaks on a border). */
  sido: string | string[];
}

export interface PlacesFile {
  naturalEarth: Record<PlaceKind, Record<string, PlaceFact>>;
  added: Array<PlaceFact & { kind: PlaceKind; lon: number; lat: number }>;
}

/** Point → Interior sido code, or null outside South Korea. */
export type SidoLocator = (lon: number, lat: number) => string | null;

/** The point's province, also trying points up to ~3 km around it (ports sit on the water line). */
export function nearbySido(locate: SidoLocator, p: Position): string | null {
  const direct = locate(p[0], p[1]);
  if (direct) return direct;
  for (const r of [0.01, 0.02, 0.03]) {
    for (let k = 0; k < 8; k++) {
      const a = (k * Math.PI) / 4;
      const hit = locate(p[0] + (r * Math.cos(a)) / Math.cos((p[1] * Math.PI) / 180), p[1] + r * Math.sin(a));
      if (hit) return hit;
    }
  }
  return null;
}

interface Place {
  kind: PlaceKind;
  name: string;
  nameEn: string;
  elevation?: number;
  source: 'naturalearth' | 'facts';
  p: Position;
}

export function placesCollection(ne: Record<PlaceKind, FeatureCollection<Point>>, facts: PlacesFile, locate: SidoLocator, log: string[]): OutCollection {
  const places: Place[] = [];
  const check = (place: Place, expected: string | string[]): void => {
    const sido = nearbySido(locate, place.p);
    const allowed = Array.isArray(expected) ? expected : [expected];
    if (!sido || !allowed.includes(sido)) {
      throw new Error(`geo-data: place ${place.name} (${place.p.join(', ')}) lies in province ${sido ?? 'none'}, expected ${allowed.join(' or ')}: check korea-places.json`);
    }
  };
  for (const kind of ['port', 'airport', 'peak'] as const) {
    for (const f of ne[kind].features) {
      const neName = String(f.properties?.['name'] ?? '');
      const p = f.geometry.coordinates as Position;
      if (!nearbySido(locate, p)) continue; // Japan, North Korea, open sea
      const fact = facts.naturalEarth[kind][neName];
      if (!fact) throw new Error(`geo-data: Natural Earth ${kind} "${neName}" is in Korea but has no Korean name in korea-places.json`);
      const elevation = fact.elevation ?? (typeof f.properties?.['elevation'] === 'number' ? (f.properties['elevation'] as number) : undefined);
      const place: Place = { kind, name: fact.name, nameEn: fact.nameEn, ...(kind === 'peak' && elevation !== undefined ? { elevation } : {}), source: 'naturalearth', p: roundPosition(p, 5) };
      check(place, fact.sido);
      places.push(place);
    }
  }
  for (const a of facts.added) {
    const place: Place = { kind: a.kind, name: a.name, nameEn: a.nameEn, ...(a.elevation === undefined ? {} : { elevation: a.elevation }), source: 'facts', p: roundPosition([a.lon, a.lat], 5) };
    check(place, a.sido);
    places.push(place);
  }
  const order: Record<PlaceKind, number> = { airport: 0, port: 1, peak: 2 };
  places.sort((a, b) => order[a.kind] - order[b.kind] || (a.nameEn < b.nameEn ? -1 : a.nameEn > b.nameEn ? 1 : 0));
  const counts = places.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.kind]: (acc[p.kind] ?? 0) + 1 }), {});
  log.push(`places: ${places.length} (${Object.entries(counts).map(([k, n]) => `${n} ${k}s`).join(', ')})`);
  return collection(
    places.map((p, i) =>
      pointFeature(p.p, { kind: p.kind, name: p.name, nameEn: p.nameEn, ...(p.elevation === undefined ? {} : { elevation: p.elevation }), source: p.source }, i + 1),
    ),
  );
}

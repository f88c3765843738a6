/**
 * What the traffic panel lists, from the live store: the slowest links (lowest reported speed),
 * the active incidents, and the roads to filter by. Filters: a road (by name) and a region (a sido
 * or sigungu Interior code: a link belongs to the sigungu under its midpoint, carried by the network
 * file; an incident to the sigungu of its link, or of its point as the core's region index says).
 * Pure functions (tested in Node).
 */
import type { LiveFeature } from '../../../main/common/live-sync';
import type { StreamFeatures } from '../../state/live-store';

export interface SlowLink {
  linkId: string;
  roadName: string;
  speedKmh: number;
  congestion: string | null;
}

export interface ActiveIncident {
  key: string;
  kind: string;
  roadName: string;
  message: string;
  lanesBlocked: string | null;
  lon: number | null;
  lat: number | null;
}

/** The panel's filters; `region` is a sido (2-digit) or sigungu (5-digit) Interior code. */
export interface TrafficFilter {
  road: string | null;
  region: string | null;
}

/** Sigungu (5-digit Interior code) of a link or an incident; null when not known (yet). */
export type RegionOf = (id: string) => string | null;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** A sigungu code is inside a region code when it starts with it (sido 2 digits, sigungu 5). */
export function inRegion(sigungu: string | null, region: string | null): boolean {
  return region === null || (sigungu !== null && sigungu.startsWith(region));
}

const asFilter = (f: TrafficFilter | string | null): TrafficFilter => (typeof f === 'object' && f !== null ? f : { road: f, region: null });

/** Road names present in the traffic and incident streams, sorted. */
export function roadsOf(traffic: StreamFeatures | undefined, incidents: StreamFeatures | undefined): string[] {
  const names = new Set<string>();
  for (const f of [...Object.values(traffic ?? {}), ...Object.values(incidents ?? {})]) {
    const n = str(f.props['roadName']);
    if (n) names.add(n);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'ko'));
}

/** The `limit` slowest links matching the filter (a road name, or road and region); ties by link id. */
export function slowestLinks(traffic: StreamFeatures | undefined, filter: TrafficFilter | string | null, limit = 10, linkRegion: RegionOf = () => null): SlowLink[] {
  const { road, region } = asFilter(filter);
  const out: SlowLink[] = [];
  for (const f of Object.values(traffic ?? {})) {
    const speed = f.props['speedKmh'];
    const roadName = str(f.props['roadName']) ?? '';
    const linkId = str(f.props['linkId']) ?? f.key;
    if (typeof speed !== 'number' || (road !== null && roadName !== road) || !inRegion(linkRegion(linkId), region)) continue;
    out.push({ linkId, roadName, speedKmh: speed, congestion: str(f.props['congestion']) });
  }
  return out.sort((a, b) => a.speedKmh - b.speedKmh || (a.linkId < b.linkId ? -1 : 1)).slice(0, limit);
}

function pointOf(f: LiveFeature): [number, number] | null {
  const g = f.geometry;
  return g && g.type === 'Point' && Array.isArray(g.coordinates) ? [Number(g.coordinates[0]), Number(g.coordinates[1])] : null;
}

/**
 * Incidents not ended, matching the filter, newest first. `incidentRegion` gets the incident's key
 * (its link's sigungu when the link is in the network, else the region index's answer for its point).
 */
export function activeIncidents(incidents: StreamFeatures | undefined, filter: TrafficFilter | string | null, incidentRegion: RegionOf = () => null): ActiveIncident[] {
  const { road, region } = asFilter(filter);
  return Object.values(incidents ?? {})
    .filter((f) => f.props['endTs'] === null || f.props['endTs'] === undefined)
    .filter((f) => road === null || str(f.props['roadName']) === road)
    .filter((f) => inRegion(incidentRegion(f.key), region))
    .sort((a, b) => b.ts - a.ts || (a.key < b.key ? -1 : 1))
    .map((f) => {
      const p = pointOf(f);
      return { key: f.key, kind: str(f.props['kind']) ?? 'other', roadName: str(f.props['roadName']) ?? '', message: str(f.props['message']) ?? '', lanesBlocked: str(f.props['lanesBlocked']), lon: p?.[0] ?? null, lat: p?.[1] ?? null };
    });
}

/** Incidents whose sigungu must still be asked of the core: active, with a point, and no link in the network. */
export function incidentsToLocate(incidents: StreamFeatures | undefined, linkRegion: RegionOf, known: ReadonlySet<string>): Array<{ key: string; lon: number; lat: number }> {
  const out: Array<{ key: string; lon: number; lat: number }> = [];
  for (const f of Object.values(incidents ?? {})) {
    if (known.has(f.key) || (f.props['endTs'] !== null && f.props['endTs'] !== undefined)) continue;
    const link = str(f.props['linkId']);
    if (link && linkRegion(link) !== null) continue;
    const p = pointOf(f);
    if (p) out.push({ key: f.key, lon: p[0], lat: p[1] });
  }
  return out;
}

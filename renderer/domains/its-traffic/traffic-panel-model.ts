/**
 * What the traffic panel lists, from the live store: the slowest links (lowest reported speed),
 * the active incidents, and the roads to filter by. Pure functions (tested in Node).
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

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Road names present in the traffic and incident streams, sorted. */
export function roadsOf(traffic: StreamFeatures | undefined, incidents: StreamFeatures | undefined): string[] {
  const names = new Set<string>();
  for (const f of [...Object.values(traffic ?? {}), ...Object.values(incidents ?? {})]) {
    const n = str(f.props['roadName']);
    if (n) names.add(n);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'ko'));
}

/** The `limit` slowest links, optionally of one road; ties by link id for a stable order. */
export function slowestLinks(traffic: StreamFeatures | undefined, road: string | null, limit = 10): SlowLink[] {
  const out: SlowLink[] = [];
  for (const f of Object.values(traffic ?? {})) {
    const speed = f.props['speedKmh'];
    const roadName = str(f.props['roadName']) ?? '';
    if (typeof speed !== 'number' || (road !== null && roadName !== road)) continue;
    out.push({ linkId: str(f.props['linkId']) ?? f.key, roadName, speedKmh: speed, congestion: str(f.props['congestion']) });
  }
  return out.sort((a, b) => a.speedKmh - b.speedKmh || (a.linkId < b.linkId ? -1 : 1)).slice(0, limit);
}

function pointOf(f: LiveFeature): [number, number] | null {
  const g = f.geometry;
  return g && g.type === 'Point' && Array.isArray(g.coordinates) ? [Number(g.coordinates[0]), Number(g.coordinates[1])] : null;
}

/** Incidents not ended, optionally of one road, newest first. */
export function activeIncidents(incidents: StreamFeatures | undefined, road: string | null): ActiveIncident[] {
  return Object.values(incidents ?? {})
    .filter((f) => f.props['endTs'] === null || f.props['endTs'] === undefined)
    .filter((f) => road === null || str(f.props['roadName']) === road)
    .sort((a, b) => b.ts - a.ts || (a.key < b.key ? -1 : 1))
    .map((f) => {
      const p = pointOf(f);
      return { key: f.key, kind: str(f.props['kind']) ?? 'other', roadName: str(f.props['roadName']) ?? '', message: str(f.props['message']) ?? '', lanesBlocked: str(f.props['lanesBlocked']), lon: p?.[0] ?? null, lat: p?.[1] ?? null };
    });
}

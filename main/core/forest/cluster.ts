/**
 * Detections → fires. The same fire arrives as a ranger's radio report, several 119 calls, a smart-app
 * report, satellite hotspots and the Forest Service's own fire record; the dispatcher must see one fire
 * with every report attached.
 *
 * Rule (single linkage): a report joins a fire when it lies within CLUSTER_DISTANCE_M of any report
 * already in that fire and no more than CLUSTER_GAP_MS after the fire was last known active; a report
 * that links two fires merges them.
 * - 1.5 km: a VIIRS I-band pixel is ~375 m and a MODIS pixel ~1 km at nadir (up to ~2 × 4.8 km at the
 *   swath edge, hence the footprint buffer below); a hotspot may sit anywhere in its pixel, 119 callers
 *   give the position of the smoke they see from a road, often a few hundred metres off. 1.5 km covers
 *   one MODIS pixel plus a caller's error while staying below the usual spacing of separate ignitions.
 * - 6 h: MODIS (Terra/Aqua) and VIIRS (S-NPP/NOAA-20/21) overpasses leave gaps of several hours over
 *   Korea; a fire seen at 02:00 and again at 05:00 is the same fire, a hotspot 6 h after the last sign
 *   of a fire, at the same place, is treated as a re-ignition (a new fire to investigate).
 */
import { assertNever } from '../../common/assert-never.js';
import type { EventInput } from '../../common/events.js';
import type { RegionHit } from '../../common/region-types.js';
import { detectionPropsSchema, kfsFirePropsSchema, type DetectionChannel, type FireStatus, type ForestRegion, type KfsFireProps } from '../../common/forest/types.js';
import { bufferedHull, distanceM, ringAreaM2, type LonLat } from './geo.js';

export const CLUSTER_DISTANCE_M = 1500;
export const CLUSTER_GAP_MS = 6 * 3600_000;
/** Radius around a ground report (ranger, caller, app) when buffering the area: its usual position error. */
export const GROUND_REPORT_RADIUS_M = 150;

/** One report of a fire, from any channel. */
export interface FireReport {
  /** Event id (version) and key of the source event. */
  id: string;
  key: string;
  channel: DetectionChannel;
  /** When reported / detected / ignited (KFS), UTC epoch ms. */
  ts: number;
  /** Last time this report says the fire was active (KFS: last update, or completion). */
  activeUntil: number;
  at: LonLat;
  confidence: number | null;
  footprintM: number | null;
  /** The Forest Service record, for KFS reports. */
  kfs: KfsFireProps | null;
}

/** A fire: its reports, state from the Forest Service record when there is one, and an area. */
export interface Fire {
  /** Stable: `fire:` + the key of its earliest report. */
  id: string;
  reports: FireReport[];
  /** Earliest report time. */
  startTs: number;
  lastTs: number;
  /** Ignition point: the KFS position when known, else the earliest report. */
  origin: LonLat;
  status: FireStatus;
  containmentPct: number | null;
  responseStage: string | null;
  region: ForestRegion | null;
  /** Buffered convex hull of the reports (closed ring) and its area. */
  area: { type: 'Polygon'; coordinates: LonLat[][] };
  areaHa: number;
  channels: DetectionChannel[];
}

/** Point → region, as the core's RegionIndex offers. */
export interface PointRegionLookup {
  at(lon: number, lat: number): RegionHit | null;
}

/**
 * A report from a `forest.detections` or `forest.fires` (kind `fire`) event; null for other events or
 * props that fail the schema. `lastUpdate` is the time of the newest version of a KFS record.
 */
export function reportFromEvent(e: EventInput, lastUpdate?: number): FireReport | null {
  if (e.stream === 'forest.detections') {
    const p = detectionPropsSchema.safeParse(e.props);
    if (!p.success) return null;
    const d = p.data;
    return { id: e.id, key: e.key, channel: d.channel, ts: d.detectedAt, activeUntil: d.detectedAt, at: [d.lon, d.lat], confidence: d.confidence, footprintM: d.footprintM ?? null, kfs: null };
  }
  if (e.stream === 'forest.fires' && e.kind === 'fire') {
    const p = kfsFirePropsSchema.safeParse(e.props);
    if (!p.success) return null;
    const k = p.data;
    const until = k.extinguishedAt ?? Math.max(lastUpdate ?? e.ts, k.ignitedAt);
    return { id: e.id, key: e.key, channel: 'kfs', ts: k.ignitedAt, activeUntil: until, at: [k.lon, k.lat], confidence: 100, footprintM: null, kfs: k };
  }
  return null;
}

/** The newest version per key (by ts, then arrival order), so a KFS fire counts once. */
export function latestPerKey(events: EventInput[]): EventInput[] {
  const m = new Map<string, EventInput>();
  for (const e of events) {
    const prev = m.get(`${e.stream}|${e.key}`);
    if (!prev || e.ts >= prev.ts) m.set(`${e.stream}|${e.key}`, e);
  }
  return [...m.values()];
}

interface Group {
  reports: FireReport[];
  lastActive: number;
}

export interface ClusterOptions {
  distanceM?: number;
  gapMs?: number;
  regions?: PointRegionLookup;
}

/** Groups reports into fires (see the rule above). Deterministic for a given set of reports. */
export function clusterReports(reports: FireReport[], opts: ClusterOptions = {}): Fire[] {
  const maxD = opts.distanceM ?? CLUSTER_DISTANCE_M;
  const gap = opts.gapMs ?? CLUSTER_GAP_MS;
  const sorted = [...reports].sort((a, b) => a.ts - b.ts || a.id.localeCompare(b.id));
  let groups: Group[] = [];
  for (const r of sorted) {
    const hits = groups.filter((g) => r.ts - g.lastActive <= gap && g.reports.some((q) => distanceM(q.at, r.at) <= maxD));
    const merged: Group = { reports: [r], lastActive: r.activeUntil };
    for (const g of hits) {
      merged.reports.push(...g.reports);
      merged.lastActive = Math.max(merged.lastActive, g.lastActive);
    }
    groups = [...groups.filter((g) => !hits.includes(g)), merged];
  }
  return groups.map((g) => toFire(g, opts.regions)).sort((a, b) => a.startTs - b.startTs || a.id.localeCompare(b.id));
}

function statusOf(reports: FireReport[]): { status: FireStatus; containmentPct: number | null; responseStage: string | null; kfs: KfsFireProps | null } {
  // The Forest Service record is authoritative for status; the newest one wins if two were merged.
  const kfs = reports.filter((r) => r.kfs).sort((a, b) => b.activeUntil - a.activeUntil)[0]?.kfs ?? null;
  if (!kfs) return { status: 'detected', containmentPct: null, responseStage: null, kfs: null };
  return { status: kfs.status, containmentPct: kfs.containmentPct, responseStage: kfs.responseStage, kfs };
}

function radiusOf(r: FireReport): number {
  switch (r.channel) {
    case 'satellite':
      return r.footprintM ?? 500;
    case 'ranger':
    case 'call119':
    case 'app':
    case 'kfs':
      return GROUND_REPORT_RADIUS_M;
    default:
      return assertNever(r.channel, 'detection channel');
  }
}

function toFire(g: Group, regions: PointRegionLookup | undefined): Fire {
  const reports = [...g.reports].sort((a, b) => a.ts - b.ts || a.id.localeCompare(b.id));
  const first = reports[0]!;
  const s = statusOf(reports);
  const origin: LonLat = s.kfs ? [s.kfs.lon, s.kfs.lat] : first.at;
  const ring = bufferedHull(reports.map((r) => ({ at: r.at, radiusM: radiusOf(r) })));
  let region: ForestRegion | null = s.kfs?.region ?? null;
  if (!region && regions) {
    const hit = regions.at(origin[0], origin[1]);
    region = hit ? { code: hit.sigungu.code, name: hit.sigungu.name, sido: hit.sido.name } : null;
  }
  return {
    id: `fire:${first.key}`,
    reports,
    startTs: first.ts,
    lastTs: g.lastActive,
    origin,
    status: s.status,
    containmentPct: s.containmentPct,
    responseStage: s.responseStage,
    region,
    area: { type: 'Polygon', coordinates: [ring] },
    areaHa: ringAreaM2(ring) / 10_000,
    channels: [...new Set(reports.map((r) => r.channel))].sort(),
  };
}

/**
 * The alert list as the UI shows it, built from the store's current features: `ndms.alerts` (DSSP
 * and CAP) and the drafted alerts sent as `ops.ndms` / `alert.send` or `alert.update`, each drafted alert
 * marked active, superseded or cancelled (alert-lifecycle.ts). Each alert gets its resolved
 * regions, its target area (simplified for drawing) and the adults on the 2022 roll inside it.
 * Areas are cached per feature version (key + seq): area-weighting polygons is the costly part.
 */
import { simplify } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { EventStatus } from '../../common/events.js';
import type { LiveFeature } from '../../common/live-sync.js';
import type { AlertRegionView, AlertSummary } from '../../common/ndms/alert-ipc.js';
import { alertPropsSchema, type ResolvedRegion } from '../../common/ndms/alerts.js';
import { ALERT_SEND_KIND, ALERT_UPDATE_KIND, alertDraftSchema } from '../../common/ndms/draft.js';
import { REPORT_OPS } from '../../common/ndms/report-types.js';
import type { RegionIndex } from '../region/index.js';
import { type AlertArea, alertArea, alertRegions } from './alert-area.js';
import { ACTIVE, alertLifecycles } from './alert-lifecycle.js';
import { LEVEL_SEVERITY } from '../../common/ndms/alerts.js';

/** Simplification tolerance in degrees (~300 m): plenty for an outline drawn over a province. */
const SIMPLIFY_DEG = 0.003;
const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** A drawable copy of an area: simplified, coordinates rounded to ~1 m. */
export function drawableArea(g: MultiPolygon | null): MultiPolygon | null {
  if (!g) return null;
  const s = simplify(g, { tolerance: SIMPLIFY_DEG, highQuality: false, mutate: false }) as MultiPolygon;
  return { type: 'MultiPolygon', coordinates: s.coordinates.map((poly) => poly.map((ring) => ring.map(([x, y]) => [round(x!), round(y!)]))) };
}

export function regionView(r: ResolvedRegion): AlertRegionView {
  return { level: r.level, code: r.region.code, name: r.region.name, nameEn: r.region.nameEn, sidoName: r.sido.name };
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** CAP texts ([{language, description}]) as the summary's texts. */
function capTexts(v: unknown, fallback: string): Array<{ language: string; text: string }> {
  if (!Array.isArray(v)) return [{ language: 'ko-KR', text: fallback }];
  const out = v.flatMap((t: unknown) => {
    const o = t as { language?: unknown; description?: unknown; headline?: unknown };
    const text = str(o?.description) ?? str(o?.headline);
    return typeof o?.language === 'string' && text !== null ? [{ language: o.language, text }] : [];
  });
  return out.length ? out : [{ language: 'ko-KR', text: fallback }];
}

/** One `ndms.alerts` feature → summary (null when its props do not validate). */
function fromAlertFeature(f: LiveFeature, index: RegionIndex): { summary: AlertSummary; area: AlertArea } | null {
  const p = alertPropsSchema.safeParse(f.props);
  if (!p.success) return null;
  const props = { ...f.props, ...p.data };
  const { regions, unresolved } = alertRegions(props, index);
  const area = alertArea({ regions, geometry: f.geometry }, index);
  const summary: AlertSummary = {
    key: f.key,
    status: f.status as EventStatus,
    ts: f.ts,
    origin: p.data.origin,
    level: p.data.level,
    severity: p.data.severity,
    disasterType: p.data.disasterType,
    message: p.data.message,
    texts: p.data.origin === 'cap' ? capTexts(f.props['texts'], p.data.message) : [{ language: 'ko-KR', text: p.data.message }],
    regions: regions.map(regionView),
    unresolved: unresolved.map((u) => u.text),
    adults2022: area.adults2022,
    method: area.method,
    geometry: drawableArea(area.geometry),
    sentBy: null,
    capXml: null,
    eventCode: null,
    polygon: null,
    msgType: null,
    supersedes: null,
    lifecycle: { ...ACTIVE },
  };
  return { summary, area };
}

/** One `ops.ndms` `alert.send` or `alert.update` feature (a drafted alert the hub logged) → summary. */
function fromDraftFeature(f: LiveFeature, index: RegionIndex): { summary: AlertSummary; area: AlertArea } | null {
  const d = alertDraftSchema.safeParse(f.props['draft']);
  if (!d.success) return null;
  const draft = d.data;
  const polygon: Polygon | null = draft.polygon ? { type: 'Polygon', coordinates: [draft.polygon] } : null;
  const area = alertArea({ regions: draft.regions, geometry: polygon }, index);
  const texts = ([['ko-KR', draft.texts.ko], ['en-US', draft.texts.en], ['zh-CN', draft.texts.zh]] as const).flatMap(([language, text]) => (text && text.trim() ? [{ language, text }] : []));
  const summary: AlertSummary = {
    key: f.key,
    // The hub stamps operator events with its own status (exercise on a demo hub); the draft's status is what was declared.
    status: f.status === 'actual' ? draft.status : (f.status as EventStatus),
    ts: draft.sentMs,
    origin: 'draft',
    eventCode: draft.eventCode,
    polygon: draft.polygon ?? null,
    msgType: draft.msgType ?? 'Alert',
    supersedes: draft.supersedes ?? null,
    // Set from the whole log in build().
    lifecycle: { ...ACTIVE },
    level: draft.level,
    severity: LEVEL_SEVERITY[draft.level],
    disasterType: draft.disasterType,
    message: draft.texts.ko,
    texts,
    regions: draft.regions.map(regionView),
    unresolved: [],
    adults2022: area.adults2022,
    method: area.method,
    geometry: drawableArea(area.geometry),
    // The hub overwrites props.user with the authenticated sender: that is the user recorded.
    sentBy: str(f.props['user']) ?? draft.user,
    capXml: str(f.props['capXml']),
  };
  return { summary, area };
}

/** Builds alert summaries from store features, caching per feature version. */
export class AlertList {
  private cache = new Map<string, AlertSummary | null>();

  constructor(private readonly index: RegionIndex) {}

  /** Newest first; features that are not alerts (other ops kinds) are skipped. */
  build(features: readonly LiveFeature[]): AlertSummary[] {
    const next = new Map<string, AlertSummary | null>();
    const out: AlertSummary[] = [];
    for (const f of features) {
      const isAlert = f.stream === 'ndms.alerts';
      const isDraft = f.stream === REPORT_OPS.stream && (f.kind === ALERT_SEND_KIND || f.kind === ALERT_UPDATE_KIND);
      if (!isAlert && !isDraft) continue;
      const version = `${f.stream}|${f.key}|${f.seq}`;
      let s = this.cache.get(version);
      if (s === undefined) s = (isAlert ? fromAlertFeature(f, this.index) : fromDraftFeature(f, this.index))?.summary ?? null;
      next.set(version, s);
      if (s) out.push(s);
    }
    this.cache = next;
    // Cancelled and superseded come from the whole log (cheap), never from the cached version.
    const { states } = alertLifecycles(features);
    for (let i = 0; i < out.length; i++) {
      const l = out[i]!.origin === 'draft' ? states.get(out[i]!.key) : undefined;
      if (l) out[i] = { ...out[i]!, lifecycle: l };
    }
    return out.sort((a, b) => b.ts - a.ts || a.key.localeCompare(b.key));
  }
}

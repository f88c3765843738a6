/**
 * What the situation-report UI shows, as pure functions over the core's `ndms:reports` answer: the
 * list under the operator's filter (an unacknowledged critical item is never filtered out: it is
 * pinned), the attention summary for the banner, time in KST, and the texts of a notification.
 */
import type { ReportsView } from '../../../main/common/ndms/report-ipc';
import { filterReports, needsAttention, type ReportFilter } from '../../../main/common/ndms/report-attention';
import { REPORT_TYPE_INFO, REPORT_TYPES, type ReportType } from '../../../main/common/ndms/report-types';
import { isCritical, type ReportItem, type ReportState } from '../../../main/common/ndms/reports';
import type { Severity } from '../../../main/common/ndms/alerts';

export type Language = 'ko' | 'en';

/** The panel's filter: empty sets mean "all". */
export interface ReportListFilter {
  types: ReportType[];
  minSeverity: Severity | null;
  states: ReportState[];
}

export const EMPTY_FILTER: ReportListFilter = { types: [], minSeverity: null, states: [] };
export const SEVERITIES: readonly Severity[] = ['extreme', 'severe', 'moderate', 'minor', 'unknown'];
export const STATES: readonly ReportState[] = ['new', 'acknowledged', 'resolved'];
export { REPORT_TYPES };

export function toReportFilter(f: ReportListFilter): ReportFilter {
  const out: ReportFilter = {};
  if (f.types.length > 0) out.types = f.types;
  if (f.minSeverity) out.minSeverity = f.minSeverity;
  if (f.states.length > 0) out.states = f.states;
  return out;
}

export interface ListedReport {
  item: ReportItem;
  /** Shown although the filter would hide it: unacknowledged and critical. */
  pinned: boolean;
  critical: boolean;
}

/** The list as shown: unacknowledged critical items first (always present), then newest first. */
export function listReports(view: ReportsView | null, f: ReportListFilter): ListedReport[] {
  if (!view) return [];
  const state = new Map(view.items.map((i) => [i.key, i] as const));
  return filterReports(state, toReportFilter(f)).map(({ item, pinned }) => ({ item, pinned, critical: isCritical(item) }));
}

/** The banner's figures: how many unacknowledged critical items, and the newest of them. */
export function attentionSummary(view: ReportsView | null): { count: number; newest: ReportItem | null; keys: string[] } {
  if (!view) return { count: 0, newest: null, keys: [] };
  const items = needsAttention(new Map(view.items.map((i) => [i.key, i] as const)));
  const newest = items.reduce<ReportItem | null>((best, i) => (!best || i.openedTs > best.openedTs ? i : best), null);
  return { count: items.length, newest, keys: items.map((i) => i.key) };
}

const KST_OFFSET_MS = 9 * 3600_000;

/** `YYYY-MM-DD HH:mm KST`, independent of the machine's time zone. */
export function formatKst(ts: number): string {
  const iso = new Date(ts + KST_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} KST`;
}

export function typeLabel(item: Pick<ReportItem, 'type' | 'kind'>, language: Language): string {
  if (item.type) return REPORT_TYPE_INFO[item.type][language];
  return item.kind.startsWith('report.') ? item.kind.slice(7) : item.kind;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The report's own words: its level, title or description, whichever it carries. */
export function headline(item: ReportItem): string {
  const p = item.props;
  return [text(p['level']), text(p['title']), text(p['what']), text(p['place'])].filter((s): s is string => s !== null).join(' · ');
}

/** Region names the report lists (`props.regions` as strings), joined. */
export function regionText(item: ReportItem): string {
  const r = item.props['regions'];
  if (Array.isArray(r)) return r.filter((x): x is string => typeof x === 'string').join(', ');
  return text(item.props['region']) ?? text(item.props['place']) ?? '';
}

/** Exercise/test marker, in the UI language; empty for actual items. */
export function statusMarker(status: string, language: Language): string {
  if (status === 'actual') return '';
  if (status === 'test') return language === 'ko' ? '시험' : 'TEST';
  return language === 'ko' ? '훈련' : 'EXERCISE';
}

/** Title and body of the desktop notification for an item needing attention (plain text). */
export function notificationText(item: ReportItem, language: Language): { title: string; body: string } {
  const marker = statusMarker(item.status, language);
  const prefix = marker ? `[${marker}] ` : '';
  const title = `${prefix}${language === 'ko' ? '미확인 긴급 상황보고' : 'Unacknowledged critical report'}: ${typeLabel(item, language)}`;
  const body = [headline(item), regionText(item), formatKst(item.openedTs)].filter(Boolean).join('\n');
  return { title, body: marker ? `${body}\n${prefix.trim()}` : body };
}

/** A point to fly to: the report's own point (props `lon`/`lat` or the feature geometry is passed in). */
export function pointOf(geometry: { type: string; coordinates?: unknown } | null | undefined): [number, number] | null {
  if (geometry?.type !== 'Point' || !Array.isArray(geometry.coordinates)) return null;
  const [lon, lat] = geometry.coordinates as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' ? [lon, lat] : null;
}

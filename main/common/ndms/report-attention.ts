/**
 * Attention rules over the report list, as pure functions of (items, now, config): which items must
 * be escalated to supervisors, and list filtering that can never hide an unacknowledged critical item.
 */
import type { EventStatus } from '../events.js';
import type { Severity } from './alerts.js';
import type { ReportType } from './report-types.js';
import { isCritical, type ReportItem, type ReportsState } from './reports.js';

export interface EscalationConfig {
  /** An unacknowledged critical item open longer than this (ms since it was opened or re-opened) is escalated. */
  afterMs: number;
  /** Who receives escalations (role or user names). */
  supervisors: string[];
  /** Whether exercise and test items escalate too (default true: drills practise the whole loop). */
  includeNonActual?: boolean;
}

export interface Escalation {
  reportKey: string;
  ageMs: number;
  /** Start of the opening being escalated: with the key, it names the escalation (idempotent command ids). */
  openedTs: number;
  to: string[];
  status: EventStatus;
}

/** Items to escalate now: unacknowledged, critical, older than the limit, not escalated already. */
export function dueEscalations(items: ReportsState, now: number, cfg: EscalationConfig): Escalation[] {
  const out: Escalation[] = [];
  for (const it of items.values()) {
    if (it.state !== 'new' || !isCritical(it) || it.escalated) continue;
    if (cfg.includeNonActual === false && it.status !== 'actual') continue;
    const ageMs = now - it.openedTs;
    if (ageMs > cfg.afterMs) out.push({ reportKey: it.key, ageMs, openedTs: it.openedTs, to: cfg.supervisors, status: it.status });
  }
  return out.sort((a, b) => b.ageMs - a.ageMs);
}

/** Unacknowledged critical items: the ones holding the attention state (banner, sound). */
export function needsAttention(items: ReportsState): ReportItem[] {
  return [...items.values()].filter((i) => i.state === 'new' && isCritical(i)).sort((a, b) => a.firstTs - b.firstTs);
}

export interface ReportFilter {
  types?: ReadonlyArray<ReportType | null>;
  minSeverity?: Severity;
  states?: ReadonlyArray<ReportItem['state']>;
  statuses?: ReadonlyArray<EventStatus>;
  text?: string;
}

const RANK: Readonly<Record<Severity, number>> = { unknown: 0, minor: 1, moderate: 2, severe: 3, extreme: 4 };

/**
 * Filters the list, newest first; an unacknowledged critical item is always included whatever the
 * filter says (and marked `pinned`), so no filter setting can hide what still needs a person.
 */
export function filterReports(items: ReportsState, f: ReportFilter): Array<{ item: ReportItem; pinned: boolean }> {
  const text = f.text?.trim().toLowerCase();
  const matches = (i: ReportItem): boolean =>
    (!f.types || f.types.includes(i.type)) &&
    (!f.minSeverity || RANK[i.severity] >= RANK[f.minSeverity]) &&
    (!f.states || f.states.includes(i.state)) &&
    (!f.statuses || f.statuses.includes(i.status)) &&
    (!text || JSON.stringify(i.props).toLowerCase().includes(text) || i.key.toLowerCase().includes(text));
  return [...items.values()]
    .map((item) => ({ item, pinned: item.state === 'new' && isCritical(item) }))
    .filter(({ item, pinned }) => pinned || matches(item))
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.item.lastTs - a.item.lastTs);
}

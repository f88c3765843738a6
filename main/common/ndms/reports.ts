/**
 * Situation-report workflow as pure functions: new → acknowledged (user, time, note) → resolved,
 * driven only by events (`ndms.reports` for the reports, `ops.ndms` for operator steps), so every
 * workstation that replays the same log reaches the same state and the audit trail is the log.
 *
 * Rules (documented decisions):
 * - critical = one of the ten critical types with severity extreme, severe or moderate;
 * - an update that raises an acknowledged or resolved item's severity re-opens it (state `new`), so
 *   a worsening situation needs a fresh acknowledgement; the earlier steps stay in the history;
 * - `report.ack` is valid only on `new`, `report.resolve` only on `acknowledged`; anything else is
 *   refused with a reason and leaves the state unchanged;
 * - a removed report leaves the list.
 */
import { withCheck, type SignatureCheck } from '../gcma/signature-check.js';
import type { EventStatus } from '../events.js';
import type { OpsSubmitArgs } from '../live-sync.js';
import { type Severity, severitySchema } from './alerts.js';
import { isReportType, REPORT_OPS, REPORT_TYPE_INFO, type ReportType, reportOpPropsSchema } from './report-types.js';

/** The part of an event the reducer reads (an EventEnvelope or EventInput fits). */
export interface ReportEventLike {
  stream: string;
  kind: string;
  key: string;
  op: 'upsert' | 'remove';
  ts: number;
  status: EventStatus;
  props: Record<string, unknown>;
  source: string;
}

export type ReportState = 'new' | 'acknowledged' | 'resolved';

/** One step in an item's history. */
export interface ReportStep {
  what: 'received' | 'updated' | 'reopened' | 'acknowledged' | 'resolved' | 'escalated';
  ts: number;
  user: string | null;
  note: string | null;
}

/** A situation report as the list shows it. */
export interface ReportItem {
  key: string;
  /** One of the ten critical types, or null for other report kinds (e.g. damage). */
  type: ReportType | null;
  kind: string;
  severity: Severity;
  status: EventStatus;
  /** Time of the first report and of the latest update (source times). */
  firstTs: number;
  lastTs: number;
  /** When the current opening began: the first report, or the update that re-opened it (escalation age). */
  openedTs: number;
  props: Record<string, unknown>;
  state: ReportState;
  /** `check`: this workstation's signature check of the step's command (absent when not checked). */
  ack: { user: string; ts: number; note: string; check?: SignatureCheck } | null;
  resolved: { user: string; ts: number; note: string; check?: SignatureCheck } | null;
  escalated: { ts: number; to: string[] } | null;
  history: ReportStep[];
}

export type ReportsState = ReadonlyMap<string, ReportItem>;

export interface ReduceResult {
  state: ReportsState;
  /** Why an operator step was refused; null when applied (or not a report event). */
  refused: string | null;
}

const RANK: Readonly<Record<Severity, number>> = { unknown: 0, minor: 1, moderate: 2, severe: 3, extreme: 4 };

export function isCritical(item: Pick<ReportItem, 'type' | 'severity'>): boolean {
  return item.type !== null && RANK[item.severity] >= RANK.moderate;
}

function reportType(kind: string): ReportType | null {
  const t = kind.startsWith('report.') ? kind.slice(7) : kind;
  return isReportType(t) ? t : null;
}

function applyReport(state: ReportsState, ev: ReportEventLike): ReportsState {
  const next = new Map(state);
  if (ev.op === 'remove') {
    next.delete(ev.key);
    return next;
  }
  const type = reportType(ev.kind);
  const parsed = severitySchema.safeParse(ev.props['severity']);
  const severity: Severity = parsed.success ? parsed.data : type ? REPORT_TYPE_INFO[type].defaultSeverity : 'unknown';
  const prev = state.get(ev.key);
  if (!prev) {
    next.set(ev.key, { key: ev.key, type, kind: ev.kind, severity, status: ev.status, firstTs: ev.ts, lastTs: ev.ts, openedTs: ev.ts, props: ev.props, state: 'new', ack: null, resolved: null, escalated: null, history: [{ what: 'received', ts: ev.ts, user: null, note: null }] });
    return next;
  }
  const worse = RANK[severity] > RANK[prev.severity] && prev.state !== 'new';
  next.set(ev.key, {
    ...prev,
    type,
    kind: ev.kind,
    severity,
    status: ev.status,
    lastTs: ev.ts,
    openedTs: worse ? ev.ts : prev.openedTs,
    props: ev.props,
    state: worse ? 'new' : prev.state,
    escalated: worse ? null : prev.escalated,
    history: [...prev.history, { what: worse ? 'reopened' : 'updated', ts: ev.ts, user: null, note: worse ? `severity ${prev.severity} → ${severity}` : null }],
  });
  return next;
}

function applyOp(state: ReportsState, ev: ReportEventLike): ReduceResult {
  const p = reportOpPropsSchema.safeParse(ev.props);
  if (!p.success) return { state, refused: `${ev.kind}: malformed props (${p.error.issues[0]?.message ?? 'invalid'})` };
  const { reportKey, user, note } = p.data;
  const item = state.get(reportKey);
  if (!item) return { state, refused: `${ev.kind}: no report ${reportKey}` };
  const step = { ts: ev.ts, user, note };
  let updated: ReportItem;
  if (ev.kind === REPORT_OPS.ack) {
    if (item.state !== 'new') return { state, refused: `report ${reportKey} is ${item.state}; only a new report can be acknowledged` };
    updated = { ...item, state: 'acknowledged', ack: { user, ts: ev.ts, note, ...withCheck(ev.props) }, history: [...item.history, { what: 'acknowledged', ...step }] };
  } else if (ev.kind === REPORT_OPS.resolve) {
    if (item.state !== 'acknowledged') return { state, refused: `report ${reportKey} is ${item.state}; only an acknowledged report can be resolved` };
    updated = { ...item, state: 'resolved', resolved: { user, ts: ev.ts, note, ...withCheck(ev.props) }, history: [...item.history, { what: 'resolved', ...step }] };
  } else if (ev.kind === REPORT_OPS.escalate) {
    if (item.state !== 'new') return { state, refused: `report ${reportKey} is ${item.state}; only an unacknowledged report is escalated` };
    const to = p.data.to ?? [];
    updated = { ...item, escalated: { ts: ev.ts, to }, history: [...item.history, { what: 'escalated', ...step }] };
  } else {
    return { state, refused: null };
  }
  const next = new Map(state);
  next.set(reportKey, updated);
  return { state: next, refused: null };
}

/** Applies one event; events of other streams pass through unchanged. */
export function reduceReports(state: ReportsState, ev: ReportEventLike): ReduceResult {
  if (ev.stream === 'ndms.reports') return { state: applyReport(state, ev), refused: null };
  if (ev.stream === REPORT_OPS.stream) return applyOp(state, ev);
  return { state, refused: null };
}

/** Folds a log; refusals are collected with the offending event's key. */
export function replayReports(events: readonly ReportEventLike[], initial: ReportsState = new Map()): { state: ReportsState; refusals: string[] } {
  let state = initial;
  const refusals: string[] = [];
  for (const ev of events) {
    const r = reduceReports(state, ev);
    state = r.state;
    if (r.refused) refusals.push(r.refused);
  }
  return { state, refusals };
}

/** Command builders: what the UI submits through `ops:submit`. */
export function ackCommand(reportKey: string, user: string, note: string): OpsSubmitArgs {
  return { stream: REPORT_OPS.stream, kind: REPORT_OPS.ack, key: reportKey, props: { reportKey, user, note } };
}
export function resolveCommand(reportKey: string, user: string, note: string): OpsSubmitArgs {
  return { stream: REPORT_OPS.stream, kind: REPORT_OPS.resolve, key: reportKey, props: { reportKey, user, note } };
}
export function escalateCommand(reportKey: string, user: string, to: string[], note: string): OpsSubmitArgs {
  return { stream: REPORT_OPS.stream, kind: REPORT_OPS.escalate, key: reportKey, props: { reportKey, user, note, to } };
}

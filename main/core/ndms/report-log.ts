/**
 * The situation-report picture and its audit trail, read from the local store's event log (not the
 * current-state projection, which keeps only the latest operator step per report): every
 * `ndms.reports` version and every `ops.ndms` report step, replayed through the report reducer.
 * Every workstation holds the same log from the same hub, so every workstation shows the same state.
 */
import type { Database } from 'better-sqlite3';
import type { EventStatus } from '../../common/events.js';
import { withCheck } from '../../common/gcma/signature-check.js';
import type { ReportAuditEntry, ReportsView } from '../../common/ndms/report-ipc.js';
import { REPORT_OPS } from '../../common/ndms/report-types.js';
import { replayReports, type ReportEventLike } from '../../common/ndms/reports.js';

const REPORTS_STREAM = 'ndms.reports';
const REPORT_KINDS = [REPORT_OPS.ack, REPORT_OPS.resolve, REPORT_OPS.escalate];

interface LogRow {
  stream: string;
  seq: number;
  id: string;
  key: string;
  kind: string;
  op: 'upsert' | 'remove';
  ts: number;
  received_at: number;
  status: EventStatus;
  props: string;
  source: string;
}

// Hub arrival order across the two streams: an operator step always reaches the hub after the report
// it answers, so (received_at, reports before ops, seq) replays in causal order.
const ORDER = `ORDER BY received_at, CASE stream WHEN '${REPORTS_STREAM}' THEN 0 ELSE 1 END, seq`;
const KINDS = REPORT_KINDS.map((k) => `'${k}'`).join(', ');

function toEvent(r: LogRow): ReportEventLike {
  return { stream: r.stream, kind: r.kind, key: r.key, op: r.op, ts: r.ts, status: r.status, props: JSON.parse(r.props) as Record<string, unknown>, source: r.source };
}

function reportRows(db: Database, key?: string): LogRow[] {
  const where = `(stream = '${REPORTS_STREAM}'${key === undefined ? '' : ' AND key = @key'}) OR (stream = '${REPORT_OPS.stream}' AND kind IN (${KINDS})${key === undefined ? '' : ' AND key = @key'})`;
  const sql = `SELECT stream, seq, id, key, kind, op, ts, received_at, status, props, source FROM events WHERE ${where} ${ORDER}`;
  return (key === undefined ? db.prepare(sql).all() : db.prepare(sql).all({ key })) as LogRow[];
}

/** Every report with its state and history; refusals are operator steps the reducer did not apply. */
export function readReports(db: Database | null, escalateAfterMs: number): ReportsView {
  if (!db) return { items: [], refusals: [], escalateAfterMs };
  const { state, refusals } = replayReports(reportRows(db).map(toEvent));
  return { items: [...state.values()], refusals, escalateAfterMs };
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * One report's audit trail: every logged event about it, oldest first — report versions (severity,
 * status) and operator steps (who, role, note, the command id) — each marked with whether the reducer
 * applied it, so a refused step (say, a second acknowledgement) is visible as refused, not hidden.
 */
export function readReportAudit(db: Database | null, key: string): ReportAuditEntry[] {
  if (!db) return [];
  const rows = reportRows(db, key);
  const out: ReportAuditEntry[] = [];
  let state = new Map() as Parameters<typeof replayReports>[1];
  for (const r of rows) {
    const ev = toEvent(r);
    const { state: next, refusals } = replayReports([ev], state);
    state = next;
    out.push({
      stream: r.stream,
      seq: r.seq,
      id: r.id,
      kind: r.kind,
      op: r.op,
      ts: r.ts,
      receivedAt: r.received_at,
      status: r.status,
      user: r.stream === REPORTS_STREAM ? null : str(ev.props['user']),
      role: str(ev.props['role']),
      note: str(ev.props['note']),
      severity: str(ev.props['severity']),
      source: r.source,
      refused: refusals[0] ?? null,
      ...(r.stream === REPORTS_STREAM ? {} : withCheck(ev.props)),
    });
  }
  return out;
}

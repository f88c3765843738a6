/**
 * Retention: compaction folds the oldest events of a stream into its snapshot rows (the latest upsert
 * per key, removes dropped) and deletes them, so the log keeps a bounded window. Clients whose cursor
 * falls below the floor get the snapshot, then the retained events.
 */
import type { EventEnvelope } from '../../main/common/events.js';
import type { EventLog } from './event-log.js';
import { rowToEnvelope, type EventRow } from './rows.js';

/** How much history to keep per stream; an event is compacted only when both limits allow it. */
export interface RetentionPolicy {
  /** Keep events received within this many ms of now. */
  keepMs?: number;
  /** Keep at least this many most recent events per stream. */
  keepEvents?: number;
}

/** The state of a stream at its floor, as sent in `sync:snapshot`. */
export interface StreamSnapshot {
  stream: string;
  seq: number;
  events: EventEnvelope[];
}

/** Compacts every stream; returns the number of events folded per stream (streams with none omitted). */
export function compactAll(log: EventLog, policy: RetentionPolicy, now = Date.now()): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of log.streams()) {
    const n = compactStream(log, s.stream, policy, now);
    if (n > 0) out[s.stream] = n;
  }
  return out;
}

/** The highest seq that may be compacted under the policy (the current floor when nothing may). */
export function compactionPoint(log: EventLog, stream: string, policy: RetentionPolicy, now = Date.now()): number {
  const s = log.info(stream);
  if (!s) return 0;
  let point = s.head;
  if (policy.keepEvents !== undefined) point = Math.min(point, s.head - policy.keepEvents);
  if (policy.keepMs !== undefined) {
    const row = log.db.prepare('SELECT MAX(seq) AS seq FROM events WHERE stream = ? AND receivedAt < ?').get(stream, now - policy.keepMs) as { seq: number | null };
    point = Math.min(point, row.seq ?? s.floor);
  }
  if (policy.keepEvents === undefined && policy.keepMs === undefined) point = s.floor;
  return Math.max(point, s.floor);
}

/** Folds events (floor, point] into the snapshot and deletes them; one transaction. */
export function compactStream(log: EventLog, stream: string, policy: RetentionPolicy, now = Date.now()): number {
  const point = compactionPoint(log, stream, policy, now);
  const s = log.info(stream);
  if (!s || point <= s.floor) return 0;
  const db = log.db;
  return log.write(() => {
    const rows = db.prepare('SELECT * FROM events WHERE stream = ? AND seq > ? AND seq <= ? ORDER BY seq').all(stream, s.floor, point) as EventRow[];
    const put = db.prepare('INSERT OR REPLACE INTO snapshot_rows (stream, key, seq, id, event) VALUES (?, ?, ?, ?, ?)');
    const del = db.prepare('DELETE FROM snapshot_rows WHERE stream = ? AND key = ?');
    for (const r of rows) {
      if (r.op === 'remove') del.run(stream, r.key);
      else put.run(stream, r.key, r.seq, r.id, JSON.stringify(rowToEnvelope(r)));
    }
    const last = rows[rows.length - 1];
    db.prepare('DELETE FROM events WHERE stream = ? AND seq <= ?').run(stream, point);
    db.prepare('UPDATE streams SET floor = ?, floorReceivedAt = ? WHERE stream = ?').run(point, last?.receivedAt ?? s.floorReceivedAt, stream);
    return rows.length;
  });
}

/** The state of `stream` at its floor (empty at floor 0). */
export function snapshotAtFloor(log: EventLog, stream: string): StreamSnapshot {
  const s = log.info(stream);
  const rows = log.db.prepare('SELECT event FROM snapshot_rows WHERE stream = ? ORDER BY seq').all(stream) as { event: string }[];
  return { stream, seq: s?.floor ?? 0, events: rows.map((r) => JSON.parse(r.event) as EventEnvelope) };
}

/** `stateAt` answer: the live upserts per key, or a note that T is before the retained window. */
export type StateAtResult = { ok: true; events: EventEnvelope[] } | { ok: false; reason: string; retainedFrom: number };

/**
 * The state of a stream as operators saw it at time T (by receivedAt): the latest event per key among
 * the events received at or before T, removed keys excluded.
 */
export function stateAt(log: EventLog, stream: string, t: number): StateAtResult {
  const s = log.info(stream);
  if (!s) return { ok: true, events: [] };
  if (s.floor > 0 && t < s.floorReceivedAt) {
    return { ok: false, reason: `time ${t} is before the retained window of ${stream} (from ${s.floorReceivedAt})`, retainedFrom: s.floorReceivedAt };
  }
  const db = log.db;
  const latest = db
    .prepare(
      `SELECT e.* FROM events e JOIN (SELECT key, MAX(seq) AS seq FROM events WHERE stream = ? AND receivedAt <= ? GROUP BY key) m
       ON e.stream = ? AND e.seq = m.seq ORDER BY e.seq`,
    )
    .all(stream, t, stream) as EventRow[];
  const touched = new Set(latest.map((r) => r.key));
  const base = (db.prepare('SELECT key, event FROM snapshot_rows WHERE stream = ? ORDER BY seq').all(stream) as { key: string; event: string }[])
    .filter((r) => !touched.has(r.key))
    .map((r) => JSON.parse(r.event) as EventEnvelope);
  const current = latest.filter((r) => r.op === 'upsert').map(rowToEnvelope);
  return { ok: true, events: [...base, ...current].sort((a, b) => a.seq - b.seq) };
}

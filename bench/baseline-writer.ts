/**
 * The benchmark baseline: the same rows into the same tables (same indexes, same R*Tree triggers,
 * same projection upserts/deletes and cursor writes) in transactions of `batchSize`, straight from
 * in-memory events — no socket, no validation, no gap logic, no diffs.
 */
import type { EventEnvelope } from '../main/common/events.js';
import { geometryBBox } from '../main/common/geometry-bbox.js';
import { openDatabase } from '../main/core/store/open-database.js';

export function writeBaseline(file: string, events: readonly EventEnvelope[], batchSize: number): void {
  const db = openDatabase(file);
  const insert = db.prepare(`INSERT INTO events (stream, seq, id, key, kind, op, ts, received_at, status, geometry, props, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`);
  const upsert = db.prepare(
    `INSERT INTO current_state (stream, key, kind, status, ts, received_at, seq, props, geometry, min_x, min_y, max_x, max_y)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (stream, key) DO UPDATE SET kind = excluded.kind, status = excluded.status, ts = excluded.ts,
       received_at = excluded.received_at, seq = excluded.seq, props = excluded.props, geometry = excluded.geometry,
       min_x = excluded.min_x, min_y = excluded.min_y, max_x = excluded.max_x, max_y = excluded.max_y
     WHERE excluded.seq > current_state.seq`,
  );
  const remove = db.prepare('DELETE FROM current_state WHERE stream = ? AND key = ? AND seq < ?');
  const cursor = db.prepare('INSERT INTO cursors (stream, last_seq) VALUES (?, ?) ON CONFLICT (stream) DO UPDATE SET last_seq = excluded.last_seq');
  const tx = db.transaction((batch: readonly EventEnvelope[]) => {
    const last = new Map<string, number>();
    for (const e of batch) {
      const g = e.geometry ?? null;
      const gText = g === null ? null : JSON.stringify(g);
      const pText = JSON.stringify(e.props);
      insert.run(e.stream, e.seq, e.id, e.key, e.kind, e.op, e.ts, e.receivedAt, e.status, gText, pText, e.source);
      if (e.op === 'remove') remove.run(e.stream, e.key, e.seq);
      else {
        const b = geometryBBox(g);
        upsert.run(e.stream, e.key, e.kind, e.status, e.ts, e.receivedAt, e.seq, pText, gText, b?.[0] ?? null, b?.[1] ?? null, b?.[2] ?? null, b?.[3] ?? null);
      }
      last.set(e.stream, e.seq);
    }
    for (const [s, seq] of last) cursor.run(s, seq);
  });
  for (let i = 0; i < events.length; i += batchSize) tx.immediate(events.slice(i, i + batchSize));
  db.close();
}

/**
 * The append-only event log: one row per logged event, a head/floor row per stream, and the snapshot
 * rows that stand in for compacted history (the state of a stream at its floor seq).
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE events (
      stream TEXT NOT NULL,
      seq INTEGER NOT NULL,
      id TEXT NOT NULL UNIQUE,
      key TEXT NOT NULL,
      kind TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('upsert', 'remove')),
      ts INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('actual', 'exercise', 'test')),
      geometry TEXT,
      props TEXT NOT NULL,
      source TEXT NOT NULL,
      receivedAt INTEGER NOT NULL,
      PRIMARY KEY (stream, seq)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX events_stream_key ON events (stream, key, seq);
    CREATE INDEX events_stream_received ON events (stream, receivedAt);

    -- head: the last seq assigned; floor: everything at or below it was compacted into snapshot_rows.
    CREATE TABLE streams (
      stream TEXT PRIMARY KEY,
      head INTEGER NOT NULL,
      floor INTEGER NOT NULL DEFAULT 0,
      floorReceivedAt INTEGER NOT NULL DEFAULT 0,
      lastReceivedAt INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    -- The state of a stream at its floor: the latest upsert per key (removed keys are absent).
    CREATE TABLE snapshot_rows (
      stream TEXT NOT NULL,
      key TEXT NOT NULL,
      seq INTEGER NOT NULL,
      id TEXT NOT NULL,
      event TEXT NOT NULL,
      PRIMARY KEY (stream, key)
    ) STRICT;
    CREATE INDEX snapshot_rows_id ON snapshot_rows (id);
  `);
}

/**
 * 0001: the event log, the current-state projection with its R*Tree, cursors and the outbox.
 * The R*Tree is maintained by triggers on `current_state`, so every writer (the sync path, a snapshot,
 * the benchmark baseline) keeps it in step with the projection without remembering to.
 */
import type { Database } from 'better-sqlite3';

export const name = 'initial';

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
      received_at INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('actual', 'exercise', 'test')),
      geometry TEXT,
      props TEXT NOT NULL,
      source TEXT NOT NULL,
      PRIMARY KEY (stream, seq)
    ) STRICT;

    CREATE TABLE current_state (
      fid INTEGER PRIMARY KEY,
      stream TEXT NOT NULL,
      key TEXT NOT NULL,
      kind TEXT NOT NULL,
      status TEXT NOT NULL,
      ts INTEGER NOT NULL,
      received_at INTEGER NOT NULL,
      seq INTEGER NOT NULL,
      props TEXT NOT NULL,
      geometry TEXT,
      min_x REAL, max_x REAL, min_y REAL, max_y REAL,
      UNIQUE (stream, key)
    ) STRICT;

    CREATE VIRTUAL TABLE current_rtree USING rtree(fid, min_x, max_x, min_y, max_y);

    CREATE TRIGGER current_state_ai AFTER INSERT ON current_state WHEN new.min_x IS NOT NULL BEGIN
      INSERT INTO current_rtree (fid, min_x, max_x, min_y, max_y) VALUES (new.fid, new.min_x, new.max_x, new.min_y, new.max_y);
    END;
    CREATE TRIGGER current_state_au AFTER UPDATE ON current_state BEGIN
      DELETE FROM current_rtree WHERE fid = old.fid;
      INSERT INTO current_rtree (fid, min_x, max_x, min_y, max_y)
        SELECT new.fid, new.min_x, new.max_x, new.min_y, new.max_y WHERE new.min_x IS NOT NULL;
    END;
    CREATE TRIGGER current_state_ad AFTER DELETE ON current_state BEGIN
      DELETE FROM current_rtree WHERE fid = old.fid;
    END;

    CREATE TABLE cursors (
      stream TEXT PRIMARY KEY,
      last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
    ) STRICT;

    CREATE TABLE outbox (
      id TEXT PRIMARY KEY,
      command TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'rejected')),
      attempts INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      ack_seq INTEGER,
      last_error TEXT
    ) STRICT;
    CREATE INDEX outbox_pending ON outbox (state, created_at);

    CREATE TABLE meta (
      name TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}

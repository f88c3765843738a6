/**
 * A record rejected again on every poll (upstream keeps serving it) is one quarantine entry with a
 * repeat count, not a new row per poll.
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE quarantine ADD COLUMN rawHash TEXT;
    ALTER TABLE quarantine ADD COLUMN seen INTEGER NOT NULL DEFAULT 1;
    CREATE UNIQUE INDEX quarantine_source_raw ON quarantine (source, rawHash);
  `);
}

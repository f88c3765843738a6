/** Rejected upstream records, kept with their reason and raw input so nothing is lost. */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE quarantine (
      rowid INTEGER PRIMARY KEY,
      source TEXT NOT NULL,
      reason TEXT NOT NULL,
      raw TEXT NOT NULL,
      receivedAt INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX quarantine_source ON quarantine (source, receivedAt);
  `);
}

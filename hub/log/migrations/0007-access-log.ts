/**
 * The access log of sensitive look-ups (Public Information Sharing): every look-up request with who
 * made it, under which legal basis, for what purpose and area, and whether the user held the
 * sensitive-records grant (individual records) or saw aggregates only. Append-only.
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE access_log (
      commandId TEXT PRIMARY KEY,
      user TEXT NOT NULL,
      role TEXT NOT NULL,
      scope TEXT NOT NULL CHECK (scope IN ('aggregate', 'individual')),
      legalBasis TEXT NOT NULL,
      purpose TEXT NOT NULL,
      area TEXT,
      at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX access_log_at ON access_log (at);
  `);
}

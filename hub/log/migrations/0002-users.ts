/** Hub users: one token each (only its sha256 is stored), a role and a sensitive-records grant. */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE users (
      name TEXT PRIMARY KEY,
      role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'supervisor')),
      tokenHash TEXT NOT NULL UNIQUE,
      sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
      createdAt INTEGER NOT NULL,
      revokedAt INTEGER
    ) STRICT;
  `);
}

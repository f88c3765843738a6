/** Operator commands already logged, by client-generated id, so a retried command gets the same ack. */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE ops_commands (
      id TEXT PRIMARY KEY,
      user TEXT NOT NULL,
      stream TEXT NOT NULL,
      seq INTEGER NOT NULL,
      receivedAt INTEGER NOT NULL
    ) STRICT;
  `);
}

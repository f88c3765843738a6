/** Helpers for the one-test-per-migration files: open a database migrated up to version N. */
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { migrations } from '../log/migrations/index.js';
import { openHubDb } from '../log/open-db.js';

export function dbAtVersion(dir: string, version: number): Database.Database {
  return openHubDb(join(dir, 'hub.db'), { migrations: migrations.filter((m) => m.version <= version) });
}

/** Whether `table` was created STRICT (SQLite reports it in table_list). */
export function isStrict(db: Database.Database, table: string): boolean {
  const row = db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(table) as { strict: number } | undefined;
  return row?.strict === 1;
}

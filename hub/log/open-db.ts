/**
 * Opens (or creates) the hub database: WAL journal, `synchronous=FULL` on every open (better-sqlite3
 * builds otherwise run WAL at NORMAL, where a commit can be lost on power failure), a `quick_check`,
 * and the numbered migrations. A database written by a newer hub is refused rather than guessed at.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LATEST_VERSION, migrations, type Migration } from './migrations/index.js';

/** How to open the hub database. */
export interface OpenDbOptions {
  /** Test hook: caps the file size in pages to simulate a full disk. */
  maxPageCount?: number;
  /** Migrations to apply (tests pass a prefix to check one step at a time). */
  migrations?: readonly Migration[];
  readonly?: boolean;
  /** better-sqlite3's compiled addon to load (the embedding process's ABI build, e.g. Electron's). */
  nativeBinding?: string | undefined;
}

export class FutureDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`hub database has schema version ${found}, this hub supports up to ${supported}: upgrade the hub (sitroom) to open it`);
  }
}

export function openHubDb(file: string, opts: OpenDbOptions = {}): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { readonly: opts.readonly ?? false, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  try {
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`hub database ${file} failed quick_check: ${String(check)}`);
    migrate(db, opts.migrations ?? migrations);
    if (opts.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.floor(opts.maxPageCount)}`);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function migrate(db: Database.Database, list: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const supported = Math.max(LATEST_VERSION, list.length);
  if (current > supported) throw new FutureDatabaseError(current, supported);
  for (const m of list) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

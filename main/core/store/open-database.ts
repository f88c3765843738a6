/**
 * Opens the client store: WAL, `synchronous=FULL` on every open (better-sqlite3 builds let WAL fall
 * back to NORMAL on reopen, which can lose the last committed batches on power loss), a quick_check,
 * then the numbered migrations. A database written by a newer build is refused, never downgraded.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { LATEST_VERSION, migrations, type Migration } from './migrations/index.js';

/** Thrown when the store file cannot be used; `code` says why. */
export class StoreOpenError extends Error {
  constructor(
    readonly code: 'newer-version' | 'corrupt' | 'pragma',
    message: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

export interface OpenDatabaseOptions {
  readonly?: boolean;
  /** For tests of the migration runner. */
  migrations?: readonly Migration[];
  /** better-sqlite3's compiled addon to load (Electron's ABI build; see main/core/sqlite-binding.ts). */
  nativeBinding?: string | undefined;
}

/** SQLite's numeric value for synchronous=FULL. */
const SYNCHRONOUS_FULL = 2;

export function openDatabase(file: string, opts: OpenDatabaseOptions = {}): Db {
  const db = new Database(file, { readonly: opts.readonly ?? false, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  try {
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      const sync = db.pragma('synchronous', { simple: true });
      if (sync !== SYNCHRONOUS_FULL) throw new StoreOpenError('pragma', `synchronous is ${String(sync)}, expected FULL (2)`);
    }
    db.pragma('foreign_keys = ON');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new StoreOpenError('corrupt', `store ${file} failed quick_check: ${String(check)}`);
    const list = opts.migrations ?? migrations;
    if (opts.readonly) assertNotNewer(db, file, list.length);
    else migrate(db, file, list);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function userVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function assertNotNewer(db: Db, file: string, latest: number): void {
  const v = userVersion(db);
  if (v > latest) {
    throw new StoreOpenError(
      'newer-version',
      `store ${file} has schema version ${v}, but this build knows only up to ${latest}: it was written by a newer Situation Room. Upgrade the app (or use another data folder); the file was not changed.`,
    );
  }
}

/** Applies every migration above the file's `user_version`, each in its own transaction. */
export function migrate(db: Db, file: string, list: readonly Migration[] = migrations): void {
  assertNotNewer(db, file, list.length);
  for (const m of list) {
    if (m.version <= userVersion(db)) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

export { LATEST_VERSION };

/**
 * The hub database's migrations, in order. Migration N brings the database to `user_version` N;
 * a new migration is a new numbered file added at the end of this list, never an edit of an old one.
 */
import type { Database } from 'better-sqlite3';
import * as m0001 from './0001-event-log.js';
import * as m0002 from './0002-users.js';
import * as m0003 from './0003-ops-commands.js';
import * as m0004 from './0004-quarantine.js';
import * as m0005 from './0005-quarantine-dedupe.js';
import * as m0006 from './0006-user-keys.js';
import * as m0007 from './0007-access-log.js';

/** One schema step. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'event-log', up: m0001.up },
  { version: 2, name: 'users', up: m0002.up },
  { version: 3, name: 'ops-commands', up: m0003.up },
  { version: 4, name: 'quarantine', up: m0004.up },
  { version: 5, name: 'quarantine-dedupe', up: m0005.up },
  { version: 6, name: 'user-keys', up: m0006.up },
  { version: 7, name: 'access-log', up: m0007.up },
];

export const LATEST_VERSION = migrations.length;

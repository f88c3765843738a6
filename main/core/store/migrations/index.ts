/**
 * The ordered list of store migrations. Migration N (1-based) brings `user_version` from N-1 to N.
 * Add a file `NNNN-name.ts` exporting `name` and `up(db)`, append it here, and add its test.
 */
import type { Database } from 'better-sqlite3';
import * as m0001 from './0001-initial.js';

/** One numbered schema step. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [{ version: 1, ...m0001 }];

/** The schema version this build writes. */
export const LATEST_VERSION = migrations.length;

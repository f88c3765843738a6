import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../test-support/helpers.js';
import { LATEST_VERSION } from './migrations/index.js';
import { FutureDatabaseError, openHubDb } from './open-db.js';

describe('openHubDb', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('uses WAL with synchronous=FULL, also after a reopen', () => {
    const file = join(t.dir, 'hub.db');
    openHubDb(file).close();
    const db = openHubDb(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database from a newer hub', () => {
    const file = join(t.dir, 'hub.db');
    openHubDb(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    expect(() => openHubDb(file)).toThrow(FutureDatabaseError);
    expect(() => openHubDb(file)).toThrow(/upgrade the hub/);
  });

  it('fails loudly when the file is damaged', () => {
    const file = join(t.dir, 'hub.db');
    const db = openHubDb(file);
    const ins = db.prepare("INSERT INTO quarantine (source, reason, raw, receivedAt) VALUES ('s', 'r', ?, 1)");
    for (let i = 0; i < 200; i++) ins.run('x'.repeat(500));
    db.close(); // checkpoints the WAL into the main file
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 3); // scribble over a b-tree page
    closeSync(fd);
    expect(() => openHubDb(file)).toThrow(/quick_check|malformed|corrupt/);
  });
});

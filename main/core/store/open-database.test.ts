import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, StoreOpenError, openDatabase } from './open-database.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('sets WAL and synchronous=FULL on every open, including a reopen', () => {
    const file = join(dir, 'store.sqlite');
    openDatabase(file).close();
    // A plain reopen without our pragmas shows what better-sqlite3 would give: not FULL.
    const plain = new Database(file);
    expect(plain.pragma('journal_mode', { simple: true })).toBe('wal');
    plain.close();
    const db = openDatabase(file);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database written by a newer version and leaves it unchanged', () => {
    const file = join(dir, 'store.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.exec('CREATE TABLE future (x INTEGER) STRICT');
    raw.close();
    let caught: unknown;
    try {
      openDatabase(file).close();
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(StoreOpenError);
    expect((caught as StoreOpenError).code).toBe('newer-version');
    expect((caught as Error).message).toMatch(/newer Situation Room.*Upgrade/);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    after.close();
  });

  it('refuses a file that is not a database', async () => {
    const file = join(dir, 'store.sqlite');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'this is not sqlite'.repeat(100));
    expect(() => openDatabase(file)).toThrow();
  });

  it('runs each migration once, in order, and records user_version', () => {
    const file = join(dir, 'm.sqlite');
    const calls: string[] = [];
    const list = [
      { version: 1, name: 'a', up: (d: Database.Database) => { calls.push('a'); d.exec('CREATE TABLE a (x INTEGER) STRICT'); } },
      { version: 2, name: 'b', up: (d: Database.Database) => { calls.push('b'); d.exec('CREATE TABLE b (x INTEGER) STRICT'); } },
    ];
    openDatabase(file, { migrations: list.slice(0, 1) }).close();
    const db = openDatabase(file, { migrations: list });
    expect(calls).toEqual(['a', 'b']);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('rolls back a failing migration, leaving the previous version', () => {
    const file = join(dir, 'm.sqlite');
    const list = [
      { version: 1, name: 'a', up: (d: Database.Database) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
      { version: 2, name: 'bad', up: (d: Database.Database) => { d.exec('CREATE TABLE b (x INTEGER) STRICT'); throw new Error('boom'); } },
    ];
    expect(() => openDatabase(file, { migrations: list })).toThrow('boom');
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe(0);
    raw.close();
  });
});

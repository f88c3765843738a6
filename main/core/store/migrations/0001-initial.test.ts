import Database from 'better-sqlite3';
import { up } from './0001-initial.js';

describe('migration 0001-initial', () => {
  it('creates strict tables with the unique constraints and an R*Tree kept by triggers', () => {
    const db = new Database(':memory:');
    up(db);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[];
    const names = tables.map((t) => t.name);
    for (const t of ['events', 'current_state', 'current_rtree', 'cursors', 'outbox', 'meta']) expect(names).toContain(t);
    for (const t of tables.filter((x) => ['events', 'current_state', 'cursors', 'outbox', 'meta'].includes(x.name))) expect(t.sql).toMatch(/STRICT$/);
    expect(tables.find((t) => t.name === 'current_rtree')?.sql).toMatch(/USING rtree/);

    const ins = db.prepare(`INSERT INTO events (stream, seq, id, key, kind, op, ts, received_at, status, geometry, props, source) VALUES (?, ?, ?, 'k', 'x', 'upsert', 0, 0, 'test', NULL, '{}', 's')`);
    ins.run('a.b', 1, 'id1');
    expect(() => ins.run('a.b', 2, 'id1')).toThrow(/UNIQUE/); // unique id
    expect(() => ins.run('a.b', 1, 'id2')).toThrow(/UNIQUE/); // unique (stream, seq)
    expect(() => db.prepare("INSERT INTO cursors (stream, last_seq) VALUES ('a.b', 'x')").run()).toThrow(); // STRICT types

    db.prepare(`INSERT INTO current_state (stream, key, kind, status, ts, received_at, seq, props, min_x, max_x, min_y, max_y) VALUES ('a.b', 'k', 'x', 'test', 0, 0, 1, '{}', 1, 2, 3, 4)`).run();
    expect(db.prepare('SELECT count(*) FROM current_rtree').pluck().get()).toBe(1);
    db.prepare(`UPDATE current_state SET min_x = NULL, max_x = NULL, min_y = NULL, max_y = NULL`).run();
    expect(db.prepare('SELECT count(*) FROM current_rtree').pluck().get()).toBe(0);
    db.prepare(`UPDATE current_state SET min_x = 5, max_x = 6, min_y = 7, max_y = 8`).run();
    expect(db.prepare('SELECT min_x FROM current_rtree').pluck().get()).toBe(5);
    db.prepare('DELETE FROM current_state').run();
    expect(db.prepare('SELECT count(*) FROM current_rtree').pluck().get()).toBe(0);
    db.close();
  });
});

import { dbAtVersion, isStrict } from '../../test-support/migration-helpers.js';
import { tempDir } from '../../test-support/helpers.js';

describe('migration 0001-event-log', () => {
  it('creates STRICT events/streams/snapshot_rows with unique id and (stream, seq)', () => {
    const t = tempDir();
    try {
      const db = dbAtVersion(t.dir, 1);
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      for (const table of ['events', 'streams', 'snapshot_rows']) expect(isStrict(db, table)).toBe(true);
      const ins = db.prepare("INSERT INTO events (stream, seq, id, key, kind, op, ts, status, props, source, receivedAt) VALUES (?, ?, ?, 'k', 'x', 'upsert', 1, 'test', '{}', 's', 1)");
      ins.run('a.b', 1, 'id1');
      expect(() => ins.run('a.b', 1, 'id2')).toThrow(/UNIQUE|PRIMARY/);
      expect(() => ins.run('a.c', 1, 'id1')).toThrow(/UNIQUE/);
      expect(() => db.prepare("INSERT INTO events (stream, seq, id, key, kind, op, ts, status, props, source, receivedAt) VALUES ('a.b', 2, 'id3', 'k', 'x', 'bogus', 1, 'test', '{}', 's', 1)").run()).toThrow(/CHECK/);
      expect(() => db.prepare("INSERT INTO events (stream, seq, id, key, kind, op, ts, status, props, source, receivedAt) VALUES ('a.b', 'two', 'id4', 'k', 'x', 'upsert', 1, 'test', '{}', 's', 1)").run()).toThrow(/datatype|INTEGER/i);
      db.close();
    } finally {
      t.cleanup();
    }
  });
});

import { dbAtVersion } from '../../test-support/migration-helpers.js';
import { tempDir } from '../../test-support/helpers.js';

describe('migration 0005-quarantine-dedupe', () => {
  it('adds rawHash/seen with one row per (source, rawHash), keeping older rows', () => {
    const t = tempDir();
    try {
      const v4 = dbAtVersion(t.dir, 4);
      v4.prepare("INSERT INTO quarantine (source, reason, raw, receivedAt) VALUES ('s', 'old', '{}', 1)").run();
      v4.close();
      const db = dbAtVersion(t.dir, 5);
      expect(db.pragma('user_version', { simple: true })).toBe(5);
      expect(db.prepare('SELECT reason, rawHash, seen FROM quarantine').all()).toEqual([{ reason: 'old', rawHash: null, seen: 1 }]);
      const ins = db.prepare("INSERT INTO quarantine (source, reason, raw, receivedAt, rawHash) VALUES ('s', 'bad', '{}', 1, 'h1')");
      ins.run();
      expect(() => ins.run()).toThrow(/UNIQUE/);
      db.close();
    } finally {
      t.cleanup();
    }
  });
});

import { dbAtVersion, isStrict } from '../../test-support/migration-helpers.js';
import { tempDir } from '../../test-support/helpers.js';

describe('migration 0004-quarantine', () => {
  it('creates a STRICT quarantine table and keeps earlier data', () => {
    const t = tempDir();
    try {
      const v3 = dbAtVersion(t.dir, 3);
      v3.prepare("INSERT INTO users (name, role, tokenHash, sensitive, createdAt) VALUES ('kim', 'viewer', 'h', 0, 1)").run();
      v3.close();
      const db = dbAtVersion(t.dir, 4);
      expect(db.pragma('user_version', { simple: true })).toBe(4);
      expect(isStrict(db, 'quarantine')).toBe(true);
      expect(db.prepare('SELECT COUNT(*) AS n FROM users').get()).toEqual({ n: 1 });
      db.prepare("INSERT INTO quarantine (source, reason, raw, receivedAt) VALUES ('s', 'bad', '{}', 1)").run();
      expect(() => db.prepare("INSERT INTO quarantine (source, reason, raw, receivedAt) VALUES ('s', 'bad', '{}', 'soon')").run()).toThrow(/datatype|INTEGER/i);
      db.close();
    } finally {
      t.cleanup();
    }
  });
});

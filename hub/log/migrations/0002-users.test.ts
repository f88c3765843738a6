import { dbAtVersion, isStrict } from '../../test-support/migration-helpers.js';
import { tempDir } from '../../test-support/helpers.js';

describe('migration 0002-users', () => {
  it('creates a STRICT users table with role check and unique token hash', () => {
    const t = tempDir();
    try {
      const db = dbAtVersion(t.dir, 2);
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(isStrict(db, 'users')).toBe(true);
      const ins = db.prepare('INSERT INTO users (name, role, tokenHash, sensitive, createdAt) VALUES (?, ?, ?, 0, 1)');
      ins.run('kim', 'operator', 'h1');
      expect(() => ins.run('lee', 'admin', 'h2')).toThrow(/CHECK/);
      expect(() => ins.run('lee', 'viewer', 'h1')).toThrow(/UNIQUE/);
      db.close();
    } finally {
      t.cleanup();
    }
  });
});

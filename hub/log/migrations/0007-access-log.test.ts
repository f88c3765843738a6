import { dbAtVersion, isStrict } from '../../test-support/migration-helpers.js';
import { tempDir } from '../../test-support/helpers.js';

describe('migration 0007-access-log', () => {
  it('creates a STRICT access_log keyed by command id, scope aggregate or individual', () => {
    const t = tempDir();
    try {
      const db = dbAtVersion(t.dir, 7);
      expect(db.pragma('user_version', { simple: true })).toBe(7);
      expect(isStrict(db, 'access_log')).toBe(true);
      const ins = db.prepare("INSERT INTO access_log (commandId, user, role, scope, legalBasis, purpose, at) VALUES (?, 'kim', 'operator', ?, 'framework-act:19', 'p', 1)");
      ins.run('c1', 'aggregate');
      expect(() => ins.run('c1', 'aggregate')).toThrow(/UNIQUE|PRIMARY/);
      expect(() => ins.run('c2', 'everything')).toThrow(/CHECK/);
      db.close();
    } finally {
      t.cleanup();
    }
  });
});

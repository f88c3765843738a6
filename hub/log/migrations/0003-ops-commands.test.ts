import { dbAtVersion, isStrict } from '../../test-support/migration-helpers.js';
import { tempDir } from '../../test-support/helpers.js';

describe('migration 0003-ops-commands', () => {
  it('creates a STRICT ops_commands table keyed by command id', () => {
    const t = tempDir();
    try {
      const db = dbAtVersion(t.dir, 3);
      expect(db.pragma('user_version', { simple: true })).toBe(3);
      expect(isStrict(db, 'ops_commands')).toBe(true);
      const ins = db.prepare("INSERT INTO ops_commands (id, user, stream, seq, receivedAt) VALUES (?, 'kim', 'ops.acks', 1, 1)");
      ins.run('c1');
      expect(() => ins.run('c1')).toThrow(/UNIQUE|PRIMARY/);
      db.close();
    } finally {
      t.cleanup();
    }
  });
});

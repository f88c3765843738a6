import { dbAtVersion, isStrict } from '../../test-support/migration-helpers.js';
import { tempDir } from '../../test-support/helpers.js';

describe('migration 0006-user-keys', () => {
  it('creates STRICT user_keys (one row per key, a public key only once) and user_key_blocks', () => {
    const t = tempDir();
    try {
      const db = dbAtVersion(t.dir, 6);
      expect(db.pragma('user_version', { simple: true })).toBe(6);
      expect(isStrict(db, 'user_keys')).toBe(true);
      expect(isStrict(db, 'user_key_blocks')).toBe(true);
      const ins = db.prepare('INSERT INTO user_keys (keyId, user, publicKey, createdAt) VALUES (?, ?, ?, 1)');
      ins.run('k1', 'kim', 'pk1');
      expect(() => ins.run('k1', 'lee', 'pk2')).toThrow(/UNIQUE|PRIMARY/);
      expect(() => ins.run('k2', 'lee', 'pk1')).toThrow(/UNIQUE/);
      db.close();
    } finally {
      t.cleanup();
    }
  });
});

/**
 * GCMA signing keys: each user's Ed25519 public keys (one per workstation, registered by the client
 * over its authenticated connection) and the users whose keys a supervisor revoked — a blocked user
 * may register no new key until `sitroom user reset-key`.
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE user_keys (
      keyId TEXT PRIMARY KEY,
      user TEXT NOT NULL,
      publicKey TEXT NOT NULL UNIQUE,
      createdAt INTEGER NOT NULL,
      revokedAt INTEGER,
      revokedBy TEXT
    ) STRICT;
    CREATE INDEX user_keys_user ON user_keys (user);
    CREATE TABLE user_key_blocks (
      user TEXT PRIMARY KEY,
      blockedAt INTEGER NOT NULL,
      blockedBy TEXT NOT NULL
    ) STRICT;
  `);
}

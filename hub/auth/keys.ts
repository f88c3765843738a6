/**
 * The hub's GCMA key registry: users' Ed25519 public keys, their revocation, and the blocks that stop
 * a revoked user from simply registering a fresh key. A key is registered by the client over its
 * token-authenticated connection (trust on first use per workstation); only a supervisor undoes a
 * revocation (`sitroom user reset-key`).
 */
import type { Database } from 'better-sqlite3';
import type { EventInput, EventStatus } from '../../main/common/events.js';
import { KEY_KIND, KEYS_STREAM, type KeyRegistrationAck, type PublishedKey } from '../../main/common/gcma/signed-command.js';
import { isValidPublicKey, keyIdOf } from './ed25519.js';

/** A registered key. */
export type KeyRecord = PublishedKey;

interface KeyRow {
  keyId: string;
  user: string;
  publicKey: string;
  createdAt: number;
  revokedAt: number | null;
  revokedBy: string | null;
}

const toKey = (r: KeyRow): KeyRecord => ({ ...r, alg: 'ed25519' });

/** Outcome of a registration, with the key to publish when it is new. */
export type RegisterResult = KeyRegistrationAck & { created?: KeyRecord };

export class KeyStore {
  constructor(private readonly db: Database) {}

  /** Registers `publicKey` for `user`; idempotent for a key the user already holds. */
  register(user: string, publicKey: string, now = Date.now()): RegisterResult {
    if (typeof publicKey !== 'string' || !isValidPublicKey(publicKey)) return { ok: false, code: 'bad-key', reason: 'not a raw 32-byte Ed25519 public key (base64url)' };
    const block = this.blocked(user);
    if (block) return { ok: false, code: 'keys-blocked', reason: blockedReason(user, block) };
    const keyId = keyIdOf(publicKey);
    const existing = this.get(keyId);
    if (existing) {
      if (existing.user !== user) return { ok: false, code: 'key-other-user', reason: `signing key ${keyId} is registered to another user` };
      if (existing.revokedAt !== null) return { ok: false, code: 'key-revoked', reason: `signing key ${keyId} of ${user} was revoked by ${existing.revokedBy ?? '?'}` };
      return { ok: true, keyId };
    }
    this.db.prepare('INSERT INTO user_keys (keyId, user, publicKey, createdAt) VALUES (?, ?, ?, ?)').run(keyId, user, publicKey, now);
    return { ok: true, keyId, created: { keyId, user, alg: 'ed25519', publicKey, createdAt: now, revokedAt: null, revokedBy: null } };
  }

  get(keyId: string): KeyRecord | undefined {
    const r = this.db.prepare('SELECT keyId, user, publicKey, createdAt, revokedAt, revokedBy FROM user_keys WHERE keyId = ?').get(keyId) as KeyRow | undefined;
    return r && toKey(r);
  }

  list(user?: string): KeyRecord[] {
    const rows = (user === undefined
      ? this.db.prepare('SELECT keyId, user, publicKey, createdAt, revokedAt, revokedBy FROM user_keys ORDER BY user, createdAt').all()
      : this.db.prepare('SELECT keyId, user, publicKey, createdAt, revokedAt, revokedBy FROM user_keys WHERE user = ? ORDER BY createdAt').all(user)) as KeyRow[];
    return rows.map(toKey);
  }

  blocked(user: string): { blockedAt: number; blockedBy: string } | undefined {
    return this.db.prepare('SELECT blockedAt, blockedBy FROM user_key_blocks WHERE user = ?').get(user) as { blockedAt: number; blockedBy: string } | undefined;
  }

  /**
   * Revokes every key of `user` and blocks new registrations; returns the keys revoked now (already
   * revoked ones are left as they were). Run it inside the log's write transaction when the revocation
   * must commit with its events.
   */
  revokeUser(user: string, by: string, now = Date.now()): KeyRecord[] {
    const live = this.list(user).filter((k) => k.revokedAt === null);
    const upd = this.db.prepare('UPDATE user_keys SET revokedAt = ?, revokedBy = ? WHERE keyId = ? AND revokedAt IS NULL');
    for (const k of live) upd.run(now, by, k.keyId);
    this.db.prepare('INSERT INTO user_key_blocks (user, blockedAt, blockedBy) VALUES (?, ?, ?) ON CONFLICT (user) DO NOTHING').run(user, now, by);
    return live.map((k) => ({ ...k, revokedAt: now, revokedBy: by }));
  }

  /** Lifts the block so the user's workstations can register fresh keys (revoked keys stay revoked). */
  reset(user: string): boolean {
    return this.db.prepare('DELETE FROM user_key_blocks WHERE user = ?').run(user).changes > 0;
  }

  /** Whether a user of that name exists (the users table shares this database). */
  userExists(user: string): boolean {
    return this.db.prepare('SELECT 1 FROM users WHERE name = ?').get(user) !== undefined;
  }
}

export function blockedReason(user: string, block: { blockedAt: number; blockedBy: string }): string {
  return `the signing keys of ${user} were revoked by ${block.blockedBy} at ${new Date(block.blockedAt).toISOString()}; a supervisor must run "sitroom user reset-key ${user}" before a new key is accepted`;
}

/** The `hub.keys` event publishing a key's current state. */
export function keyEvent(k: KeyRecord, status: EventStatus, now = Date.now()): EventInput {
  return {
    stream: KEYS_STREAM,
    id: `key:${k.keyId}:${k.revokedAt === null ? 'active' : `revoked-${k.revokedAt}`}`,
    key: k.keyId,
    kind: KEY_KIND,
    op: 'upsert',
    ts: k.revokedAt ?? k.createdAt ?? now,
    status,
    geometry: null,
    props: { keyId: k.keyId, user: k.user, alg: k.alg, publicKey: k.publicKey, createdAt: k.createdAt, revokedAt: k.revokedAt, revokedBy: k.revokedBy },
    source: 'hub:gcma',
  };
}

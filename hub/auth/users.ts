/**
 * Hub users: a name, a role, a sensitive-records grant and one bearer token. Only the token's sha256
 * is stored; the token itself is shown once when the user is added.
 */
import type { Database } from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';

import { ROLES, type Role } from '../../main/common/roles.js';

export { ROLES, type Role };

export function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}

/** A user as listed (never with a token). */
export interface HubUser {
  name: string;
  role: Role;
  sensitive: boolean;
  createdAt: number;
  revokedAt: number | null;
}

/** Result of checking a presented token. */
export type AuthResult = { ok: true; user: HubUser } | { ok: false; code: 'auth' | 'revoked'; message: string };

interface UserRow {
  name: string;
  role: string;
  sensitive: number;
  createdAt: number;
  revokedAt: number | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * A new token: 32 base64url characters behind a fixed `sr_` prefix, so it never begins with '-' (a bare
 * base64url token can, and a command line then reads it as an option: `--token -Xy…`).
 */
export function generateToken(): string {
  return `sr_${randomBytes(24).toString('base64url')}`;
}

const NAME_RE = /^[\p{L}\p{N}._-]{1,64}$/u;

export class UserStore {
  constructor(private readonly db: Database) {}

  /**
   * Adds a user and returns their token (generated unless given). A name that exists (even revoked)
   * is refused: reissue under a new name so the audit trail stays unambiguous.
   */
  add(name: string, role: Role, opts: { sensitive?: boolean; token?: string; now?: number } = {}): { user: HubUser; token: string } {
    if (!NAME_RE.test(name)) throw new Error(`invalid user name "${name}": letters, digits, . _ - (up to 64)`);
    if (this.get(name)) throw new Error(`user "${name}" already exists`);
    const token = opts.token ?? generateToken();
    if (token.length < 8) throw new Error('token must be at least 8 characters');
    const createdAt = opts.now ?? Date.now();
    this.db
      .prepare('INSERT INTO users (name, role, tokenHash, sensitive, createdAt) VALUES (?, ?, ?, ?, ?)')
      .run(name, role, hashToken(token), opts.sensitive ? 1 : 0, createdAt);
    return { user: { name, role, sensitive: !!opts.sensitive, createdAt, revokedAt: null }, token };
  }

  /**
   * Makes sure a live supervisor holds `token` (standalone `--token` quick start): reuses the user
   * that already has it, otherwise creates `name` (or `name-2`, ... when taken).
   */
  ensureSupervisorToken(token: string, name = 'supervisor'): HubUser {
    const found = this.byToken(token);
    if (found) {
      if (found.revokedAt !== null) throw new Error(`the token given belongs to revoked user "${found.name}"`);
      return found;
    }
    let candidate = name;
    for (let i = 2; this.get(candidate); i++) candidate = `${name}-${i}`;
    return this.add(candidate, 'supervisor', { token, sensitive: true }).user;
  }

  /**
   * Gives `name` a fresh token (creating the user with `role` if missing, un-revoking it) and returns
   * it. Used by the embedded hub, whose local user gets a new token every start.
   */
  rotateToken(name: string, role: Role, opts: { sensitive?: boolean } = {}): string {
    if (!this.get(name)) return this.add(name, role, opts).token;
    const token = generateToken();
    this.db.prepare('UPDATE users SET tokenHash = ?, role = ?, sensitive = ?, revokedAt = NULL WHERE name = ?').run(hashToken(token), role, opts.sensitive ? 1 : 0, name);
    return token;
  }

  revoke(name: string, now = Date.now()): HubUser {
    const u = this.get(name);
    if (!u) throw new Error(`no user "${name}"`);
    if (u.revokedAt === null) this.db.prepare('UPDATE users SET revokedAt = ? WHERE name = ?').run(now, name);
    return { ...u, revokedAt: u.revokedAt ?? now };
  }

  get(name: string): HubUser | undefined {
    const r = this.db.prepare('SELECT name, role, sensitive, createdAt, revokedAt FROM users WHERE name = ?').get(name) as UserRow | undefined;
    return r && toUser(r);
  }

  list(): HubUser[] {
    return (this.db.prepare('SELECT name, role, sensitive, createdAt, revokedAt FROM users ORDER BY name').all() as UserRow[]).map(toUser);
  }

  authenticate(token: string): AuthResult {
    const u = this.byToken(token);
    if (!u) return { ok: false, code: 'auth', message: 'unknown token: ask a hub administrator for a token (sitroom user add)' };
    if (u.revokedAt !== null) return { ok: false, code: 'revoked', message: `the token of user "${u.name}" was revoked` };
    return { ok: true, user: u };
  }

  private byToken(token: string): HubUser | undefined {
    const r = this.db.prepare('SELECT name, role, sensitive, createdAt, revokedAt FROM users WHERE tokenHash = ?').get(hashToken(token)) as UserRow | undefined;
    return r && toUser(r);
  }
}

function toUser(r: UserRow): HubUser {
  return { name: r.name, role: isRole(r.role) ? r.role : 'viewer', sensitive: r.sensitive === 1, createdAt: r.createdAt, revokedAt: r.revokedAt };
}

import { join } from 'node:path';
import { openHubDb } from '../log/open-db.js';
import { tempDir } from '../test-support/helpers.js';
import { checkCommandPermission, requiredRole } from './permissions.js';
import { hashToken, UserStore } from './users.js';

describe('UserStore', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('adds users with a token stored only as its hash, authenticates and revokes', () => {
    const db = openHubDb(join(t.dir, 'hub.db'));
    const users = new UserStore(db);
    const { token, user } = users.add('kim', 'operator', { sensitive: true });
    expect(token.length).toBeGreaterThanOrEqual(24);
    expect(user).toMatchObject({ name: 'kim', role: 'operator', sensitive: true, revokedAt: null });
    const stored = db.prepare('SELECT tokenHash FROM users').all() as { tokenHash: string }[];
    expect(stored).toEqual([{ tokenHash: hashToken(token) }]);
    expect(JSON.stringify(db.prepare('SELECT * FROM users').all())).not.toContain(token);
    expect(users.authenticate(token)).toMatchObject({ ok: true, user: { name: 'kim' } });
    expect(users.authenticate('wrong-token')).toMatchObject({ ok: false, code: 'auth' });
    users.revoke('kim');
    expect(users.authenticate(token)).toMatchObject({ ok: false, code: 'revoked' });
    expect(() => users.add('kim', 'viewer')).toThrow(/exists/);
    expect(() => users.add('bad name!', 'viewer')).toThrow(/invalid user name/);
    db.close();
  });

  it('makes tokens that never read as an option on a command line (`--token T`)', () => {
    const users = new UserStore(openHubDb(join(t.dir, 'hub.db')));
    const tokens = Array.from({ length: 200 }, (_, i) => users.add(`u${i}`, 'viewer').token);
    expect(tokens.filter((tk) => tk.startsWith('-'))).toEqual([]);
    expect(new Set(tokens).size).toBe(200);
  });

  it('reuses the supervisor that holds a --token, or creates one', () => {
    const db = openHubDb(join(t.dir, 'hub.db'));
    const users = new UserStore(db);
    const a = users.ensureSupervisorToken('quick-start-token');
    const b = users.ensureSupervisorToken('quick-start-token');
    expect(a.name).toBe('supervisor');
    expect(b.name).toBe('supervisor');
    expect(users.ensureSupervisorToken('another-token-1').name).toBe('supervisor-2');
    expect(users.list().map((u) => u.role)).toEqual(['supervisor', 'supervisor']);
    db.close();
  });
});

describe('permissions', () => {
  it('refuses viewers, lets operators act, keeps alert sending to supervisors', () => {
    expect(checkCommandPermission('viewer', { stream: 'ops.acks', kind: 'alert.ack' })).toMatch(/viewer/);
    expect(checkCommandPermission('operator', { stream: 'ops.acks', kind: 'alert.ack' })).toBeNull();
    expect(requiredRole({ stream: 'ops.alerts-send', kind: 'cbs.draft' })).toBe('supervisor');
    expect(requiredRole({ stream: 'ops.alerts', kind: 'ndms.alert.send' })).toBe('supervisor');
    expect(checkCommandPermission('operator', { stream: 'ops.alerts', kind: 'ndms.alert.send' })).toMatch(/needs role supervisor/);
    expect(checkCommandPermission('supervisor', { stream: 'ops.alerts-send', kind: 'alert.send' })).toBeNull();
  });
});

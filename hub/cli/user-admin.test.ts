import { tempDir } from '../test-support/helpers.js';
import { runUser } from './user-admin.js';

describe('sitroom user', () => {
  it('adds (printing the token once), lists without tokens, and revokes', async () => {
    const t = tempDir();
    try {
      const out: string[] = [];
      const say = (l: string) => out.push(l);
      expect(await runUser(['add', 'kim', '--role', 'operator', '--sensitive', '--data', t.dir, '--json'], say)).toBe(0);
      const added = JSON.parse(out.pop()!) as { token: string; role: string; sensitive: boolean };
      expect(added).toMatchObject({ role: 'operator', sensitive: true });
      expect(await runUser(['add', 'lee', '--role', 'viewer', '--data', t.dir], say)).toBe(0);
      expect(out.pop()).toMatch(/Token \(shown once/);
      expect(await runUser(['list', '--data', t.dir, '--json'], say)).toBe(0);
      const listed = out.pop()!;
      expect(listed).not.toContain(added.token);
      expect((JSON.parse(listed) as { name: string }[]).map((u) => u.name)).toEqual(['kim', 'lee']);
      expect(await runUser(['revoke', 'lee', '--data', t.dir], say)).toBe(0);
      expect(await runUser(['list', '--data', t.dir], say)).toBe(0);
      expect(out.slice(-3).join('\n')).toMatch(/lee\s+viewer\s+no\s+\S+\s+\d{4}-/);
      await expect(runUser(['add', 'x', '--role', 'boss', '--data', t.dir], say)).rejects.toThrow(/--role must be/);
    } finally {
      t.cleanup();
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../index.js';

describe('sitroom user / hub wiring', () => {
  it('dispatches `sitroom user` and `sitroom hub --help` to the hub implementations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitroom-cli-user-'));
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((l: unknown) => void lines.push(String(l)));
    try {
      expect(await main(['user', 'add', 'kim', '--role', 'supervisor', '--data', dir, '--json'])).toBe(0);
      expect(JSON.parse(lines[0]!)).toMatchObject({ name: 'kim', role: 'supervisor', token: expect.any(String) });
      expect(await main(['user', 'list', '--data', dir, '--json'])).toBe(0);
      expect(JSON.parse(lines[1]!)).toEqual([expect.objectContaining({ name: 'kim', revokedAt: null })]);
      expect(await main(['hub', '--help'])).toBe(0);
      expect(lines[2]).toMatch(/usage: sitroom hub --data DIR/);
      expect(await main(['user', 'revoke', 'nobody', '--data', dir])).toBe(1);
    } finally {
      spy.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSync } from './open-sync.js';

describe('openSync', () => {
  it('opens DATA/store.sqlite and keeps one client id across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitroom-open-sync-'));
    try {
      const a = openSync({ dataDir: join(dir, 'data'), hubUrl: 'http://127.0.0.1:1', token: 't' });
      const id = a.store.getMeta('clientId');
      expect(id).toMatch(/^client-/);
      expect(a.client.snapshot()).toEqual([]);
      await a.close();
      const b = openSync({ dataDir: join(dir, 'data'), hubUrl: 'http://127.0.0.1:1', token: 't' });
      expect(b.store.getMeta('clientId')).toBe(id);
      expect(b.store.db.pragma('synchronous', { simple: true })).toBe(2);
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The hub link on its own: no hub ('off', as `sitroom serve --no-demo`), then the demo hub, then off again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeedsStatus, SyncDiffEvent } from '../../common/live-sync.js';
import { waitFor } from '../sync/testing/wait-for.js';
import { HubLink } from './hub-link.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-hub-link-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('HubLink', () => {
  it('runs without a hub, starts the demo on request and stops it again', async () => {
    const feeds: FeedsStatus[] = [];
    const diffs: SyncDiffEvent[] = [];
    const logged: string[] = [];
    const link = new HubLink({ dataDir: dir, demoSpeed: 3600, monitorMs: 100, onDiff: (d) => diffs.push(d), onFeeds: (s) => feeds.push(s), log: (m) => logged.push(m) });
    try {
      await link.connect({ mode: 'off' });
      expect(link.status()).toMatchObject({ exercise: false, hub: { mode: 'off', state: 'off' }, demo: null, streams: [] });
      expect(link.snapshot()).toMatchObject({ exercise: false, streams: [] });
      expect(() => link.submit({ stream: 'ops.notes', kind: 'note', key: 'k', props: {} })).toThrow(/no hub connection/);

      await link.connect({ mode: 'demo' });
      expect(diffs.at(-1)).toMatchObject({ reset: true, diffs: [] });
      await waitFor(() => link.status().hub.state === 'live' && link.snapshot().streams.length > 0, 'the demo hub live with data', 20_000, 50);
      expect(link.status()).toMatchObject({ exercise: true, hub: { mode: 'demo', url: null }, demo: { playing: true, speed: 3600 }, user: { role: 'supervisor' } });
      expect(feeds.some((f) => f.exercise && f.hub.state === 'live')).toBe(true);
      const serials = diffs.map((d) => d.serial);
      expect(serials).toEqual([...serials].sort((a, b) => a - b));

      await link.connect({ mode: 'off' });
      expect(link.status()).toMatchObject({ exercise: false, hub: { state: 'off' }, demo: null, streams: [] });
      expect(diffs.at(-1)).toMatchObject({ reset: true });
      expect(feeds.at(-1)).toMatchObject({ exercise: false, hub: { mode: 'off' } });

      // The demo again: its hub carries on from its log, and the store from its cursors.
      await link.connect({ mode: 'demo' });
      expect(link.snapshot().streams.length).toBeGreaterThan(0);
      await waitFor(() => link.status().hub.state === 'live', 'the restarted demo hub live', 20_000, 50);
      expect(logged.join('\n')).not.toMatch(/log is gone/);
    } finally {
      await link.close();
    }
  }, 30_000);
});

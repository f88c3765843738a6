import { join } from 'node:path';
import { input, tempDir } from '../test-support/helpers.js';
import { EventLog, InputRefusedError, type RefusalState } from './event-log.js';
import { openHubDb } from './open-db.js';

describe('full disk (simulated with max_page_count)', () => {
  it('refuses input loudly, keeps serving reads, and never corrupts the log', () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'hub.db');
      const probe = openHubDb(file);
      const pages = probe.pragma('page_count', { simple: true }) as number;
      probe.close();
      const log = new EventLog(openHubDb(file, { maxPageCount: pages + 12 }));
      const refusals: RefusalState[] = [];
      log.onRefusing((s) => refusals.push(s));
      const big = 'x'.repeat(3000);
      let logged = 0;
      let failure: unknown = null;
      for (let i = 0; i < 500 && !failure; i++) {
        try {
          logged += log.append([input(i, { props: { big } }), input(i + 10_000, { props: { big } })]).appended.length;
        } catch (err) {
          failure = err;
        }
      }
      expect(failure).toBeInstanceOf(InputRefusedError);
      expect((failure as InputRefusedError).message).toMatch(/SQLITE_FULL/);
      expect(logged).toBeGreaterThan(0);
      expect(refusals).toHaveLength(1);
      expect(log.refusing?.reason).toMatch(/disk full/);
      // Further input is refused at once, without touching the disk.
      expect(() => log.append([input(99_999)])).toThrow(InputRefusedError);
      // Reads keep working.
      const r = log.after('test.things', 0, 10_000);
      expect(r.kind === 'events' && r.events.length).toBe(logged);
      log.db.close();

      const reopened = new EventLog(openHubDb(file));
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const all = reopened.after('test.things', 0, 10_000);
      expect(all.kind === 'events' && all.events.map((e) => e.seq)).toEqual(Array.from({ length: logged }, (_, i) => i + 1));
      expect(reopened.heads()['test.things']).toBe(logged);
      // With space again, the log carries on gapless.
      expect(reopened.append([input(123_456)]).appended[0]!.seq).toBe(logged + 1);
      reopened.db.close();
    } finally {
      t.cleanup();
    }
  });
});

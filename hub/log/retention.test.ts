import { join } from 'node:path';
import { input, tempDir } from '../test-support/helpers.js';
import { EventLog } from './event-log.js';
import { openHubDb } from './open-db.js';
import { compactStream, snapshotAtFloor, stateAt } from './retention.js';

describe('retention', () => {
  let t: ReturnType<typeof tempDir>;
  let clock = 0;
  let log: EventLog;
  beforeEach(() => {
    t = tempDir();
    clock = 0;
    log = new EventLog(openHubDb(join(t.dir, 'hub.db')), () => clock);
    // 10 keys, each written at t=1000*i; key 3 removed at t=12000; key 5 updated at t=13000.
    for (let i = 1; i <= 10; i++) {
      clock = i * 1000;
      log.append([input(i)]);
    }
    clock = 12_000;
    log.append([input(3, { id: 'thing-3@rm', op: 'remove' })]);
    clock = 13_000;
    log.append([input(5, { id: 'thing-5@v2', props: { v: 2 } })]);
  });
  afterEach(() => {
    log.db.close();
    t.cleanup();
  });

  it('keeps the last N events and folds the rest into a snapshot', () => {
    expect(compactStream(log, 'test.things', { keepEvents: 2 }, 20_000)).toBe(10);
    const info = log.info('test.things')!;
    expect(info).toMatchObject({ head: 12, floor: 10, floorReceivedAt: 10_000 });
    const snap = snapshotAtFloor(log, 'test.things');
    expect(snap.seq).toBe(10);
    expect(snap.events.map((e) => e.key).sort()).toEqual(['thing-1', 'thing-10', 'thing-2', 'thing-3', 'thing-4', 'thing-5', 'thing-6', 'thing-7', 'thing-8', 'thing-9']);
    expect(log.after('test.things', 3)).toEqual({ kind: 'snapshot-needed', floor: 10, head: 12 });
    const rest = log.after('test.things', 10);
    expect(rest.kind === 'events' && rest.events.map((e) => e.seq)).toEqual([11, 12]);
  });

  it('keeps events younger than keepMs', () => {
    compactStream(log, 'test.things', { keepMs: 5_500 }, 15_000); // keep receivedAt >= 9500
    expect(log.info('test.things')!.floor).toBe(9);
  });

  it('still drops an upstream duplicate whose original was compacted into the snapshot', () => {
    compactStream(log, 'test.things', { keepEvents: 2 }, 20_000);
    const r = log.append([input(7)]);
    expect(r.duplicates).toBe(1);
    expect(log.heads()['test.things']).toBe(12);
  });

  it('answers stateAt from snapshot + retained events, and refuses times before the window', () => {
    compactStream(log, 'test.things', { keepEvents: 2 }, 20_000);
    const now = stateAt(log, 'test.things', 20_000);
    expect(now.ok && now.events.find((e) => e.key === 'thing-5')?.id).toBe('thing-5@v2');
    expect(now.ok && now.events.some((e) => e.key === 'thing-3')).toBe(false);
    expect(now.ok && now.events).toHaveLength(9);
    const early = stateAt(log, 'test.things', 5_000);
    expect(early.ok).toBe(false);
  });

  it('compacts repeatedly, applying removes to the snapshot', () => {
    compactStream(log, 'test.things', { keepEvents: 10 }, 20_000); // floor 2
    expect(snapshotAtFloor(log, 'test.things').events).toHaveLength(2);
    compactStream(log, 'test.things', { keepEvents: 0 }, 20_000); // floor 12
    const snap = snapshotAtFloor(log, 'test.things');
    expect(snap.seq).toBe(12);
    expect(snap.events.map((e) => e.id)).not.toContain('thing-3');
    expect(snap.events.map((e) => e.id)).toContain('thing-5@v2');
    expect(log.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

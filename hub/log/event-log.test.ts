import { join } from 'node:path';
import { input, tempDir } from '../test-support/helpers.js';
import { EventLog } from './event-log.js';
import { openHubDb } from './open-db.js';
import { stateAt } from './retention.js';

describe('EventLog', () => {
  let t: ReturnType<typeof tempDir>;
  let clock = 1000;
  const open = () => new EventLog(openHubDb(join(t.dir, 'hub.db')), () => clock);
  beforeEach(() => {
    t = tempDir();
    clock = 1000;
  });
  afterEach(() => t.cleanup());

  it('assigns gapless seq per stream and stamps receivedAt', () => {
    const log = open();
    const r = log.append([input(1), input(2), input(3, { stream: 'other.stream' }), input(4)]);
    expect(r.appended.map((e) => [e.stream, e.seq])).toEqual([
      ['test.things', 1],
      ['test.things', 2],
      ['other.stream', 1],
      ['test.things', 3],
    ]);
    expect(r.appended.every((e) => e.receivedAt === 1000)).toBe(true);
    expect(log.heads()).toEqual({ 'other.stream': 1, 'test.things': 3 });
    log.db.close();
  });

  it('drops a duplicate upstream record without a seq, gives a new version of the same key a seq', () => {
    const log = open();
    log.append([input(1)]);
    const dup = log.append([input(1), input(1)]);
    expect(dup.appended).toHaveLength(0);
    expect(dup.duplicates).toBe(2);
    const v2 = log.append([input(1, { id: 'thing-1@v2', props: { containment: 40 } })]);
    expect(v2.appended.map((e) => e.seq)).toEqual([2]);
    expect(v2.appended[0]!.key).toBe('thing-1');
    expect(log.heads()['test.things']).toBe(2);
    log.db.close();
  });

  it('counts invalid inputs and appends the valid ones', () => {
    const log = open();
    const r = log.append([input(1), { ...input(2), stream: 'Bad Stream' }, { nope: true }]);
    expect(r.appended).toHaveLength(1);
    expect(r.invalid.map((i) => i.index)).toEqual([1, 2]);
    expect(r.invalid[0]!.reason).toMatch(/stream/);
    log.db.close();
  });

  it('serves after(), and keeps seq gapless across a reopen', () => {
    let log = open();
    log.append(Array.from({ length: 25 }, (_, i) => input(i)));
    log.db.close();
    log = open();
    log.append([input(100)]);
    const r = log.after('test.things', 20, 100);
    expect(r.kind).toBe('events');
    if (r.kind === 'events') expect(r.events.map((e) => e.seq)).toEqual([21, 22, 23, 24, 25, 26]);
    const page = log.after('test.things', 0, 10);
    if (page.kind === 'events') expect(page.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    log.db.close();
  });

  it('never lets receivedAt go backwards within a stream', () => {
    const log = open();
    clock = 5000;
    log.append([input(1)]);
    clock = 4000; // the wall clock stepped back
    const r = log.append([input(2)]);
    expect(r.appended[0]!.receivedAt).toBe(5000);
    log.db.close();
  });

  it('answers the state of a stream as seen at time T', () => {
    const log = open();
    clock = 1000;
    log.append([input(1), input(2)]);
    clock = 2000;
    log.append([input(1, { id: 'thing-1@v2', props: { v: 2 } }), input(2, { id: 'thing-2@rm', op: 'remove' })]);
    clock = 3000;
    log.append([input(3)]);
    const at1500 = stateAt(log, 'test.things', 1500);
    expect(at1500.ok && at1500.events.map((e) => e.id)).toEqual(['thing-1', 'thing-2']);
    const at2500 = stateAt(log, 'test.things', 2500);
    expect(at2500.ok && at2500.events.map((e) => e.id)).toEqual(['thing-1@v2']);
    const at3000 = stateAt(log, 'test.things', 3000);
    expect(at3000.ok && at3000.events.map((e) => e.id)).toEqual(['thing-1@v2', 'thing-3']);
    expect(stateAt(log, 'test.things', 500)).toEqual({ ok: true, events: [] });
    expect(log.stateAt('test.things', 2500)).toEqual(at2500);
    log.db.close();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore } from './event-store.js';
import { makeEvent } from './testing/make-event.js';

let dir: string;
let store: EventStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-es-'));
  store = EventStore.open(join(dir, 'store.sqlite'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const S = 'forest.fires';

describe('EventStore.applyBatch', () => {
  it('logs events, projects by key and advances the cursor', () => {
    const r = store.applyBatch([makeEvent(S, 1, { key: 'a' }), makeEvent(S, 2, { key: 'b' }), makeEvent(S, 3, { key: 'a', props: { v: 3 } })]);
    expect(r).toMatchObject({ applied: 3, skipped: 0, gaps: [], cursors: { [S]: 3 } });
    expect(store.cursor(S)).toBe(3);
    const state = store.currentState(S);
    expect(state.map((f) => [f.key, f.seq])).toEqual([['a', 3], ['b', 2]]);
    expect(state[0]?.props).toEqual({ v: 3 });
    expect(r.diffs).toEqual([{ stream: S, upserts: expect.any(Array), removes: [] }]);
    expect(r.diffs[0]?.upserts.map((f) => f.key).sort()).toEqual(['a', 'b']);
  });

  it('skips events already held without error', () => {
    store.applyBatch([makeEvent(S, 1), makeEvent(S, 2)]);
    const r = store.applyBatch([makeEvent(S, 1), makeEvent(S, 2), makeEvent(S, 3)]);
    expect(r).toMatchObject({ applied: 1, skipped: 2 });
    expect(store.streamStats()[S]).toEqual({ lastSeq: 3, count: 3 });
  });

  it('stops a stream at a gap and reports it, other streams carry on', () => {
    const r = store.applyBatch([makeEvent(S, 1), makeEvent(S, 2), makeEvent(S, 4), makeEvent(S, 5), makeEvent('its.traffic', 1)]);
    expect(r.gaps).toEqual([{ stream: S, cursor: 2, nextSeq: 4 }]);
    expect(r.deferred).toBe(2);
    expect(store.cursors()).toEqual({ [S]: 2, 'its.traffic': 1 });
    expect(store.streamStats()[S]).toEqual({ lastSeq: 2, count: 2 });
    const r2 = store.applyBatch([makeEvent(S, 3), makeEvent(S, 4), makeEvent(S, 5)]);
    expect(r2).toMatchObject({ applied: 3, gaps: [] });
    expect(store.cursor(S)).toBe(5);
  });

  it('reports a gap at the very start of a stream', () => {
    const r = store.applyBatch([makeEvent(S, 5)]);
    expect(r.gaps).toEqual([{ stream: S, cursor: 0, nextSeq: 5 }]);
    expect(store.cursors()).toEqual({});
  });

  it('applies a batch all or nothing', () => {
    store.applyBatch([makeEvent(S, 1)]);
    // seq 3 carries an op the schema's CHECK refuses: the whole batch, seq 2 included, rolls back.
    const bad = { ...makeEvent(S, 3), op: 'explode' } as unknown as ReturnType<typeof makeEvent>;
    expect(() => store.applyBatch([makeEvent(S, 2), bad])).toThrow();
    expect(store.cursor(S)).toBe(1);
    expect(store.streamStats()[S]).toEqual({ lastSeq: 1, count: 1 });
    expect(store.applyBatch([makeEvent(S, 2)]).applied).toBe(1);
  });

  it('removes a key and its R*Tree entry on a remove op', () => {
    store.applyBatch([makeEvent(S, 1, { key: 'a', geometry: { type: 'Point', coordinates: [127, 36] } }), makeEvent(S, 2, { key: 'b', geometry: { type: 'Point', coordinates: [129, 35] } })]);
    expect(store.queryBBox([126.5, 35.5, 127.5, 36.5]).map((f) => f.key)).toEqual(['a']);
    const r = store.applyBatch([makeEvent(S, 3, { key: 'a', op: 'remove', geometry: null })]);
    expect(r.diffs).toEqual([{ stream: S, upserts: [], removes: ['a'] }]);
    expect(store.queryBBox([126.5, 35.5, 127.5, 36.5])).toEqual([]);
    expect(store.currentState(S).map((f) => f.key)).toEqual(['b']);
    expect(store.db.prepare('SELECT count(*) FROM current_rtree').pluck().get()).toBe(1);
  });

  it('moves the R*Tree entry when a feature moves and filters by stream', () => {
    store.applyBatch([makeEvent(S, 1, { key: 'a', geometry: { type: 'LineString', coordinates: [[127, 36], [127.2, 36.4]] } })]);
    store.applyBatch([makeEvent('its.traffic', 1, { key: 'a', geometry: { type: 'Point', coordinates: [127.1, 36.1] } })]);
    expect(store.queryBBox([127.1, 36.3, 127.15, 36.35]).map((f) => f.stream)).toEqual([S]);
    store.applyBatch([makeEvent(S, 2, { key: 'a', geometry: { type: 'Point', coordinates: [130, 38] } })]);
    expect(store.queryBBox([126, 35, 128, 37], S)).toEqual([]);
    expect(store.queryBBox([129, 37, 131, 39], S).map((f) => f.key)).toEqual(['a']);
  });

  it('replaces a stream from a snapshot, reporting the keys that disappeared', () => {
    store.applyBatch([makeEvent(S, 1, { key: 'a' }), makeEvent(S, 2, { key: 'b' })]);
    const r = store.applySnapshot({ stream: S, seq: 40, events: [makeEvent(S, 2, { key: 'b' }), makeEvent(S, 39, { key: 'c' })] });
    expect(store.cursor(S)).toBe(40);
    expect(store.currentState(S).map((f) => f.key)).toEqual(['b', 'c']);
    expect(r.diffs[0]?.removes).toEqual(['a']);
    expect(r.diffs[0]?.upserts.map((f) => f.key).sort()).toEqual(['b', 'c']);
    expect(store.applyBatch([makeEvent(S, 41)]).applied).toBe(1);
  });

  it('keeps the cursor and state after a reopen', () => {
    store.applyBatch([makeEvent(S, 1), makeEvent(S, 2)]);
    store.close();
    store = EventStore.open(join(dir, 'store.sqlite'));
    expect(store.cursors()).toEqual({ [S]: 2 });
    expect(store.applyBatch([makeEvent(S, 2), makeEvent(S, 3)])).toMatchObject({ applied: 1, skipped: 1 });
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

import type { FeedsStatus, LiveFeature, SyncSnapshotResult } from '../../main/common/live-sync';
import { createLiveStore, getEmptyLiveState, selectFreshness, selectLoudDown, selectStreamCollection } from './live-store';
import { startLiveSync, type LiveSyncTransport } from '../app/live-sync';
import type { ConnectionState } from '../app/transport';

function feature(stream: string, key: string, seq: number, props: Record<string, unknown> = {}): LiveFeature {
  return { stream, key, kind: 'k', status: 'exercise', ts: 1000 + seq, receivedAt: 2000 + seq, seq, props, geometry: { type: 'Point', coordinates: [127, 36] } };
}

const snapshot = (serial: number, features: LiveFeature[]): SyncSnapshotResult => ({
  serial,
  exercise: true,
  streams: [...new Set(features.map((f) => f.stream))].map((stream) => ({ stream, cursor: Math.max(...features.filter((f) => f.stream === stream).map((f) => f.seq)), features: features.filter((f) => f.stream === stream) })),
});

function feeds(states: Record<string, 'live' | 'stale' | 'down'>): FeedsStatus {
  return {
    exercise: true,
    hub: { mode: 'demo', url: null, state: 'live', refusal: null, lastError: null, lastHeartbeatAt: null },
    demo: null,
    outboxPending: 0,
    user: null,
    streams: Object.entries(states).map(([stream, state]) => ({ stream, state, lastEventAt: 1, ageMs: 1, lagMs: 1, reason: state === 'live' ? 'ok' : 'quiet' })),
    at: Math.random(),
  };
}

describe('live store', () => {
  it('applies a snapshot, then diffs (upsert, replace, remove), building each collection once per change', () => {
    const store = createLiveStore();
    const s = () => store.getState();
    s().applySnapshot(snapshot(5, [feature('its.events', 'a', 1), feature('its.events', 'b', 2), feature('forest.fires', 'f', 1)]));
    expect(s().loaded).toBe(true);
    expect(Object.keys(s().streams['its.events'] ?? {})).toEqual(['a', 'b']);
    const fires = s().streams['forest.fires'];
    const fc1 = selectStreamCollection(s(), 'its.events');
    expect(selectStreamCollection(s(), 'its.events')).toBe(fc1);
    expect(fc1.features.map((f) => f.properties?.['fid'])).toEqual(['a', 'b']);

    s().applyDiff({ serial: 6, reset: false, diffs: [{ stream: 'its.events', upserts: [feature('its.events', 'a', 3, { v: 2 }), feature('its.events', 'c', 4)], removes: ['b'] }] });
    expect(s().serial).toBe(6);
    expect(Object.keys(s().streams['its.events'] ?? {}).sort()).toEqual(['a', 'c']);
    expect(s().streams['its.events']?.['a']?.props).toEqual({ v: 2 });
    // An untouched stream keeps its record, so its collection is not rebuilt.
    expect(s().streams['forest.fires']).toBe(fires);
    const fc2 = selectStreamCollection(s(), 'its.events');
    expect(fc2).not.toBe(fc1);
    expect(fc2.features).toHaveLength(2);
  });

  it('returns the same object when nothing changed: old serials, known versions, absent keys, equal snapshots', () => {
    const store = createLiveStore();
    const s = () => store.getState();
    const listener = vi.fn();
    const a = feature('ndms.quakes', 'q', 1);
    s().applySnapshot(snapshot(3, [a]));
    store.subscribe(listener);
    const before = s();
    s().applyDiff({ serial: 2, reset: false, diffs: [{ stream: 'ndms.quakes', upserts: [feature('ndms.quakes', 'x', 9)], removes: [] }] });
    s().applySnapshot(snapshot(3, [{ ...a }]));
    s().dismissDown('ndms.quakes');
    const afterDismiss = s();
    s().dismissDown('ndms.quakes');
    expect(s()).toBe(afterDismiss);
    expect(before.streams).toBe(afterDismiss.streams);
    s().applyDiff({ serial: 4, reset: false, diffs: [{ stream: 'ndms.quakes', upserts: [{ ...a }], removes: ['nope'] }] });
    expect(s().streams).toBe(before.streams);
    expect(s().serial).toBe(4);
  });

  it('a gap in serials or a reset asks for a new snapshot instead of applying on a hole', () => {
    const store = createLiveStore();
    const s = () => store.getState();
    s().applySnapshot(snapshot(1, [feature('its.events', 'a', 1)]));
    s().applyDiff({ serial: 3, reset: false, diffs: [{ stream: 'its.events', upserts: [feature('its.events', 'b', 2)], removes: [] }] });
    expect(s().needsSnapshot).toBe(true);
    expect(s().streams['its.events']?.['b']).toBeUndefined();
    s().applySnapshot(snapshot(3, [feature('its.events', 'a', 1), feature('its.events', 'b', 2)]));
    expect(s().needsSnapshot).toBe(false);
    s().applyDiff({ serial: 4, reset: true, diffs: [] });
    expect(s().needsSnapshot).toBe(true);
    expect(s().streams).toEqual({});
  });

  it('down streams are loud until dismissed, and re-arm once live again', () => {
    const store = createLiveStore();
    const s = () => store.getState();
    s().setFeeds(feeds({ 'its.events': 'down', 'ndms.quakes': 'live' }));
    expect(selectLoudDown(s())).toEqual(['its.events']);
    expect(selectFreshness(s(), 'ndms.quakes')?.state).toBe('live');
    s().dismissDown('its.events');
    expect(selectLoudDown(s())).toEqual([]);
    s().setFeeds(feeds({ 'its.events': 'down', 'ndms.quakes': 'live' }));
    expect(selectLoudDown(s())).toEqual([]);
    s().setFeeds(feeds({ 'its.events': 'live', 'ndms.quakes': 'live' }));
    s().setFeeds(feeds({ 'its.events': 'down', 'ndms.quakes': 'live' }));
    expect(selectLoudDown(s())).toEqual(['its.events']);
  });

  it('an offline or refusing hub is loud too, until acknowledged or back', () => {
    const store = createLiveStore();
    const s = () => store.getState();
    const offline = { ...feeds({}), hub: { ...feeds({}).hub, mode: 'remote' as const, url: 'wss://x', state: 'offline' as const } };
    s().setFeeds(offline);
    expect(selectLoudDown(s())).toEqual(['hub']);
    s().dismissDown('hub');
    expect(selectLoudDown(s())).toEqual([]);
    s().setFeeds(feeds({}));
    s().setFeeds({ ...offline, at: 5 });
    expect(selectLoudDown(s())).toEqual(['hub']);
  });
});

/** A core stand-in: a store of features per stream, diffs with serials, a connection switch. */
function fakeCore() {
  let serial = 0;
  const state = new Map<string, LiveFeature>();
  const diffListeners = new Set<(e: { serial: number; reset: boolean; diffs: { stream: string; upserts: LiveFeature[]; removes: string[] }[] }) => void>();
  const connListeners = new Set<(s: ConnectionState) => void>();
  let connected = true;
  let snapshots = 0;
  const api: LiveSyncTransport = {
    invoke: (async (channel: string) => {
      if (channel === 'sync:snapshot') {
        snapshots++;
        return snapshot(serial, [...state.values()]);
      }
      return feeds({});
    }) as LiveSyncTransport['invoke'],
    on: ((channel: string, listener: never) => {
      if (channel !== 'sync:diff') return () => undefined;
      diffListeners.add(listener);
      return () => diffListeners.delete(listener);
    }) as LiveSyncTransport['on'],
    onConnection: (l) => (connListeners.add(l), () => connListeners.delete(l)),
  };
  return {
    api,
    snapshots: () => snapshots,
    upsert(f: LiveFeature) {
      state.set(f.key, f);
      serial++;
      if (connected) for (const l of diffListeners) l({ serial, reset: false, diffs: [{ stream: f.stream, upserts: [f], removes: [] }] });
    },
    setConnected(on: boolean) {
      connected = on;
      for (const l of connListeners) l(on ? 'connected' : 'disconnected');
    },
  };
}

describe('live sync with the core', () => {
  it('fills from the snapshot, follows diffs, and rebuilds after a reconnect lost diffs', async () => {
    const core = fakeCore();
    core.upsert(feature('its.events', 'a', 1));
    const store = createLiveStore();
    const sync = startLiveSync(core.api, store);
    await sync.ready;
    expect(Object.keys(store.getState().streams['its.events'] ?? {})).toEqual(['a']);
    core.upsert(feature('its.events', 'b', 2));
    expect(Object.keys(store.getState().streams['its.events'] ?? {})).toEqual(['a', 'b']);

    core.setConnected(false);
    core.upsert(feature('its.events', 'c', 3)); // sent while the renderer was cut off: lost
    core.setConnected(true);
    await vi.waitFor(() => expect(Object.keys(store.getState().streams['its.events'] ?? {})).toEqual(['a', 'b', 'c']));
    expect(store.getState().needsSnapshot).toBe(false);

    // A renderer reload: a fresh store rebuilt from the core alone.
    const reloaded = createLiveStore(getEmptyLiveState());
    const again = startLiveSync(core.api, reloaded);
    await again.ready;
    expect(reloaded.getState().streams).toEqual(store.getState().streams);
    sync.stop();
    again.stop();
  });

  it('a missed diff (serial gap) triggers a new snapshot', async () => {
    const core = fakeCore();
    const store = createLiveStore();
    const sync = startLiveSync(core.api, store);
    await sync.ready;
    const before = core.snapshots();
    store.getState().applyDiff({ serial: store.getState().serial + 2, reset: false, diffs: [] });
    await vi.waitFor(() => expect(core.snapshots()).toBe(before + 1));
    await vi.waitFor(() => expect(store.getState().needsSnapshot).toBe(false));
    sync.stop();
  });
});

/**
 * Live slice: the current state of every live stream as the core's store holds it (filled from
 * `sync:snapshot`, then kept current by `sync:diff`), plus the feeds' freshness. The renderer keeps
 * no state of its own here: a reload or a reconnect refetches the snapshot and rebuilds this slice.
 * Actions return the same state object when nothing changed; each stream's record is replaced only
 * when that stream changed, so selectors and the map binder can compare by reference.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { FeedsStatus, LiveFeature, SyncDiffEvent, SyncSnapshotResult } from '../../main/common/live-sync';

/** One stream's features by key. Replaced (never mutated) when the stream changes. */
export type StreamFeatures = Readonly<Record<string, LiveFeature>>;

export interface LiveData {
  /** Features per stream, keyed by `key`. */
  streams: Readonly<Record<string, StreamFeatures>>;
  /** Serial of the last snapshot or diff applied; diffs at or below it are old news. */
  serial: number;
  /** A snapshot has been applied since the store was (re)created or reset. */
  loaded: boolean;
  /** A diff was missed or the core replaced its store: the snapshot must be fetched again. */
  needsSnapshot: boolean;
  /** The demo hub is the source (from the snapshot and from feeds status): every screen says "exercise". */
  exercise: boolean;
  /** The latest `feeds:status` / `feeds:changed`; null until the first arrives. */
  feeds: FeedsStatus | null;
  /** Down streams whose alarm the operator dismissed; cleared when the stream is live again. */
  dismissedDown: Readonly<Record<string, true>>;
}

export interface LiveState extends LiveData {
  applySnapshot(snapshot: SyncSnapshotResult): void;
  applyDiff(event: SyncDiffEvent): void;
  /** Mark the slice stale (reconnected to the core): the next snapshot replaces everything. */
  invalidate(): void;
  setFeeds(status: FeedsStatus): void;
  dismissDown(stream: string): void;
}

export function getEmptyLiveState(): LiveData {
  return { streams: {}, serial: 0, loaded: false, needsSnapshot: true, exercise: false, feeds: null, dismissedDown: {} };
}

const EMPTY_STREAM: StreamFeatures = Object.freeze({});

/** True when two versions of a key are the same version (same hub seq and same key). */
function sameVersion(a: LiveFeature | undefined, b: LiveFeature): boolean {
  return a !== undefined && a.seq === b.seq && a.key === b.key && a.status === b.status;
}

/** Replace the live features with a snapshot; streams whose features are unchanged keep their record. */
export function withSnapshot<S extends LiveData>(state: S, snapshot: SyncSnapshotResult): S {
  const streams: Record<string, StreamFeatures> = {};
  let changed = Object.keys(state.streams).length !== snapshot.streams.length;
  for (const s of snapshot.streams) {
    const before = state.streams[s.stream];
    const same = before !== undefined && Object.keys(before).length === s.features.length && s.features.every((f) => sameVersion(before[f.key], f));
    if (same) {
      streams[s.stream] = before;
    } else {
      streams[s.stream] = Object.fromEntries(s.features.map((f) => [f.key, f]));
      changed = true;
    }
  }
  if (!changed && state.serial === snapshot.serial && state.loaded && !state.needsSnapshot && state.exercise === snapshot.exercise) return state;
  return { ...state, streams: changed ? streams : state.streams, serial: snapshot.serial, loaded: true, needsSnapshot: false, exercise: snapshot.exercise };
}

/**
 * Apply a diff on top of the snapshot. Old serials are ignored; a gap in serials or a reset marks
 * the slice as needing a snapshot (the diff's content is not applied on top of a hole).
 */
export function withDiff<S extends LiveData>(state: S, event: SyncDiffEvent): S {
  if (!state.loaded || state.needsSnapshot) return state;
  if (event.serial <= state.serial) return state;
  if (event.reset) return { ...state, streams: {}, serial: event.serial, loaded: false, needsSnapshot: true };
  if (event.serial !== state.serial + 1) return { ...state, needsSnapshot: true };
  let streams: Record<string, StreamFeatures> | null = null;
  for (const diff of event.diffs) {
    const before = (streams ?? state.streams)[diff.stream] ?? EMPTY_STREAM;
    let next: Record<string, LiveFeature> | null = null;
    for (const key of diff.removes) {
      if (!(key in (next ?? before))) continue;
      next ??= { ...before };
      delete next[key];
    }
    for (const f of diff.upserts) {
      if (sameVersion((next ?? before)[f.key], f)) continue;
      next ??= { ...before };
      next[f.key] = f;
    }
    if (next) {
      streams ??= { ...state.streams };
      streams[diff.stream] = next;
    }
  }
  return { ...state, serial: event.serial, streams: streams ?? state.streams };
}

/** The alarm name used for the hub link itself (offline or refused), next to stream names. */
export const HUB_ALARM = 'hub';

const hubDown = (feeds: FeedsStatus | null): boolean => feeds?.hub.state === 'offline' || feeds?.hub.state === 'refused';

export function withFeeds<S extends LiveData>(state: S, feeds: FeedsStatus): S {
  if (state.feeds && JSON.stringify({ ...state.feeds, at: 0 }) === JSON.stringify({ ...feeds, at: 0 })) return state;
  // A stream that is no longer down re-arms its alarm.
  let dismissed = state.dismissedDown;
  for (const stream of Object.keys(dismissed)) {
    const stillDown = stream === HUB_ALARM ? hubDown(feeds) : feeds.streams.find((s) => s.stream === stream)?.state === 'down';
    if (!stillDown) {
      const { [stream]: _gone, ...rest } = dismissed;
      dismissed = rest;
    }
  }
  return { ...state, feeds, exercise: feeds.exercise, dismissedDown: dismissed };
}

export function withDismissed<S extends LiveData>(state: S, stream: string): S {
  if (state.dismissedDown[stream]) return state;
  return { ...state, dismissedDown: { ...state.dismissedDown, [stream]: true } };
}

export type LiveStore = StoreApi<LiveState>;

export function createLiveStore(initial: LiveData = getEmptyLiveState()): LiveStore {
  return createStore<LiveState>()((set) => ({
    ...initial,
    applySnapshot: (snapshot) => set((s) => withSnapshot(s, snapshot)),
    applyDiff: (event) => set((s) => withDiff(s, event)),
    invalidate: () => set((s) => (s.needsSnapshot ? s : { ...s, needsSnapshot: true })),
    setFeeds: (status) => set((s) => withFeeds(s, status)),
    dismissDown: (stream) => set((s) => withDismissed(s, stream)),
  }));
}

/** GeoJSON properties of a live feature: its props plus the envelope fields the styles use. */
export type LiveFeatureProperties = Record<string, unknown> & { fid: string; key: string; kind: string; status: string; stream: string; ts: number; receivedAt: number };

/**
 * The GeoJSON feature of a live feature; null without geometry. `fid` (= key) is the property the
 * live sources promote to the feature id, so they can `updateData` by id.
 */
export function toGeoJsonFeature(f: LiveFeature): Feature<Geometry, LiveFeatureProperties> | null {
  if (!f.geometry) return null;
  return {
    type: 'Feature',
    id: f.key,
    geometry: f.geometry as Geometry,
    properties: { ...f.props, fid: f.key, key: f.key, kind: f.kind, status: f.status, stream: f.stream, ts: f.ts, receivedAt: f.receivedAt },
  };
}

const collections = new WeakMap<StreamFeatures, FeatureCollection>();

/** A stream's features with geometry as a FeatureCollection, built once per change of that stream. */
export function selectStreamCollection(state: LiveData, stream: string): FeatureCollection {
  const features = state.streams[stream] ?? EMPTY_STREAM;
  let fc = collections.get(features);
  if (!fc) {
    fc = { type: 'FeatureCollection', features: Object.values(features).flatMap((f) => toGeoJsonFeature(f) ?? []) };
    collections.set(features, fc);
  }
  return fc;
}

/** Features of the streams that have no geometry (cell-broadcast alerts addressed by region name): not on the map. */
export function selectUnplaced(state: LiveData, streams: readonly string[]): LiveFeature[] {
  return streams.flatMap((stream) => Object.values(state.streams[stream] ?? EMPTY_STREAM).filter((f) => !f.geometry));
}

/** Freshness of one stream, if the core reports it. */
export function selectFreshness(state: LiveData, stream: string): FeedsStatus['streams'][number] | null {
  return state.feeds?.streams.find((s) => s.stream === stream) ?? null;
}

/** Streams that are down and not dismissed, and HUB_ALARM while the hub is offline or refuses us: what the loud banner lists. */
export function selectLoudDown(state: LiveData): string[] {
  const down = (state.feeds?.streams ?? []).filter((s) => s.state === 'down' && !state.dismissedDown[s.stream]).map((s) => s.stream);
  return hubDown(state.feeds) && !state.dismissedDown[HUB_ALARM] ? [HUB_ALARM, ...down] : down;
}

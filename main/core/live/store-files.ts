/**
 * Which store file serves which hub. Seqs and cursors only mean something against the hub that
 * assigned them, so the embedded demo hub and a remote hub never share a store: the exercise lives in
 * `<data>/exercise/` (hub log + store, side by side), the real picture in `<data>/store.sqlite`.
 * Exercise features can therefore never show up in the real picture, nor exercise commands reach a
 * real hub's outbox.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { EventStore } from '../store/event-store.js';

/** Files of the embedded demo hub and the store synced from it. */
export function exercisePaths(dataDir: string): { hubDir: string; store: string } {
  const dir = join(dataDir, 'exercise');
  return { hubDir: join(dir, 'hub'), store: join(dir, 'store.sqlite') };
}

/** The store synced from a remote hub. */
export function remoteStorePath(dataDir: string): string {
  return join(dataDir, 'store.sqlite');
}

const HUB_META = 'hubUrl';
const SQLITE_SIDE_FILES = ['', '-wal', '-shm'];

/** Moves a store (and its WAL files) aside; returns the new name of the main file. */
function moveAside(file: string, why: string): string {
  const aside = `${file}.${why}-${Date.now()}`;
  for (const suffix of SQLITE_SIDE_FILES) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

/** A URL as compared between runs (scheme and host lower-cased, default port dropped). */
export function normaliseHubUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/**
 * Opens the store of the exercise. When the embedded hub's log is gone (deleted by hand) the old
 * store's cursors would point past the new log, so the store is set aside too.
 */
export function openExerciseStore(dataDir: string, nativeBinding: string | undefined, log: (msg: string) => void): EventStore {
  const { hubDir, store } = exercisePaths(dataDir);
  mkdirSync(hubDir, { recursive: true });
  if (!existsSync(join(hubDir, 'hub.db')) && existsSync(store)) {
    log(`the demo hub's log is gone; its old store moved to ${moveAside(store, 'orphaned')}`);
  }
  return EventStore.open(store, { nativeBinding });
}

/**
 * Opens the store of a remote hub. A store last synced from another hub address is set aside (its
 * cursors belong to that hub) and a fresh one is started; the hub replays what it retains.
 */
export function openRemoteStore(dataDir: string, url: string, nativeBinding: string | undefined, log: (msg: string) => void): EventStore {
  const file = remoteStorePath(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const wanted = normaliseHubUrl(url);
  let store = EventStore.open(file, { nativeBinding });
  const held = store.getMeta(HUB_META);
  if (held !== undefined && held !== wanted) {
    store.close();
    log(`store ${file} was synced from ${held}, not ${wanted}: moved to ${moveAside(file, 'other-hub')}`);
    store = EventStore.open(file, { nativeBinding });
  }
  if (held !== wanted) store.setMeta(HUB_META, wanted);
  return store;
}

/** This installation's id for one store (sent in the handshake for the hub's logs). */
export function clientIdOf(store: EventStore, prefix: string): string {
  let id = store.getMeta('clientId');
  if (!id) {
    id = `${prefix}-${randomUUID()}`;
    store.setMeta('clientId', id);
  }
  return id;
}

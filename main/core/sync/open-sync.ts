/**
 * One call for the app core and `sitroom sync`: opens DATA/store.sqlite (migrated, checked), keeps a
 * stable client id in it, and builds the sync client (not started). `close()` stops syncing, then
 * closes the store.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventStore } from '../store/event-store.js';
import { SyncClient } from './sync-client.js';
import type { SyncClientOptions } from './sync-types.js';

export interface OpenSyncOptions extends Omit<SyncClientOptions, 'store' | 'clientId'> {
  /** The data folder; the store is `<dataDir>/store.sqlite`. */
  dataDir: string;
}

/** A store and the sync client that feeds it. */
export interface SyncService {
  store: EventStore;
  client: SyncClient;
  close(): Promise<void>;
}

export function storePath(dataDir: string): string {
  return join(dataDir, 'store.sqlite');
}

/** The installation's client id, created on first use and kept in the store. */
export function clientIdOf(store: EventStore): string {
  let id = store.getMeta('clientId');
  if (!id) {
    id = `client-${randomUUID()}`;
    store.setMeta('clientId', id);
  }
  return id;
}

export function openSync(opts: OpenSyncOptions): SyncService {
  mkdirSync(opts.dataDir, { recursive: true });
  const store = EventStore.open(storePath(opts.dataDir));
  const { dataDir: _dataDir, ...clientOpts } = opts;
  const client = new SyncClient({ ...clientOpts, store, clientId: clientIdOf(store) });
  let closed = false;
  return {
    store,
    client,
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
      store.close();
    },
  };
}

/** Public surface of the client store and sync, for the app core (createCore) and the CLI. */
export { EventStore, type ApplyResult, type CurrentFeature, type StreamDiff, type StreamGap, type StreamStats } from '../store/event-store.js';
export { StoreOpenError, openDatabase } from '../store/open-database.js';
export { OutboxStore, type OutboxEntry, type OutboxState } from '../store/outbox-store.js';
export { SyncClient } from './sync-client.js';
export type { StreamSnapshot, SyncClientEvents, SyncClientOptions, SyncState, SyncStatus } from './sync-types.js';
export { Outbox, type CommandInput } from './outbox.js';
export { DEFAULT_THRESHOLDS, streamFreshness, thresholdsFor, type FreshnessState, type FreshnessThresholds, type StreamFreshness } from './freshness.js';
export { openSync, clientIdOf, storePath, type OpenSyncOptions, type SyncService } from './open-sync.js';

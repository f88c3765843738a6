/**
 * Options, states and listener types of the sync client.
 */
import type { HubIdentity, HubNotice, Refusal } from '../../common/sync-protocol.js';
import type { ApplyResult, CurrentFeature, EventStore, StreamDiff } from '../store/event-store.js';
import type { FreshnessThresholds } from './freshness.js';

export interface SyncClientOptions {
  hubUrl: string;
  token: string;
  store: EventStore;
  /** Stable id of this installation, sent in the handshake for the hub's logs. */
  clientId: string;
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
  ackTimeoutMs?: number;
  /** Events asked for per backfill request. */
  backfillLimit?: number;
  /** Renderer diffs go out at most once per this interval. */
  diffIntervalMs?: number;
  /** How often to look for streams still behind their known head. */
  checkIntervalMs?: number;
  thresholds?: Record<string, FreshnessThresholds>;
  log?: (msg: string) => void;
  now?: () => number;
}

/** Connection state as the status bar shows it. */
export type SyncState = 'connecting' | 'replaying' | 'live' | 'offline' | 'refused' | 'closed';

export interface SyncStatus {
  state: SyncState;
  /** Why the hub refused us (protocol, auth, revoked): not retried until settings change. */
  refusal: Refusal | null;
  lastError: string | null;
}

/** Listeners the client calls; each `on` returns its unsubscribe function. */
export interface SyncClientEvents {
  diff: (diffs: StreamDiff[]) => void;
  status: (status: SyncStatus) => void;
  applied: (result: ApplyResult) => void;
  /** The hub finished replaying what this connection missed; its heads at that moment. */
  caughtUp: (heads: Record<string, number>) => void;
  notice: (notice: HubNotice) => void;
  /** The hub said who this token is (on every connection). */
  identity: (who: HubIdentity) => void;
}

/** One stream's state for a window that opens or reloads. */
export interface StreamSnapshot {
  stream: string;
  cursor: number;
  features: CurrentFeature[];
}

export type Listeners = { [K in keyof SyncClientEvents]: Set<SyncClientEvents[K]> };

/**
 * What the renderer gets from live sync (payloads of `sync:*`, `feeds:*`, `ops:submit`, `hub:connect`).
 * Plain data, the same through Electron IPC and the browser host's WebSocket. Times are UTC epoch ms.
 */
import { z } from 'zod';
import { geometrySchema, streamNameSchema, type GeoJsonGeometry } from './events.js';
import { hubConnectionSchema } from './settings.js';
import type { HubIdentity } from './sync-protocol.js';

/** The current state of one tracked thing (a stream's key) as the store holds it. */
export interface LiveFeature {
  stream: string;
  key: string;
  kind: string;
  /** `actual`, `exercise` or `test` (every feature from the demo hub is `exercise`). */
  status: string;
  /** Source time. */
  ts: number;
  /** Hub time. */
  receivedAt: number;
  /** The hub seq of the version shown; a higher seq is a newer version of the same key. */
  seq: number;
  props: Record<string, unknown>;
  geometry: GeoJsonGeometry | null;
}

/** One stream's changes: features to add or replace (by key), keys to drop. */
export interface LiveStreamDiff {
  stream: string;
  upserts: LiveFeature[];
  removes: string[];
}

/** One stream's current state. */
export interface LiveStreamSnapshot {
  stream: string;
  /** Highest applied seq of the stream. */
  cursor: number;
  features: LiveFeature[];
}

/**
 * `sync:snapshot` result. `serial` is the serial of the last `sync:diff` sent before it: apply only
 * diffs with a higher serial on top of this snapshot.
 */
export interface SyncSnapshotResult {
  serial: number;
  /** True while the embedded demo hub is the source. */
  exercise: boolean;
  streams: LiveStreamSnapshot[];
}

/**
 * `sync:diff` event: coalesced changes (latest state per key), a few per second at most. `serial`
 * increases by one per message. `reset: true` (with no diffs) means the store was replaced (the hub
 * connection changed): drop the live state and ask `sync:snapshot` again.
 */
export interface SyncDiffEvent {
  serial: number;
  reset: boolean;
  diffs: LiveStreamDiff[];
}

/** Freshness of one stream. */
export interface FeedFreshness {
  stream: string;
  state: 'live' | 'stale' | 'down';
  /** Hub time of the newest event; null when none yet. */
  lastEventAt: number | null;
  /** How long the stream has been quiet, at `FeedsStatus.at`. */
  ageMs: number | null;
  /** Upstream delay of the newest event (receivedAt - ts). */
  lagMs: number | null;
  reason: 'ok' | 'hub-disconnected' | 'no-data' | 'quiet';
}

/** Connection to the hub: the sync client's states, plus `off` when no hub is configured for this launch. */
export type HubLinkState = 'off' | 'starting' | 'connecting' | 'replaying' | 'live' | 'offline' | 'refused' | 'closed';

/** `feeds:status` result and `feeds:changed` payload. */
export interface FeedsStatus {
  /** True while the embedded demo hub is in use: every screen must show that this is an exercise. */
  exercise: boolean;
  hub: {
    mode: 'demo' | 'remote' | 'off';
    /** The remote hub's address (null for the embedded demo hub and when off). */
    url: string | null;
    state: HubLinkState;
    /** Why the hub refused us (other protocol major, bad or revoked token); not retried until hub:connect. */
    refusal: { code: string; message: string } | null;
    lastError: string | null;
    /** Hub time of the hub's last heartbeat. */
    lastHeartbeatAt: number | null;
  };
  /** The demo day's clock while the embedded demo hub plays it. */
  demo: { playing: boolean; speed: number; positionMs: number; durationMs: number } | null;
  /** Operator commands stored but not yet acknowledged by the hub. */
  outboxPending: number;
  /** Who the hub says this workstation's token is (its role decides which actions the UI offers); null until it says. */
  user: HubIdentity | null;
  streams: FeedFreshness[];
  /** When this status was computed. */
  at: number;
}

/** `ops:submit` argument: an operator command for an `ops.*` stream. */
export const opsSubmitArgsSchema = z
  .object({
    stream: streamNameSchema.refine((s) => s.startsWith('ops.'), 'operator commands go to ops.* streams'),
    kind: z.string().min(1).max(64),
    key: z.string().min(1).max(256),
    op: z.enum(['upsert', 'remove']).optional(),
    geometry: geometrySchema.nullable().optional(),
    props: z.record(z.string(), z.unknown()),
  })
  .strict();
export type OpsSubmitArgs = z.infer<typeof opsSubmitArgsSchema>;

/** `hub:connect` argument: `{mode: 'demo'}` or `{mode: 'remote', url, token}`. */
export const hubConnectArgsSchema = hubConnectionSchema;

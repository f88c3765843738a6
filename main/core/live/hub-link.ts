/**
 * The core's live link: which hub the app syncs from (the embedded demo hub, a remote hub, or none),
 * the store and sync client for it, and what the renderer sees of it (snapshots, diffs, feed status).
 * Switching hubs stops everything of the old one (the embedded hub included) before the new one starts.
 */
import type { ForestRegionLookup } from '../../common/forest/region-lookup.js';
import { createEmbeddedHub, type EmbeddedHub } from '../../../hub/index.js';
import type { FeedsStatus, HubLinkState, OpsSubmitArgs, SyncDiffEvent, SyncSnapshotResult } from '../../common/live-sync.js';
import type { HubConnection } from '../../common/settings.js';
import type { EventStore } from '../store/event-store.js';
import type { CommandInput } from '../sync/outbox.js';
import { SyncClient, type SyncClientOptions } from '../sync/sync-client.js';
import { clientIdOf, exercisePaths, openExerciseStore, openRemoteStore } from './store-files.js';

/** What the link connects to: a hub connection from settings, or nothing. */
export type HubTarget = HubConnection | { mode: 'off' };

/** Demo day speed when none is given: the 24-hour day plays in 24 minutes. */
export const DEFAULT_DEMO_SPEED = 60;
/** The embedded hub keeps a few hours of log: the demo loops, and nobody replays a demo from last week. */
const DEMO_RETENTION_MS = 6 * 3600_000;

/** Sync client settings the link passes on (tests shorten them). */
export type SyncTuning = Partial<Pick<SyncClientOptions, 'reconnectMinMs' | 'reconnectMaxMs' | 'ackTimeoutMs' | 'checkIntervalMs' | 'diffIntervalMs'>>;

export interface HubLinkOptions {
  dataDir: string;
  nativeBinding?: string | undefined;
  demoSpeed?: number | undefined;
  tuning?: SyncTuning | undefined;
  /** How often freshness is re-evaluated for `feeds:changed` (default 1000 ms). */
  monitorMs?: number | undefined;
  /** Sigungu names for the embedded hub's forest adapters (the region index); null or a failure: codes only. */
  regionLookup?: (() => Promise<ForestRegionLookup | null>) | undefined;
  onDiff(event: SyncDiffEvent): void;
  onFeeds(status: FeedsStatus): void;
  log(msg: string): void;
}

interface Active {
  target: HubTarget;
  store: EventStore | null;
  client: SyncClient | null;
  embedded: EmbeddedHub | null;
  state: HubLinkState;
  failure: string | null;
  offs: (() => void)[];
}

export class HubLink {
  private active: Active = { target: { mode: 'off' }, store: null, client: null, embedded: null, state: 'off', failure: null, offs: [] };
  private queue: Promise<void> = Promise.resolve();
  private serial = 0;
  private lastSignature = '';
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly o: HubLinkOptions) {
    this.timer = setInterval(() => this.check(), o.monitorMs ?? 1000);
    this.timer.unref();
  }

  /** Switches to `target` (serialised with other switches); resolves when the new link has started. */
  connect(target: HubTarget): Promise<void> {
    const run = this.queue.then(async () => {
      if (this.closed) return;
      await this.stop();
      await this.start(target);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The hub the link is (being) connected to. */
  get target(): HubTarget {
    return this.active.target;
  }

  snapshot(streams?: string[]): SyncSnapshotResult {
    const { client } = this.active;
    return { serial: this.serial, exercise: this.exercise, streams: client ? client.snapshot(streams) : [] };
  }

  status(now = Date.now()): FeedsStatus {
    const { target, client, embedded, failure } = this.active;
    const sync = client?.state ?? null;
    const scenario = embedded?.scenario?.status() ?? null;
    return {
      exercise: this.exercise,
      hub: {
        mode: target.mode,
        url: target.mode === 'remote' ? target.url : null,
        state: client && sync ? sync.state : this.active.state,
        refusal: sync?.refusal ?? null,
        lastError: failure ?? sync?.lastError ?? null,
        lastHeartbeatAt: client?.lastHeartbeatAt ?? null,
      },
      demo: scenario ? { playing: scenario.playing, speed: scenario.speed, positionMs: scenario.positionMs, durationMs: scenario.durationMs } : null,
      outboxPending: client ? client.outbox.store.pending().length : 0,
      user: client?.identity ?? null,
      streams: client ? client.freshness(now) : [],
      at: now,
    };
  }

  /** The current hub's local store (null while none), for read-only queries such as the NDMS report log. */
  get store(): EventStore | null {
    return this.active.store;
  }

  /**
   * Stores an operator command in the outbox of the current hub. `id` fixes the command id (an
   * escalation every workstation derives alike, deduplicated by the hub); generated when absent.
   */
  submit(args: OpsSubmitArgs, id?: string): { id: string } {
    const { client } = this.active;
    if (!client) throw new Error('no hub connection: choose the demo hub or a remote hub first');
    const input: CommandInput = { stream: args.stream, kind: args.kind, key: args.key, props: args.props };
    if (id !== undefined) input.id = id;
    if (args.op !== undefined) input.op = args.op;
    if (args.geometry !== undefined) input.geometry = args.geometry;
    return { id: client.outbox.submit(input).id };
  }

  /** The hub's answer to command `id` of the current outbox: done or rejected (with the reason), or null when none came within `timeoutMs`. */
  async settled(id: string, timeoutMs: number): Promise<{ state: 'done' | 'rejected' | 'pending'; reason: string | null } | null> {
    const { client } = this.active;
    if (!client) return null;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    try {
      const e = await Promise.race([client.outbox.settled(id), timeout]);
      return e ? { state: e.state, reason: e.lastError } : null;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    await this.queue;
    await this.stop();
  }

  private get exercise(): boolean {
    return this.active.target.mode === 'demo';
  }

  private async start(target: HubTarget): Promise<void> {
    const a: Active = { target, store: null, client: null, embedded: null, state: target.mode === 'off' ? 'off' : 'starting', failure: null, offs: [] };
    this.active = a;
    this.check();
    if (target.mode === 'off') {
      this.emitReset();
      return;
    }
    try {
      let hubUrl: string;
      let token: string;
      if (target.mode === 'demo') {
        // The store first: it checks whether the hub log it belongs to still exists.
        a.store = openExerciseStore(this.o.dataDir, this.o.nativeBinding, this.o.log);
        const regionLookup = (await this.o.regionLookup?.().catch(() => null)) ?? null;
        a.embedded = await createEmbeddedHub({
          ...(regionLookup ? { regionLookup } : {}),
          dataDir: exercisePaths(this.o.dataDir).hubDir,
          speed: this.o.demoSpeed ?? DEFAULT_DEMO_SPEED,
          retention: { keepMs: DEMO_RETENTION_MS },
          nativeBinding: this.o.nativeBinding,
          logger: (m) => this.o.log(`[demo hub] ${m}`),
        });
        hubUrl = a.embedded.url;
        token = a.embedded.localToken;
      } else {
        a.store = openRemoteStore(this.o.dataDir, target.url, this.o.nativeBinding, this.o.log);
        hubUrl = target.url;
        token = target.token;
      }
      const client = new SyncClient({ ...this.o.tuning, hubUrl, token, store: a.store, clientId: clientIdOf(a.store, 'app'), log: (m) => this.o.log(`[sync] ${m}`) });
      a.client = client;
      a.offs.push(client.on('diff', (diffs) => this.emitDiff({ serial: ++this.serial, reset: false, diffs })));
      // A connection change (down included) is reported at once, not at the next monitor tick.
      a.offs.push(client.on('status', () => this.check()));
      a.offs.push(client.on('identity', () => this.check()));
      client.start();
    } catch (err) {
      a.failure = `could not start the ${target.mode === 'demo' ? 'demo hub' : 'hub connection'}: ${err instanceof Error ? err.message : String(err)}`;
      a.state = 'offline';
      this.o.log(a.failure);
      await this.release(a);
    }
    this.emitReset(); // the store behind the link changed: renderers fetch a snapshot of it
    this.check();
  }

  private async stop(): Promise<void> {
    const a = this.active;
    await this.release(a);
    a.state = a.target.mode === 'off' ? 'off' : 'closed';
  }

  /** Closes the client, the store and the embedded hub of `a`, in that order. */
  private async release(a: Active): Promise<void> {
    const client = a.client;
    a.client = null;
    if (client) {
      await client.close(); // flushes the last coalesced diff while listeners are still attached
    }
    for (const off of a.offs.splice(0)) off();
    a.store?.close();
    a.store = null;
    const hub = a.embedded;
    a.embedded = null;
    if (hub) await hub.close();
  }

  private emitReset(): void {
    this.emitDiff({ serial: ++this.serial, reset: true, diffs: [] });
  }

  private emitDiff(event: SyncDiffEvent): void {
    if (!this.closed) this.o.onDiff(event);
  }

  /** Emits feeds:changed when a stream's state, the connection or the exercise flag changed. */
  private check(): void {
    if (this.closed) return;
    const s = this.status();
    const signature = JSON.stringify([s.exercise, s.hub.mode, s.hub.url, s.hub.state, s.hub.refusal?.code ?? null, s.hub.lastError === null, s.outboxPending, s.user?.name ?? null, s.user?.role ?? null, s.streams.map((f) => [f.stream, f.state, f.reason])]);
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    this.o.onFeeds(s);
  }
}

/**
 * The client side of hub sync: connects with the store's cursors, applies replayed and live batches
 * (one transaction each), backfills gaps, reconnects with backoff, feeds coalesced diffs to the
 * renderer and carries the operator outbox. All state that matters lives in the store, so a crash
 * at any point resumes from the cursors on the next start.
 */
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION, SyncEvent, type BackfillResponse, type HubIdentity, type HubNotice, type OpsAck, type OpsCommand, type Refusal, type SyncBatch, type SyncCaughtUp, type SyncHeads, type SyncSnapshot } from '../../common/sync-protocol.js';
import { KEYS_STREAM } from '../../common/gcma/signed-command.js';
import { registerSigningKey } from '../gcma/register-key.js';
import { CommandSigner } from '../gcma/signing-key.js';
import { annotateOpsEvents } from '../gcma/verify-events.js';
import type { ApplyResult, CurrentFeature } from '../store/event-store.js';
import { OutboxStore } from '../store/outbox-store.js';
import { backoffDelay } from './backoff.js';
import { DiffCoalescer } from './diff-coalescer.js';
import { streamFreshness, thresholdsFor, DEFAULT_THRESHOLDS, type StreamActivity, type StreamFreshness } from './freshness.js';
import { Outbox } from './outbox.js';
import type { Listeners, StreamSnapshot, SyncClientEvents, SyncClientOptions, SyncStatus } from './sync-types.js';
import { validateEvents } from './validate-events.js';

export type { StreamSnapshot, SyncClientEvents, SyncClientOptions, SyncState, SyncStatus } from './sync-types.js';

/** Upper bound of events applied in one transaction when frames queue up. */
const MAX_GROUP_EVENTS = 20_000;


export class SyncClient {
  readonly outbox: Outbox;
  /** This workstation's GCMA key: registered on connect, signs every command as it is sent. */
  readonly signer: CommandSigner;
  private socket: Socket | null = null;
  private status: SyncStatus = { state: 'offline', refusal: null, lastError: null };
  private readonly listeners: Listeners = { diff: new Set(), status: new Set(), applied: new Set(), caughtUp: new Set(), notice: new Set(), identity: new Set() };
  /** Who the hub says this token is (from `hub:identity`); null before the first connection. */
  identity: HubIdentity | null = null;
  private readonly coalescer: DiffCoalescer;
  private readonly known = new Map<string, number>();
  private readonly inFlight = new Set<string>();
  private readonly activity = new Map<string, StreamActivity>();
  private readonly cursorWaiters: { heads: Record<string, number>; resolve: () => void }[] = [];
  private queued: unknown[] = [];
  /** Hub time of the last heartbeat (null before the first). */
  lastHeartbeatAt: number | null = null;
  private flushScheduled = false;
  private checkTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectAttempt = 0;
  private closed = false;
  private readonly o: Required<Omit<SyncClientOptions, 'store'>>;

  constructor(readonly opts: SyncClientOptions) {
    this.o = {
      reconnectMinMs: 250,
      reconnectMaxMs: 5000,
      ackTimeoutMs: 10_000,
      backfillLimit: 5000,
      diffIntervalMs: 250,
      checkIntervalMs: 1000,
      thresholds: DEFAULT_THRESHOLDS,
      log: () => {},
      now: Date.now,
      ...opts,
    };
    this.coalescer = new DiffCoalescer((d) => this.fire('diff', d), this.o.diffIntervalMs, this.o.now);
    this.signer = new CommandSigner(opts.store);
    this.outbox = new Outbox(new OutboxStore(opts.store.db, this.o.now), { log: this.o.log, retryMinMs: this.o.reconnectMinMs, retryMaxMs: this.o.reconnectMaxMs });
    this.loadActivity();
  }

  on<K extends keyof SyncClientEvents>(event: K, listener: SyncClientEvents[K]): () => void {
    (this.listeners[event] as Set<SyncClientEvents[K]>).add(listener);
    return () => (this.listeners[event] as Set<SyncClientEvents[K]>).delete(listener);
  }

  get state(): SyncStatus {
    return this.status;
  }

  get connected(): boolean {
    return this.socket?.connected ?? false;
  }

  /** Starts connecting; reconnects by itself until close() or a refusal. */
  start(): void {
    if (this.socket || this.closed) return;
    const socket = io(this.o.hubUrl, {
      transports: ['websocket'],
      // Never share socket.io's cached Manager: a closed client would leave a dead one behind for the next.
      forceNew: true,
      reconnection: true,
      reconnectionDelay: this.o.reconnectMinMs,
      reconnectionDelayMax: this.o.reconnectMaxMs,
      randomizationFactor: 0.5,
      timeout: this.o.ackTimeoutMs,
      // A function, so every reconnect sends the cursors as they are now.
      auth: (cb) => cb({ protocol: PROTOCOL_VERSION, token: this.o.token, cursors: this.opts.store.cursors(), clientId: this.o.clientId }),
    });
    this.socket = socket;
    this.setStatus({ state: 'connecting', refusal: null, lastError: null });
    socket.on('connect', () => this.onConnect(socket));
    socket.on('disconnect', (reason) => this.onDisconnect(socket, reason));
    socket.on('connect_error', (err: Error & { data?: unknown }) => this.onConnectError(socket, err));
    socket.on(SyncEvent.batch, (b: SyncBatch) => this.onBatch(b));
    socket.on(SyncEvent.snapshot, (s: SyncSnapshot) => this.onSnapshot(s));
    socket.on(SyncEvent.caughtUp, (c: SyncCaughtUp) => this.onCaughtUp(c));
    socket.on(SyncEvent.heads, (h: SyncHeads) => this.onHeartbeat(h));
    socket.on(SyncEvent.notice, (n: HubNotice) => this.fire('notice', n));
    socket.on(SyncEvent.identity, (who: HubIdentity) => {
      this.identity = { name: String(who?.name ?? ''), role: who?.role ?? 'viewer', sensitive: who?.sensitive === true };
      this.fire('identity', this.identity);
    });
    this.checkTimer = setInterval(() => this.checkBehind(), this.o.checkIntervalMs);
    this.checkTimer.unref();
  }

  /** Stops syncing; flushes the pending diff. The store stays open (the caller owns it). */
  async close(): Promise<void> {
    this.flushQueued();
    this.closed = true;
    if (this.checkTimer) clearInterval(this.checkTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.outbox.close();
    this.socket?.removeAllListeners();
    this.socket?.close();
    this.socket = null;
    this.coalescer.close();
    this.setStatus({ ...this.status, state: 'closed' });
  }

  /** The hub's head seq per stream now (needs a connection). */
  async heads(): Promise<Record<string, number>> {
    const socket = this.requireSocket();
    const r = (await socket.timeout(this.o.ackTimeoutMs).emitWithAck(SyncEvent.heads)) as Record<string, number> | { heads: Record<string, number> };
    const heads = 'heads' in r && typeof r.heads === 'object' ? (r.heads as Record<string, number>) : (r as Record<string, number>);
    for (const [s, seq] of Object.entries(heads)) this.noteKnown(s, seq);
    this.checkBehind();
    return heads;
  }

  /** Resolves once every stream's cursor has reached `heads`. */
  waitForCursors(heads: Record<string, number>): Promise<void> {
    if (this.reached(heads)) return Promise.resolve();
    return new Promise((resolve) => this.cursorWaiters.push({ heads, resolve }));
  }

  /** Current state from the store: what a renderer rebuilds from after a reload. */
  snapshot(streams?: string[]): StreamSnapshot[] {
    const store = this.opts.store;
    return (streams ?? store.streams()).map((stream) => ({ stream, cursor: store.cursor(stream), features: store.currentState(stream) }));
  }

  /** Freshness of every stream the store knows, at `now`. */
  freshness(now = this.o.now()): StreamFreshness[] {
    const streams = new Set([...this.opts.store.streams(), ...this.activity.keys()]);
    return [...streams].sort().map((s) => streamFreshness(s, this.activity.get(s) ?? { lastEventAt: null, lastSourceTs: null }, now, this.connected && this.status.state !== 'refused', thresholdsFor(s, this.o.thresholds)));
  }

  private requireSocket(): Socket {
    if (!this.socket || !this.socket.connected) throw new Error('not connected to the hub');
    return this.socket;
  }

  private onConnect(socket: Socket): void {
    this.reconnectAttempt = 0;
    this.inFlight.clear();
    this.setStatus({ state: 'replaying', refusal: null, lastError: null });
    registerSigningKey(socket, this.signer, this.o.ackTimeoutMs, this.o.log);
    this.outbox.attach((cmd: OpsCommand) => {
      if (!socket.connected) return Promise.reject(new Error('not connected'));
      return (socket.timeout(this.o.ackTimeoutMs).emitWithAck(SyncEvent.command, this.signer.sign(cmd)) as Promise<OpsAck>).then((ack) => {
        // The command's event is in the log now: make sure it reaches this store too.
        if (ack.ok) this.noteKnown(ack.stream, ack.seq);
        return ack;
      });
    });
  }

  private onDisconnect(socket: Socket, reason: string): void {
    this.outbox.detach();
    this.inFlight.clear();
    if (this.closed) return;
    this.setStatus({ state: 'offline', refusal: null, lastError: reason });
    // The server closing us is not retried by socket.io itself; do it here (a refusal will say why).
    if (reason === 'io server disconnect') this.scheduleReconnect(socket);
  }

  private onConnectError(socket: Socket, err: Error & { data?: unknown }): void {
    const data = err.data as Partial<Refusal> | undefined;
    if (data && typeof data.code === 'string' && ['protocol', 'auth', 'revoked', 'bad-handshake'].includes(data.code)) {
      this.o.log(`hub refused the connection (${data.code}): ${data.message ?? ''}`);
      this.setStatus({ state: 'refused', refusal: { code: data.code as Refusal['code'], message: String(data.message ?? err.message) }, lastError: err.message });
      return;
    }
    this.setStatus({ state: 'offline', refusal: null, lastError: err.message });
    if (!socket.active) this.scheduleReconnect(socket);
  }

  private scheduleReconnect(socket: Socket): void {
    if (this.closed || this.reconnectTimer) return;
    const delay = backoffDelay(this.reconnectAttempt++, this.o.reconnectMinMs, this.o.reconnectMaxMs);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.closed && !socket.connected) socket.connect();
    }, delay);
  }

  /**
   * Batches that arrive in the same I/O turn are applied together in one transaction (up to
   * maxGroupEvents): with synchronous=FULL every commit is an fsync, so a replay of many small
   * frames would otherwise be bound by the disk, not by the work.
   */
  private onBatch(batch: SyncBatch): void {
    if (batch?.live && this.status.state === 'replaying') this.setStatus({ ...this.status, state: 'live' });
    if (!Array.isArray(batch?.events)) {
      this.o.log('sync:batch without an events array dropped');
      return;
    }
    for (const e of batch.events as unknown[]) this.queued.push(e);
    if (this.queued.length >= MAX_GROUP_EVENTS) this.flushQueued();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flushQueued());
    }
  }

  /** Applies what onBatch queued (also called before anything that must see it applied). */
  private flushQueued(): void {
    this.flushScheduled = false;
    if (this.queued.length === 0) return;
    const events = this.queued;
    this.queued = [];
    this.applyEvents(events);
  }

  private onSnapshot(snap: SyncSnapshot): void {
    this.flushQueued();
    const { valid: checked, invalid } = validateEvents(snap?.events);
    const valid = annotateOpsEvents(checked, () => this.opts.store.currentState(KEYS_STREAM));
    if (invalid.length > 0 || typeof snap.seq !== 'number') {
      this.o.log(`snapshot of ${String(snap?.stream)} refused: ${invalid.map((i) => i.reason).join(' | ')}`);
      return;
    }
    this.noteKnown(snap.stream, snap.seq);
    try {
      this.afterApply(this.opts.store.applySnapshot({ stream: snap.stream, seq: snap.seq, events: valid }));
    } catch (err) {
      this.o.log(`applying the snapshot of ${snap.stream} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private onCaughtUp(c: SyncCaughtUp): void {
    this.flushQueued();
    for (const [s, seq] of Object.entries(c?.heads ?? {})) this.noteKnown(s, seq);
    this.setStatus({ ...this.status, state: 'live' });
    this.checkBehind();
    this.fire('caughtUp', { ...(c?.heads ?? {}) });
  }

  /** The hub's periodic heads: everything listed was sent already, so a stream still behind lost its tail. */
  private onHeartbeat(h: SyncHeads): void {
    this.flushQueued();
    this.lastHeartbeatAt = typeof h?.at === 'number' ? h.at : this.o.now();
    for (const [s, seq] of Object.entries(h?.heads ?? {})) this.noteKnown(s, seq);
    this.checkBehind();
  }

  /** Validates and applies events; returns the store's result. */
  private applyEvents(events: unknown): ApplyResult | null {
    const { valid: checked, invalid } = validateEvents(events);
    // GCMA: every operator action is checked against the published keys before it is stored.
    const valid = annotateOpsEvents(checked, () => this.opts.store.currentState(KEYS_STREAM));
    for (const bad of invalid) this.o.log(`invalid event ${String(bad.stream)}#${String(bad.seq)} dropped: ${bad.reason}`);
    if (valid.length === 0) return null;
    for (const e of valid) this.noteKnown(e.stream, e.seq);
    let result: ApplyResult;
    try {
      result = this.opts.store.applyBatch(valid);
    } catch (err) {
      // Rolled back as a whole; the cursors did not move, so the periodic check backfills it again.
      this.o.log(`applying a batch failed: ${err instanceof Error ? err.message : String(err)}`);
      this.setStatus({ ...this.status, lastError: `store: ${err instanceof Error ? err.message : String(err)}` });
      return null;
    }
    this.afterApply(result);
    for (const gap of result.gaps) void this.backfill(gap.stream);
    return result;
  }

  private afterApply(result: ApplyResult): void {
    for (const d of result.diffs) {
      const last = d.upserts.reduce<CurrentFeature | null>((a, f) => (!a || f.seq > a.seq ? f : a), null);
      if (last) this.noteActivity(d.stream, last.receivedAt, last.ts);
    }
    if (result.applied > 0 && result.diffs.length === 0) {
      // Only removes or no-op updates: the stream still spoke.
      for (const s of Object.keys(result.cursors)) this.noteActivity(s, this.o.now(), null);
    }
    if (result.diffs.length > 0) this.coalescer.add(result.diffs);
    this.fire('applied', result);
    this.resolveWaiters();
  }

  /** Fetches a stream's missing events until its cursor reaches the highest seq we know of. */
  private async backfill(stream: string): Promise<void> {
    if (this.inFlight.has(stream)) return;
    const socket = this.socket;
    if (!socket?.connected) return;
    this.inFlight.add(stream);
    try {
      for (;;) {
        const cursor = this.opts.store.cursor(stream);
        if (cursor >= (this.known.get(stream) ?? 0) || !socket.connected || this.closed) return;
        const r = (await socket.timeout(this.o.ackTimeoutMs).emitWithAck(SyncEvent.backfill, { stream, afterSeq: cursor, limit: this.o.backfillLimit })) as BackfillResponse;
        if (this.closed) return;
        if (!r.ok) {
          this.o.log(`backfill ${stream} after ${cursor} refused: ${r.reason}`);
          return;
        }
        this.noteKnown(stream, r.head);
        if (r.kind === 'snapshot') {
          this.onSnapshot(r.snapshot);
          continue;
        }
        if (r.events.length === 0) {
          // The hub has nothing after our cursor: what we believed was the head is not (hub restarted on older data?).
          this.known.set(stream, Math.min(this.known.get(stream) ?? 0, r.head));
          return;
        }
        const res = this.applyEvents(r.events);
        if (!res || this.opts.store.cursor(stream) === cursor) return; // no progress: the periodic check retries later
      }
    } catch (err) {
      this.o.log(`backfill ${stream} failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      this.inFlight.delete(stream);
    }
  }

  private checkBehind(): void {
    if (!this.connected) return;
    for (const [stream, head] of this.known) {
      if (this.opts.store.cursor(stream) < head) void this.backfill(stream);
    }
  }

  private noteKnown(stream: string, seq: number): void {
    if (typeof seq === 'number' && seq > (this.known.get(stream) ?? 0)) this.known.set(stream, seq);
  }

  private noteActivity(stream: string, at: number, sourceTs: number | null): void {
    const a = this.activity.get(stream);
    if (!a || a.lastEventAt === null || at >= a.lastEventAt) this.activity.set(stream, { lastEventAt: at, lastSourceTs: sourceTs ?? a?.lastSourceTs ?? null });
  }

  private loadActivity(): void {
    const rows = this.opts.store.db
      .prepare('SELECT e.stream, e.received_at AS at, e.ts FROM cursors c JOIN events e ON e.stream = c.stream AND e.seq = c.last_seq')
      .all() as { stream: string; at: number; ts: number }[];
    for (const r of rows) this.activity.set(r.stream, { lastEventAt: r.at, lastSourceTs: r.ts });
  }

  private reached(heads: Record<string, number>): boolean {
    return Object.entries(heads).every(([s, seq]) => this.opts.store.cursor(s) >= seq);
  }

  private resolveWaiters(): void {
    for (let i = this.cursorWaiters.length - 1; i >= 0; i--) {
      const w = this.cursorWaiters[i] as (typeof this.cursorWaiters)[number];
      if (this.reached(w.heads)) {
        this.cursorWaiters.splice(i, 1);
        w.resolve();
      }
    }
  }

  private setStatus(s: SyncStatus): void {
    this.status = s;
    this.fire('status', s);
  }

  private fire<K extends keyof SyncClientEvents>(event: K, ...args: Parameters<SyncClientEvents[K]>): void {
    for (const l of this.listeners[event]) {
      try {
        (l as (...a: Parameters<SyncClientEvents[K]>) => void)(...args);
      } catch (err) {
        this.o.log(`listener for ${event} threw: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
}

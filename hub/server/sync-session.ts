/**
 * One connected client: replays what it missed from its cursors (snapshot first where a cursor is
 * below the retained log), then `sync:caught-up`, then live batches. `sent` tracks the last seq
 * delivered per stream, so an event is never sent twice nor skipped across the replay→live switch.
 */
import type { Socket } from 'socket.io';
import type { EventEnvelope } from '../../main/common/events.js';
import { SyncEvent, type HubNotice, type SyncBatch, type SyncCaughtUp, type SyncHeads, type SyncSnapshot } from '../../main/common/sync-protocol.js';
import type { HubUser } from '../auth/users.js';
import type { EventLog } from '../log/event-log.js';
import { snapshotAtFloor } from '../log/retention.js';
import { forUser } from './redact.js';

/** Tuning of replay. */
export interface ReplayOptions {
  /** Events per `sync:batch` while replaying. */
  batchSize: number;
  /** Wait while the socket has more than this many packets queued (crude flow control). */
  maxQueuedPackets: number;
}

export class SyncSession {
  private readonly sent = new Map<string, number>();
  private live = false;
  private closed = false;

  constructor(
    private readonly socket: Socket,
    private readonly log: EventLog,
    readonly user: HubUser,
    private readonly cursors: Record<string, number>,
    private readonly opts: ReplayOptions,
    private readonly onLog: (msg: string) => void = () => {},
  ) {}

  get isLive(): boolean {
    return this.live;
  }

  close(): void {
    this.closed = true;
  }

  /** Ends the connection from the hub side (e.g. the user was revoked). */
  disconnect(): void {
    this.closed = true;
    this.socket.disconnect(true);
  }

  /** Sends the backlog, then `sync:caught-up`; afterwards live batches flow through deliverLive(). */
  async replay(): Promise<void> {
    for (const s of this.log.streams()) this.startStream(s.stream);
    for (;;) {
      if (this.closed || !this.socket.connected) return;
      const batch = this.nextBatch();
      if (batch.length === 0) break;
      this.emitBatch(batch, false);
      await this.drain();
    }
    if (this.closed) return;
    // Same tick as the empty read above: nothing can be appended in between, so live takes over exactly.
    this.live = true;
    const heads: Record<string, number> = {};
    for (const [stream, seq] of this.sent) heads[stream] = seq;
    const msg: SyncCaughtUp = { heads };
    this.socket.emit(SyncEvent.caughtUp, msg);
  }

  /** Delivers freshly appended events to a live client (ignored while it is still replaying). */
  deliverLive(events: EventEnvelope[]): void {
    if (!this.live || this.closed) return;
    const out: EventEnvelope[] = [];
    for (const e of events) {
      const last = this.sent.get(e.stream) ?? 0;
      if (e.seq <= last) continue;
      if (e.seq !== last + 1) {
        // Cannot happen with one appender; if it does, let the client backfill rather than guess.
        this.onLog(`live gap on ${e.stream} for ${this.user.name}: ${last} → ${e.seq}`);
      }
      this.sent.set(e.stream, e.seq);
      out.push(e);
    }
    if (out.length > 0) this.emitBatch(out, true);
  }

  /** Heartbeat to a live client; call right after the live batcher flushed. */
  heads(msg: SyncHeads): void {
    if (this.live && !this.closed) this.socket.emit(SyncEvent.heads, msg);
  }

  notice(n: HubNotice): void {
    this.socket.emit(SyncEvent.notice, n);
  }

  private startStream(stream: string): void {
    if (this.sent.has(stream)) return;
    const info = this.log.info(stream);
    const cursor = this.cursors[stream] ?? 0;
    if (info && cursor < info.floor) {
      this.sendSnapshot(stream);
      return;
    }
    if (info && cursor > info.head) {
      this.notice({ level: 'warning', code: 'cursor-ahead', message: `client cursor ${cursor} on ${stream} is ahead of this hub's log (${info.head}): is this the same hub?`, at: Date.now() });
    }
    this.sent.set(stream, cursor);
  }

  private sendSnapshot(stream: string): void {
    const snap = snapshotAtFloor(this.log, stream);
    const msg: SyncSnapshot = { stream, seq: snap.seq, events: forUser(snap.events, this.user) };
    this.socket.emit(SyncEvent.snapshot, msg);
    this.sent.set(stream, snap.seq);
  }

  private nextBatch(): EventEnvelope[] {
    const out: EventEnvelope[] = [];
    for (const s of this.log.streams()) {
      this.startStream(s.stream);
      while (out.length < this.opts.batchSize) {
        const from = this.sent.get(s.stream) ?? 0;
        if (from >= s.head) break;
        const r = this.log.after(s.stream, from, this.opts.batchSize - out.length);
        if (r.kind === 'snapshot-needed') {
          // Compacted while we were replaying: flush what we hold first so order is kept.
          if (out.length > 0) this.emitBatch(out.splice(0), false);
          this.sendSnapshot(s.stream);
          continue;
        }
        if (r.events.length === 0) break;
        for (const e of r.events) out.push(e);
        this.sent.set(s.stream, r.events[r.events.length - 1]!.seq);
      }
      if (out.length >= this.opts.batchSize) break;
    }
    return out;
  }

  private emitBatch(events: EventEnvelope[], live: boolean): void {
    const msg: SyncBatch = { events: forUser(events, this.user), live };
    this.socket.emit(SyncEvent.batch, msg);
  }

  /** Yields to the event loop and waits while the transport has a backlog. */
  private async drain(): Promise<void> {
    await new Promise<void>((r) => setImmediate(r));
    const conn = this.socket.conn as unknown as { writeBuffer?: unknown[] };
    for (let i = 0; i < 2000 && !this.closed && this.socket.connected && (conn.writeBuffer?.length ?? 0) > this.opts.maxQueuedPackets; i++) {
      await new Promise<void>((r) => setTimeout(r, 5));
    }
  }
}

/**
 * The operator outbox: `submit` writes the command to the store first, then sends it with an ack,
 * one at a time in order, retrying with backoff until the hub acks it. Pending rows are re-sent
 * whenever a connection comes up, so offline periods and restarts lose nothing; the hub
 * deduplicates by the client-generated id, so a retry of something already logged is harmless.
 */
import { randomUUID } from 'node:crypto';
import { opsCommandSchema, type OpsAck, type OpsCommand } from '../../common/sync-protocol.js';
import type { OutboxEntry, OutboxStore } from '../store/outbox-store.js';
import { backoffDelay } from './backoff.js';

/** Sends one command and resolves with the hub's ack (rejects on timeout or disconnect). */
export type CommandSender = (command: OpsCommand) => Promise<OpsAck>;

/** What a caller provides; id and issuedAt are filled in when absent. */
export type CommandInput = Omit<OpsCommand, 'id' | 'issuedAt' | 'op'> & { id?: string; issuedAt?: number; op?: OpsCommand['op'] };

export interface OutboxOptions {
  retryMinMs?: number;
  retryMaxMs?: number;
  now?: () => number;
  log?: (msg: string) => void;
  /** Refusals worth retrying (the hub was busy), as opposed to a permanent "no". */
  isTransientRefusal?: (reason: string) => boolean;
}

/** Hub refusals that a later retry can overcome: rate limits, a full disk, a failed write. */
const TRANSIENT = /rate limit|busy|disk|full|refusing input|unavailable|try again|timeout|not durable/i;

export class Outbox {
  private sender: CommandSender | null = null;
  private running = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly waiters = new Map<string, ((e: OutboxEntry) => void)[]>();
  private readonly opts: Required<OutboxOptions>;

  constructor(
    readonly store: OutboxStore,
    opts: OutboxOptions = {},
  ) {
    this.opts = {
      retryMinMs: opts.retryMinMs ?? 500,
      retryMaxMs: opts.retryMaxMs ?? 30_000,
      now: opts.now ?? Date.now,
      log: opts.log ?? (() => {}),
      isTransientRefusal: opts.isTransientRefusal ?? ((r) => TRANSIENT.test(r)),
    };
  }

  /** Validates and stores a command durably, then tries to send it. Returns the stored entry. */
  submit(input: CommandInput): OutboxEntry {
    const command = opsCommandSchema.parse({ ...input, id: input.id ?? `cmd-${randomUUID()}`, issuedAt: input.issuedAt ?? this.opts.now() });
    const entry = this.store.add(command);
    void this.pump();
    return entry;
  }

  /** Resolves once the command is done or rejected. */
  settled(id: string): Promise<OutboxEntry> {
    const e = this.store.get(id);
    if (e && e.state !== 'pending') return Promise.resolve(e);
    return new Promise((resolve) => {
      const list = this.waiters.get(id) ?? [];
      list.push(resolve);
      this.waiters.set(id, list);
    });
  }

  /** A connection came up: send everything pending. */
  attach(sender: CommandSender): void {
    this.sender = sender;
    this.attempt = 0;
    void this.pump();
  }

  /** The connection went down: stop sending until the next attach. */
  detach(): void {
    this.sender = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  close(): void {
    this.detach();
  }

  private async pump(): Promise<void> {
    if (this.running || !this.sender) return;
    this.running = true;
    try {
      for (;;) {
        const sender = this.sender;
        if (!sender) return;
        const next = this.store.pending()[0];
        if (!next) return;
        this.store.recordAttempt(next.id);
        let ack: OpsAck;
        try {
          ack = await sender(next.command);
        } catch (err) {
          this.retryLater(next.id, err instanceof Error ? err.message : String(err));
          return;
        }
        if (ack.id !== next.id) {
          this.retryLater(next.id, `ack for another id (${ack.id})`);
          return;
        }
        if (ack.ok) {
          this.store.markDone(next.id, ack.seq);
        } else if (this.opts.isTransientRefusal(ack.reason)) {
          this.retryLater(next.id, ack.reason);
          return;
        } else {
          this.opts.log(`outbox: hub refused ${next.id}: ${ack.reason}`);
          this.store.markRejected(next.id, ack.reason);
        }
        this.attempt = 0;
        this.notify(next.id);
      }
    } finally {
      this.running = false;
    }
  }

  private retryLater(id: string, error: string): void {
    this.store.recordError(id, error);
    const delay = backoffDelay(this.attempt++, this.opts.retryMinMs, this.opts.retryMaxMs);
    this.opts.log(`outbox: ${id} not acked (${error}); retry in ${delay} ms`);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.pump();
    }, delay);
  }

  private notify(id: string): void {
    const list = this.waiters.get(id);
    if (!list) return;
    this.waiters.delete(id);
    const e = this.store.get(id);
    if (e) for (const w of list) w(e);
  }
}

/**
 * Durable outbox of operator commands. A command is written here before any send, stays `pending`
 * until the hub acks it positively (a duplicate ack included), and survives restarts; the hub
 * deduplicates by the client-generated id, so re-sending after a crash never applies it twice.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { OpsCommand } from '../../common/sync-protocol.js';

export type OutboxState = 'pending' | 'done' | 'rejected';

/** One outbox row. */
export interface OutboxEntry {
  id: string;
  command: OpsCommand;
  state: OutboxState;
  attempts: number;
  createdAt: number;
  updatedAt: number;
  /** seq of the command's event in its ops.* stream, once acked. */
  ackSeq: number | null;
  lastError: string | null;
}

interface OutboxRow {
  id: string;
  command: string;
  state: OutboxState;
  attempts: number;
  created_at: number;
  updated_at: number;
  ack_seq: number | null;
  last_error: string | null;
}

function toEntry(r: OutboxRow): OutboxEntry {
  return {
    id: r.id,
    command: JSON.parse(r.command) as OpsCommand,
    state: r.state,
    attempts: r.attempts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ackSeq: r.ack_seq,
    lastError: r.last_error,
  };
}

export class OutboxStore {
  private readonly insert: Statement;
  private readonly attempt: Statement;
  private readonly error: Statement;
  private readonly done: Statement;
  private readonly reject: Statement;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.insert = db.prepare(`INSERT INTO outbox (id, command, state, attempts, created_at, updated_at) VALUES (?, ?, 'pending', 0, ?, ?)`);
    this.attempt = db.prepare(`UPDATE outbox SET attempts = attempts + 1, updated_at = ? WHERE id = ? AND state = 'pending'`);
    this.error = db.prepare(`UPDATE outbox SET last_error = ?, updated_at = ? WHERE id = ? AND state = 'pending'`);
    this.done = db.prepare(`UPDATE outbox SET state = 'done', ack_seq = ?, updated_at = ?, last_error = NULL WHERE id = ? AND state = 'pending'`);
    this.reject = db.prepare(`UPDATE outbox SET state = 'rejected', updated_at = ?, last_error = ? WHERE id = ? AND state = 'pending'`);
  }

  /** Stores a command (durably, before anything is sent). Re-adding an id already held is a no-op. */
  add(command: OpsCommand): OutboxEntry {
    const existing = this.get(command.id);
    if (existing) return existing;
    const t = this.now();
    this.insert.run(command.id, JSON.stringify(command), t, t);
    return this.get(command.id) as OutboxEntry;
  }

  get(id: string): OutboxEntry | undefined {
    const row = this.db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined;
    return row ? toEntry(row) : undefined;
  }

  /** Commands still waiting for a positive ack, oldest first. */
  pending(): OutboxEntry[] {
    return (this.db.prepare(`SELECT * FROM outbox WHERE state = 'pending' ORDER BY created_at, rowid`).all() as OutboxRow[]).map(toEntry);
  }

  all(): OutboxEntry[] {
    return (this.db.prepare('SELECT * FROM outbox ORDER BY created_at, rowid').all() as OutboxRow[]).map(toEntry);
  }

  /** Counts a send attempt. */
  recordAttempt(id: string): void {
    this.attempt.run(this.now(), id);
  }

  /** Notes why the last attempt did not get a positive ack. */
  recordError(id: string, error: string): void {
    this.error.run(error, this.now(), id);
  }

  /** Positive ack (first or duplicate): the command is in the hub's log. */
  markDone(id: string, seq: number): boolean {
    return this.done.run(seq, this.now(), id).changes > 0;
  }

  /** The hub refused the command for good (validation, permission); it is not retried. */
  markRejected(id: string, reason: string): boolean {
    return this.reject.run(this.now(), reason, id).changes > 0;
  }
}

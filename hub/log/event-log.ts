/**
 * The hub's durable append-only log, one gapless seq per stream. Appends are validated, deduplicated
 * by event id (a duplicate gets no seq) and committed in one transaction. A full or failing disk turns
 * the log read-only ("refusing input") instead of risking a half-written log.
 */
import type { Database, Statement } from 'better-sqlite3';
import { eventInputSchema, type EventEnvelope, type EventInput } from '../../main/common/events.js';
import { stateAt, type StateAtResult } from './retention.js';
import { envelopeToRow, rowToEnvelope, type EventRow } from './rows.js';

/** The outcome of one append call. */
export interface AppendResult {
  appended: EventEnvelope[];
  /** Inputs whose id was already logged (or repeated within the call): dropped, no seq. */
  duplicates: number;
  /** Inputs that failed the envelope schema, by position in the call. */
  invalid: { index: number; reason: string }[];
}

/** `after()` answer: the events, or a marker that the range was compacted into a snapshot. */
export type AfterResult = { kind: 'events'; events: EventEnvelope[]; head: number } | { kind: 'snapshot-needed'; floor: number; head: number };

/** Head (last seq) and floor (compacted up to) of a stream. */
export interface StreamInfo {
  stream: string;
  head: number;
  floor: number;
  floorReceivedAt: number;
}

/** Why the log stopped taking input. */
export interface RefusalState {
  reason: string;
  since: number;
}

export class InputRefusedError extends Error {
  constructor(readonly state: RefusalState) {
    super(`hub is refusing input: ${state.reason}`);
  }
}

/** SQLite errors that mean the disk (not the data) is the problem. */
export function isDiskError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_READONLY');
}

export class EventLog {
  private refusal: RefusalState | null = null;
  private readonly listeners = new Set<(s: RefusalState) => void>();
  private readonly stmt: {
    idInEvents: Statement<[string]>;
    idInSnapshot: Statement<[string]>;
    stream: Statement<[string]>;
    newStream: Statement<[string]>;
    setHead: Statement<[number, number, string]>;
    insert: Statement<[EventRow]>;
    after: Statement<[string, number, number]>;
    heads: Statement<[]>;
  };

  constructor(
    readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.stmt = {
      idInEvents: db.prepare('SELECT 1 FROM events WHERE id = ?'),
      idInSnapshot: db.prepare('SELECT 1 FROM snapshot_rows WHERE id = ?'),
      stream: db.prepare('SELECT stream, head, floor, floorReceivedAt, lastReceivedAt FROM streams WHERE stream = ?'),
      newStream: db.prepare('INSERT INTO streams (stream, head) VALUES (?, 0)'),
      setHead: db.prepare('UPDATE streams SET head = ?, lastReceivedAt = ? WHERE stream = ?'),
      insert: db.prepare(
        'INSERT INTO events (stream, seq, id, key, kind, op, ts, status, geometry, props, source, receivedAt) VALUES (@stream, @seq, @id, @key, @kind, @op, @ts, @status, @geometry, @props, @source, @receivedAt)',
      ),
      after: db.prepare('SELECT * FROM events WHERE stream = ? AND seq > ? ORDER BY seq LIMIT ?'),
      heads: db.prepare('SELECT stream, head, floor, floorReceivedAt FROM streams ORDER BY stream'),
    };
  }

  /** Non-null while the log refuses input (after a disk error). */
  get refusing(): RefusalState | null {
    return this.refusal;
  }

  /** Called once when the log switches to refusing input. */
  onRefusing(listener: (s: RefusalState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Validates, deduplicates and appends in one transaction. Throws InputRefusedError on a disk error. */
  append(inputs: readonly unknown[]): AppendResult {
    const valid: EventInput[] = [];
    const invalid: AppendResult['invalid'] = [];
    inputs.forEach((raw, index) => {
      const r = eventInputSchema.safeParse(raw);
      if (r.success) valid.push(r.data);
      else invalid.push({ index, reason: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') });
    });
    const { appended, duplicates } = this.write(() => this.appendValidated(valid));
    return { appended, duplicates, invalid };
  }

  /**
   * Runs `fn` in one transaction with the disk-error handling of appends. Use for writes that must
   * commit together with an append (operator commands and their dedupe row).
   */
  write<T>(fn: () => T): T {
    if (this.refusal) throw new InputRefusedError(this.refusal);
    try {
      return this.db.transaction(fn)();
    } catch (err) {
      if (isDiskError(err)) throw new InputRefusedError(this.refuse(err));
      throw err;
    }
  }

  /** Appends already-validated inputs; must run inside `write()`. */
  appendValidated(inputs: readonly EventInput[]): { appended: EventEnvelope[]; duplicates: number } {
    const appended: EventEnvelope[] = [];
    let duplicates = 0;
    const now = this.now();
    // Heads are read once per stream and written once per call, not per event.
    const heads = new Map<string, { head: number; lastReceivedAt: number }>();
    for (const input of inputs) {
      if (this.stmt.idInEvents.get(input.id) || this.stmt.idInSnapshot.get(input.id)) {
        duplicates++;
        continue;
      }
      let s = heads.get(input.stream);
      if (!s) {
        const row = this.stmt.stream.get(input.stream) as { head: number; lastReceivedAt: number } | undefined;
        if (!row) this.stmt.newStream.run(input.stream);
        s = { head: row?.head ?? 0, lastReceivedAt: row?.lastReceivedAt ?? 0 };
        heads.set(input.stream, s);
      }
      // receivedAt never goes backwards within a stream, so "as seen at time T" is a seq prefix.
      const receivedAt = Math.max(now, s.lastReceivedAt);
      const env: EventEnvelope = { ...input, seq: s.head + 1, receivedAt };
      this.stmt.insert.run(envelopeToRow(env));
      s.head = env.seq;
      s.lastReceivedAt = receivedAt;
      appended.push(env);
    }
    for (const [stream, s] of heads) this.stmt.setHead.run(s.head, s.lastReceivedAt, stream);
    return { appended, duplicates };
  }

  /** Events of `stream` with seq > `afterSeq`, oldest first; a marker if that range was compacted. */
  after(stream: string, afterSeq: number, limit = 1000): AfterResult {
    const s = this.info(stream);
    const head = s?.head ?? 0;
    if (s && afterSeq < s.floor) return { kind: 'snapshot-needed', floor: s.floor, head };
    const rows = this.stmt.after.all(stream, afterSeq, limit) as EventRow[];
    return { kind: 'events', events: rows.map(rowToEnvelope), head };
  }

  /** The state of `stream` as operators saw it at time `t` (by receivedAt); see retention.stateAt. */
  stateAt(stream: string, t: number): StateAtResult {
    return stateAt(this, stream, t);
  }

  /** Head seq per stream. */
  heads(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const s of this.streams()) out[s.stream] = s.head;
    return out;
  }

  streams(): StreamInfo[] {
    return this.stmt.heads.all() as StreamInfo[];
  }

  info(stream: string): StreamInfo | undefined {
    return this.stmt.stream.get(stream) as StreamInfo | undefined;
  }

  private refuse(err: unknown): RefusalState {
    const code = (err as { code?: string }).code ?? 'unknown';
    const reason = `${code}: ${err instanceof Error ? err.message : String(err)} (disk full or failing; new input refused, the log is served read-only)`;
    if (!this.refusal) {
      this.refusal = { reason, since: this.now() };
      for (const l of this.listeners) l(this.refusal);
    }
    return this.refusal;
  }
}

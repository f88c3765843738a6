/**
 * The client's event store: applies hub batches (log + projection + cursor in one transaction),
 * replaces a stream's state from a snapshot, and answers current-state queries for the renderer.
 */
import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { EventEnvelope, GeoJsonGeometry } from '../../common/events.js';
import { geometryBBox, type BBox } from '../../common/geometry-bbox.js';
import { openDatabase } from './open-database.js';
import type { LiveFeature } from '../../common/live-sync.js';

/** The current state of one tracked thing (a stream's key): the shape the renderer draws (main/common). */
export type CurrentFeature = LiveFeature;

/** What changed in one stream: features to add or replace, keys to drop. */
export interface StreamDiff {
  stream: string;
  upserts: CurrentFeature[];
  removes: string[];
}

/** Application stopped for `stream` because the next event held is `nextSeq`, not `cursor + 1`. */
export interface StreamGap {
  stream: string;
  cursor: number;
  nextSeq: number;
}

/** Result of applying one batch or snapshot. */
export interface ApplyResult {
  /** Events newly written to the log. */
  applied: number;
  /** Events already held (at or below the cursor, or an id already in the log). */
  skipped: number;
  /** Events not applied because they follow a gap; the caller backfills from the cursor. */
  deferred: number;
  gaps: StreamGap[];
  diffs: StreamDiff[];
  /** Cursor per stream touched by this batch, after it. */
  cursors: Record<string, number>;
}

/** Per-stream figures as `sitroom sync --once` prints them. */
export interface StreamStats {
  lastSeq: number;
  count: number;
}

interface FeatureRow {
  stream: string;
  key: string;
  kind: string;
  status: string;
  ts: number;
  received_at: number;
  seq: number;
  props: string;
  geometry: string | null;
}

function rowToFeature(r: FeatureRow): CurrentFeature {
  return {
    stream: r.stream,
    key: r.key,
    kind: r.kind,
    status: r.status,
    ts: r.ts,
    receivedAt: r.received_at,
    seq: r.seq,
    props: JSON.parse(r.props) as Record<string, unknown>,
    geometry: r.geometry === null ? null : (JSON.parse(r.geometry) as GeoJsonGeometry),
  };
}

function toFeature(e: EventEnvelope): CurrentFeature {
  return { stream: e.stream, key: e.key, kind: e.kind, status: e.status, ts: e.ts, receivedAt: e.receivedAt, seq: e.seq, props: e.props, geometry: e.geometry ?? null };
}

/** Collects one stream's changes, keeping only the latest state per key. */
class DiffBuilder {
  private readonly byKey = new Map<string, CurrentFeature | null>();
  constructor(readonly stream: string) {}
  upsert(f: CurrentFeature): void {
    this.byKey.delete(f.key);
    this.byKey.set(f.key, f);
  }
  remove(key: string): void {
    this.byKey.delete(key);
    this.byKey.set(key, null);
  }
  get empty(): boolean {
    return this.byKey.size === 0;
  }
  build(): StreamDiff {
    const diff: StreamDiff = { stream: this.stream, upserts: [], removes: [] };
    for (const [key, f] of this.byKey) {
      if (f) diff.upserts.push(f);
      else diff.removes.push(key);
    }
    return diff;
  }
}

export class EventStore {
  private readonly insertEvent: Statement;
  private readonly upsertState: Statement;
  private readonly removeState: Statement;
  private readonly setCursor: Statement;
  private readonly getCursor: Statement;
  private readonly cursorCache = new Map<string, number>();

  constructor(readonly db: Database) {
    this.insertEvent = db.prepare(
      // ON CONFLICT DO NOTHING (not OR IGNORE): only a uniqueness clash means "already held"; a CHECK
      // or NOT NULL violation must fail the batch instead of being skipped silently.
      `INSERT INTO events (stream, seq, id, key, kind, op, ts, received_at, status, geometry, props, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.upsertState = db.prepare(
      `INSERT INTO current_state (stream, key, kind, status, ts, received_at, seq, props, geometry, min_x, min_y, max_x, max_y)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (stream, key) DO UPDATE SET kind = excluded.kind, status = excluded.status, ts = excluded.ts,
         received_at = excluded.received_at, seq = excluded.seq, props = excluded.props, geometry = excluded.geometry,
         min_x = excluded.min_x, min_y = excluded.min_y, max_x = excluded.max_x, max_y = excluded.max_y
       WHERE excluded.seq > current_state.seq`,
    );
    this.removeState = db.prepare('DELETE FROM current_state WHERE stream = ? AND key = ? AND seq < ?');
    this.setCursor = db.prepare('INSERT INTO cursors (stream, last_seq) VALUES (?, ?) ON CONFLICT (stream) DO UPDATE SET last_seq = excluded.last_seq');
    this.getCursor = db.prepare('SELECT last_seq FROM cursors WHERE stream = ?').pluck();
    this.applyTx = db.transaction((events: EventEnvelope[]) => this.applyInTx(events));
    this.snapshotTx = db.transaction((stream: string, seq: number, events: EventEnvelope[]) => this.snapshotInTx(stream, seq, events));
  }

  /** Opens (and migrates) the store file; `nativeBinding` as in openDatabase. */
  static open(file: string, opts: { nativeBinding?: string | undefined } = {}): EventStore {
    return new EventStore(openDatabase(file, { nativeBinding: opts.nativeBinding }));
  }

  private readonly applyTx: Transaction<(events: EventEnvelope[]) => ApplyResult>;
  private readonly snapshotTx: Transaction<(stream: string, seq: number, events: EventEnvelope[]) => ApplyResult>;

  /**
   * Applies a batch in one transaction: log insert (already held → skipped), projection by key (only
   * when newer), cursor advance. Per stream, application stops at the first gap, which is reported.
   */
  applyBatch(events: readonly EventEnvelope[]): ApplyResult {
    if (events.length === 0) return { applied: 0, skipped: 0, deferred: 0, gaps: [], diffs: [], cursors: {} };
    try {
      return this.applyTx.immediate(events as EventEnvelope[]);
    } catch (err) {
      this.cursorCache.clear(); // the transaction rolled back: cached cursors may be ahead
      throw err;
    }
  }

  /** Replaces a stream's state with a snapshot taken at `seq`; the cursor moves to `seq`. */
  applySnapshot(snapshot: { stream: string; seq: number; events: readonly EventEnvelope[] }): ApplyResult {
    try {
      return this.snapshotTx.immediate(snapshot.stream, snapshot.seq, snapshot.events as EventEnvelope[]);
    } catch (err) {
      this.cursorCache.clear();
      throw err;
    }
  }

  private writeEvent(e: EventEnvelope, diff: DiffBuilder): boolean {
    const geometry = e.geometry ?? null;
    const geomText = geometry === null ? null : JSON.stringify(geometry);
    const propsText = JSON.stringify(e.props);
    const res = this.insertEvent.run(e.stream, e.seq, e.id, e.key, e.kind, e.op, e.ts, e.receivedAt, e.status, geomText, propsText, e.source);
    if (res.changes === 0) return false;
    if (e.op === 'remove') {
      if (this.removeState.run(e.stream, e.key, e.seq).changes > 0) diff.remove(e.key);
    } else {
      const b: BBox | null = geometryBBox(geometry);
      const r = this.upsertState.run(e.stream, e.key, e.kind, e.status, e.ts, e.receivedAt, e.seq, propsText, geomText, b?.[0] ?? null, b?.[1] ?? null, b?.[2] ?? null, b?.[3] ?? null);
      if (r.changes > 0) diff.upsert(toFeature(e));
    }
    return true;
  }

  private applyInTx(events: EventEnvelope[]): ApplyResult {
    const result: ApplyResult = { applied: 0, skipped: 0, deferred: 0, gaps: [], diffs: [], cursors: {} };
    const byStream = new Map<string, EventEnvelope[]>();
    for (const e of events) {
      const list = byStream.get(e.stream);
      if (list) list.push(e);
      else byStream.set(e.stream, [e]);
    }
    for (const [stream, list] of byStream) {
      list.sort((a, b) => a.seq - b.seq);
      const start = this.cursor(stream);
      let cursor = start;
      const diff = new DiffBuilder(stream);
      for (let i = 0; i < list.length; i++) {
        const e = list[i] as EventEnvelope;
        if (e.seq <= cursor) {
          result.skipped++;
          continue;
        }
        if (e.seq !== cursor + 1) {
          result.gaps.push({ stream, cursor, nextSeq: e.seq });
          result.deferred += list.length - i;
          break;
        }
        if (this.writeEvent(e, diff)) result.applied++;
        else result.skipped++;
        cursor = e.seq;
      }
      if (cursor !== start) {
        this.setCursor.run(stream, cursor);
        this.cursorCache.set(stream, cursor);
      }
      result.cursors[stream] = cursor;
      if (!diff.empty) result.diffs.push(diff.build());
    }
    return result;
  }

  private snapshotInTx(stream: string, seq: number, events: EventEnvelope[]): ApplyResult {
    const before = this.db.prepare('SELECT key FROM current_state WHERE stream = ?').pluck().all(stream) as string[];
    this.db.prepare('DELETE FROM current_state WHERE stream = ?').run(stream);
    const diff = new DiffBuilder(stream);
    for (const key of before) diff.remove(key);
    let applied = 0;
    for (const e of events) {
      if (e.stream !== stream || e.seq > seq) throw new Error(`snapshot of ${stream}@${seq} holds ${e.stream}@${e.seq}`);
      if (this.writeEvent(e, diff)) applied++;
      else if (e.op === 'upsert') {
        // Held already: the projection was cleared above, so write it again.
        const g = e.geometry ?? null;
        const b = geometryBBox(g);
        this.upsertState.run(e.stream, e.key, e.kind, e.status, e.ts, e.receivedAt, e.seq, JSON.stringify(e.props), g === null ? null : JSON.stringify(g), b?.[0] ?? null, b?.[1] ?? null, b?.[2] ?? null, b?.[3] ?? null);
        diff.upsert(toFeature(e));
      }
    }
    this.setCursor.run(stream, seq);
    this.cursorCache.set(stream, seq);
    return { applied, skipped: events.length - applied, deferred: 0, gaps: [], diffs: diff.empty ? [] : [diff.build()], cursors: { [stream]: seq } };
  }

  /** Highest applied seq of a stream (0 when none). */
  cursor(stream: string): number {
    const cached = this.cursorCache.get(stream);
    if (cached !== undefined) return cached;
    const v = (this.getCursor.get(stream) as number | undefined) ?? 0;
    this.cursorCache.set(stream, v);
    return v;
  }

  /** Every stream's cursor, as the handshake sends them. */
  cursors(): Record<string, number> {
    const rows = this.db.prepare('SELECT stream, last_seq FROM cursors ORDER BY stream').all() as { stream: string; last_seq: number }[];
    return Object.fromEntries(rows.map((r) => [r.stream, r.last_seq]));
  }

  /** Streams with any state, cursor or logged event. */
  streams(): string[] {
    return this.db.prepare('SELECT stream FROM cursors UNION SELECT DISTINCT stream FROM current_state ORDER BY 1').pluck().all() as string[];
  }

  /** The current features of a stream, for a window that opens or reloads. */
  currentState(stream: string): CurrentFeature[] {
    return (this.db.prepare('SELECT * FROM current_state WHERE stream = ? ORDER BY key').all(stream) as FeatureRow[]).map(rowToFeature);
  }

  /** Current features whose bbox intersects `bbox` (R*Tree), optionally in one stream. */
  queryBBox(bbox: BBox, stream?: string): CurrentFeature[] {
    const sql = `SELECT s.* FROM current_rtree r JOIN current_state s ON s.fid = r.fid
      WHERE r.max_x >= ? AND r.min_x <= ? AND r.max_y >= ? AND r.min_y <= ?${stream ? ' AND s.stream = ?' : ''} ORDER BY s.stream, s.key`;
    const params: (string | number)[] = [bbox[0], bbox[2], bbox[1], bbox[3]];
    if (stream) params.push(stream);
    return (this.db.prepare(sql).all(...params) as FeatureRow[]).map(rowToFeature);
  }

  /** Last applied seq and events held, per stream. */
  streamStats(): Record<string, StreamStats> {
    const out: Record<string, StreamStats> = {};
    for (const [stream, lastSeq] of Object.entries(this.cursors())) out[stream] = { lastSeq, count: 0 };
    const rows = this.db.prepare('SELECT stream, count(*) AS n FROM events GROUP BY stream').all() as { stream: string; n: number }[];
    for (const r of rows) out[r.stream] = { lastSeq: out[r.stream]?.lastSeq ?? 0, count: r.n };
    return out;
  }

  getMeta(name: string): string | undefined {
    return this.db.prepare('SELECT value FROM meta WHERE name = ?').pluck().get(name) as string | undefined;
  }

  setMeta(name: string, value: string): void {
    this.db.prepare('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(name, value);
  }

  close(): void {
    this.db.close();
  }
}

/**
 * The NIRS panel's real data: the hub's own feed health, published on `panels.nirs` — one record per
 * logged stream (events, last event, upstream lag, state), one per upstream source (consecutive
 * failures, quarantined count) and the latest quarantined records (browsable, raw text shortened).
 * Republished on a timer; a record is appended only when its content changed, so a quiet hub adds
 * nothing to its log.
 */
import { createHash } from 'node:crypto';
import type { EventInput, EventStatus } from '../../main/common/events.js';
import type { Quarantine } from '../connectors/quarantine.js';
import type { SourceState } from '../connectors/runner.js';
import type { EventLog } from '../log/event-log.js';

export const NIRS_STREAM = 'panels.nirs';
/** Where the records are filed on the map (대전광역시, the data centre's city). */
const NIRS_REGION = '30';
/** Quarantined records shown per source. */
const QUARANTINE_SHOWN = 50;

/** Staleness of a feed by the age of its last event (operator and panel streams never go stale). */
function feedState(stream: string, ageMs: number | null): 'live' | 'stale' | 'down' {
  if (stream.startsWith('ops.') || stream.startsWith('panels.') || stream === 'hub.keys') return 'live';
  if (ageMs === null || ageMs > 30 * 60_000) return 'down';
  return ageMs > 10 * 60_000 ? 'stale' : 'live';
}

export interface NirsFeedContext {
  log: EventLog;
  quarantine: Quarantine;
  sources: () => SourceState[];
  status: EventStatus;
  now?: () => number;
}

/** The current NIRS records (without ids), by key. */
export function nirsRecords(ctx: NirsFeedContext): Map<string, Omit<EventInput, 'id'>> {
  const now = (ctx.now ?? Date.now)();
  const out = new Map<string, Omit<EventInput, 'id'>>();
  const add = (key: string, props: Record<string, unknown>): void => {
    out.set(key, { stream: NIRS_STREAM, key, kind: 'nirs.record', op: 'upsert', ts: now, status: ctx.status, geometry: null, props: { ...props, regionCode: NIRS_REGION }, source: 'hub:nirs' });
  };
  const lastOf = ctx.log.db.prepare('SELECT ts, receivedAt FROM events WHERE stream = ? ORDER BY seq DESC LIMIT 1');
  for (const s of ctx.log.streams()) {
    if (s.stream === NIRS_STREAM) continue;
    const last = lastOf.get(s.stream) as { ts: number; receivedAt: number } | undefined;
    const lastEventAt = last?.receivedAt ?? (s.floorReceivedAt || null);
    // Minutes, not ms, for age: the record changes when the state can change, not on every tick.
    add(`feed:${s.stream}`, { name: s.stream, type: 'feed', stream: s.stream, events: s.head, lastEventAt, lagMs: last ? Math.max(0, last.receivedAt - last.ts) : null, state: feedState(s.stream, lastEventAt === null ? null : now - lastEventAt), errors: 0, quarantined: 0, reason: null });
  }
  const counts = ctx.quarantine.countsBySource();
  const sources = new Map(ctx.sources().map((s) => [s.id, s]));
  for (const id of new Set([...Object.keys(counts), ...sources.keys()])) {
    const st = sources.get(id);
    add(`source:${id}`, { name: id, type: 'feed', stream: null, events: null, lastEventAt: st?.lastOkAt ?? null, lagMs: null, state: st && st.consecutiveFailures > 0 ? 'down' : 'live', errors: st?.consecutiveFailures ?? 0, quarantined: counts[id] ?? 0, reason: st?.lastOutcome && st.lastOutcome.kind !== 'ok' ? st.lastOutcome.message : null });
    for (const q of ctx.quarantine.list(id, QUARANTINE_SHOWN)) {
      const h = createHash('sha256').update(q.raw).digest('hex').slice(0, 16);
      add(`quarantine:${id}:${h}`, { name: `${id}: ${q.raw.slice(0, 80)}`, type: 'quarantine', stream: null, events: null, lastEventAt: q.receivedAt, lagMs: null, state: 'held', errors: 0, quarantined: q.seen, reason: q.reason, raw: q.raw.slice(0, 2000) });
    }
  }
  return out;
}

/** Keeps `panels.nirs` up to date: call `publish()` on a timer; appends only changed records. */
export function createNirsFeed(ctx: NirsFeedContext, ingest: (inputs: EventInput[]) => unknown): { publish(): number } {
  const lastHash = new Map<string, string>();
  return {
    publish() {
      const changed: EventInput[] = [];
      for (const [key, rec] of nirsRecords(ctx)) {
        const hash = createHash('sha256').update(JSON.stringify(rec.props)).digest('hex').slice(0, 16);
        if (lastHash.get(key) === hash) continue;
        lastHash.set(key, hash);
        changed.push({ ...rec, id: `nirs:${key}:${hash}` });
      }
      if (changed.length > 0) ingest(changed);
      return changed.length;
    },
  };
}

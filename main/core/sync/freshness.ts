/**
 * Feed freshness: per stream, how old the newest event is and whether the feed counts as live,
 * stale or down. Pure, so the status bar, the layers and the tests agree on one rule.
 */

export type FreshnessState = 'live' | 'stale' | 'down';

/** Ages (ms) past which a stream is stale or down. */
export interface FreshnessThresholds {
  staleMs: number;
  downMs: number;
}

/** What the sync client knows about one stream. */
export interface StreamActivity {
  /** Hub time (receivedAt) of the newest applied event, UTC epoch ms; null when none yet. */
  lastEventAt: number | null;
  /** Source time (ts) of that event; lag = lastEventAt - lastSourceTs shows upstream delay. */
  lastSourceTs: number | null;
}

/** The freshness of one stream at a moment. */
export interface StreamFreshness {
  stream: string;
  state: FreshnessState;
  lastEventAt: number | null;
  /** now - lastEventAt: how long the stream has been quiet (null when nothing received). */
  ageMs: number | null;
  /** Upstream delay of the newest event: receivedAt - ts (null when nothing received). */
  lagMs: number | null;
  /** Why it is not live, for the status bar. */
  reason: 'ok' | 'hub-disconnected' | 'no-data' | 'quiet';
}

/** Defaults by stream prefix; the longest matching prefix wins, '' is the fallback. */
export const DEFAULT_THRESHOLDS: Record<string, FreshnessThresholds> = {
  '': { staleMs: 10 * 60_000, downMs: 30 * 60_000 },
  'its.traffic': { staleMs: 2 * 60_000, downMs: 10 * 60_000 },
  'its.events': { staleMs: 5 * 60_000, downMs: 20 * 60_000 },
  'ndms.alerts': { staleMs: 15 * 60_000, downMs: 60 * 60_000 },
  'forest.fires': { staleMs: 15 * 60_000, downMs: 60 * 60_000 },
  // Camera lists, sign texts and hazard warnings change rarely: a quiet hour is normal, not an outage.
  'its.cctv': { staleMs: 24 * 60 * 60_000, downMs: Number.POSITIVE_INFINITY },
  'its.vms': { staleMs: 6 * 60 * 60_000, downMs: Number.POSITIVE_INFINITY },
  'its.hazards': { staleMs: Number.POSITIVE_INFINITY, downMs: Number.POSITIVE_INFINITY },
  // Operator actions are sparse by nature: silence there is not an outage.
  'ops.': { staleMs: Number.POSITIVE_INFINITY, downMs: Number.POSITIVE_INFINITY },
  // GCMA public keys change only when a workstation registers or a supervisor revokes.
  'hub.keys': { staleMs: Number.POSITIVE_INFINITY, downMs: Number.POSITIVE_INFINITY },
};

export function thresholdsFor(stream: string, table: Record<string, FreshnessThresholds> = DEFAULT_THRESHOLDS): FreshnessThresholds {
  let best = '';
  for (const prefix of Object.keys(table)) {
    if (prefix.length > best.length && stream.startsWith(prefix)) best = prefix;
  }
  return table[best] ?? { staleMs: 10 * 60_000, downMs: 30 * 60_000 };
}

/**
 * Freshness of one stream. A disconnected hub makes every stream down (we cannot know it is live);
 * otherwise the age of the newest event against the stream's thresholds decides.
 */
export function streamFreshness(stream: string, activity: StreamActivity, now: number, hubConnected: boolean, thresholds: FreshnessThresholds): StreamFreshness {
  const { lastEventAt, lastSourceTs } = activity;
  const ageMs = lastEventAt === null ? null : Math.max(0, now - lastEventAt);
  const lagMs = lastEventAt === null || lastSourceTs === null ? null : Math.max(0, lastEventAt - lastSourceTs);
  const base = { stream, lastEventAt, ageMs, lagMs };
  if (!hubConnected) return { ...base, state: 'down', reason: 'hub-disconnected' };
  if (ageMs === null) return { ...base, state: Number.isFinite(thresholds.downMs) ? 'down' : 'live', reason: 'no-data' };
  if (ageMs > thresholds.downMs) return { ...base, state: 'down', reason: 'quiet' };
  if (ageMs > thresholds.staleMs) return { ...base, state: 'stale', reason: 'quiet' };
  return { ...base, state: 'live', reason: 'ok' };
}

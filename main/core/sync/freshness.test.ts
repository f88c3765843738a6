import { streamFreshness, thresholdsFor } from './freshness.js';

const T = { staleMs: 60_000, downMs: 300_000 };
const now = 1_700_000_000_000;

describe('streamFreshness', () => {
  it('is live within the stale threshold and reports age and upstream lag', () => {
    const f = streamFreshness('its.traffic', { lastEventAt: now - 30_000, lastSourceTs: now - 45_000 }, now, true, T);
    expect(f).toMatchObject({ state: 'live', ageMs: 30_000, lagMs: 15_000, reason: 'ok' });
  });
  it('is stale past staleMs and down past downMs', () => {
    expect(streamFreshness('s.a', { lastEventAt: now - 60_001, lastSourceTs: null }, now, true, T).state).toBe('stale');
    expect(streamFreshness('s.a', { lastEventAt: now - 60_000, lastSourceTs: null }, now, true, T).state).toBe('live');
    expect(streamFreshness('s.a', { lastEventAt: now - 300_001, lastSourceTs: null }, now, true, T)).toMatchObject({ state: 'down', reason: 'quiet' });
  });
  it('is down whenever the hub is disconnected, and down with no data yet', () => {
    expect(streamFreshness('s.a', { lastEventAt: now, lastSourceTs: now }, now, false, T)).toMatchObject({ state: 'down', reason: 'hub-disconnected' });
    expect(streamFreshness('s.a', { lastEventAt: null, lastSourceTs: null }, now, true, T)).toMatchObject({ state: 'down', reason: 'no-data', ageMs: null });
  });
  it('never calls a quiet ops stream down', () => {
    const t = thresholdsFor('ops.notes');
    expect(streamFreshness('ops.notes', { lastEventAt: null, lastSourceTs: null }, now, true, t).state).toBe('live');
    expect(streamFreshness('ops.notes', { lastEventAt: now - 86_400_000, lastSourceTs: null }, now, true, t).state).toBe('live');
  });
  it('picks thresholds by the longest prefix', () => {
    expect(thresholdsFor('its.traffic').staleMs).toBe(120_000);
    expect(thresholdsFor('its.trafficx', { '': T, 'its.': { staleMs: 1, downMs: 2 } }).staleMs).toBe(1);
    expect(thresholdsFor('other.thing', { '': T }).staleMs).toBe(60_000);
  });
});

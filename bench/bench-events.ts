/**
 * Deterministic event sets for the benchmarks: fires, traffic links and alerts with realistic
 * props and geometries, a few thousand keys (so the projection both inserts and updates) and ~5 %
 * removes. The bench hub and the baseline generate the very same events from the same seed.
 */
import type { EventEnvelope } from '../main/common/events.js';
import { seededRandom } from '../main/common/seeded-random.js';

const STREAMS = ['its.traffic', 'forest.fires', 'ndms.alerts', 'its.events'];

export function makeBenchEvents(count: number, seed = 1): EventEnvelope[] {
  const rng = seededRandom(seed);
  const seqs = new Map<string, number>();
  const out: EventEnvelope[] = [];
  const base = 1_790_000_000_000;
  for (let i = 0; i < count; i++) {
    const stream = STREAMS[Math.floor(rng() * STREAMS.length)]!;
    const seq = (seqs.get(stream) ?? 0) + 1;
    seqs.set(stream, seq);
    const key = `${stream}:${Math.floor(rng() * 2000)}`;
    const remove = rng() < 0.05;
    const lon = 126 + rng() * 3.5;
    const lat = 34 + rng() * 4;
    const line = stream === 'its.traffic';
    out.push({
      stream,
      seq,
      id: `${stream}:${i}:${seed}`,
      key,
      kind: line ? 'link-speed' : stream === 'forest.fires' ? 'fire' : 'alert',
      op: remove ? 'remove' : 'upsert',
      ts: base + i * 100,
      receivedAt: base + i * 100 + 1500,
      status: 'test',
      geometry: remove ? null : line ? { type: 'LineString', coordinates: [[lon, lat], [lon + 0.01, lat + 0.005], [lon + 0.02, lat + 0.004]] } : { type: 'Point', coordinates: [lon, lat] },
      props: remove
        ? {}
        : { name: `구간 ${Math.floor(rng() * 9999)}`, speed: Math.round(rng() * 110), level: Math.floor(rng() * 4), updated: new Date(base + i * 100).toISOString(), roadName: '경부고속도로', note: rng() < 0.3 ? '정체 구간 진입 주의' : null },
      source: 'bench',
    });
  }
  return out;
}

/** Test helper: a valid logged event with overridable fields. */
import type { EventEnvelope } from '../../../common/events.js';

export function makeEvent(stream: string, seq: number, over: Partial<EventEnvelope> = {}): EventEnvelope {
  const key = over.key ?? `k${seq % 7}`;
  return {
    stream,
    seq,
    id: `${stream}:${seq}`,
    key,
    kind: 'test',
    op: 'upsert',
    ts: 1_700_000_000_000 + seq * 1000,
    receivedAt: 1_700_000_000_500 + seq * 1000,
    status: 'test',
    geometry: { type: 'Point', coordinates: [127 + (seq % 10) / 10, 36 + (seq % 5) / 10] },
    props: { n: seq, label: `event ${seq}` },
    source: 'test',
    ...over,
  };
}

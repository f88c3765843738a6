import type { CurrentFeature, StreamDiff } from '../store/event-store.js';
import { DiffCoalescer } from './diff-coalescer.js';

const f = (key: string, seq: number): CurrentFeature => ({ stream: 's.a', key, kind: 'k', status: 'test', ts: seq, receivedAt: seq, seq, props: {}, geometry: null });

describe('DiffCoalescer', () => {
  it('keeps the latest state per key and emits at most once per interval', async () => {
    vi.useFakeTimers();
    try {
      const out: StreamDiff[][] = [];
      const c = new DiffCoalescer((d) => out.push(d), 250, () => Date.now());
      c.add([{ stream: 's.a', upserts: [f('a', 1), f('b', 2)], removes: [] }]);
      c.add([{ stream: 's.a', upserts: [f('a', 3)], removes: ['b'] }]);
      expect(out).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(out).toHaveLength(1);
      expect(out[0]).toEqual([{ stream: 's.a', upserts: [f('a', 3)], removes: ['b'] }]);
      c.add([{ stream: 's.a', upserts: [f('c', 4)], removes: [] }]);
      vi.advanceTimersByTime(100);
      expect(out).toHaveLength(1); // not before the interval since the last flush
      vi.advanceTimersByTime(200);
      expect(out).toHaveLength(2);
      c.add([{ stream: 's.a', upserts: [], removes: ['c'] }]);
      c.close();
      expect(out[2]).toEqual([{ stream: 's.a', upserts: [], removes: ['c'] }]);
    } finally {
      vi.useRealTimers();
    }
  });
});

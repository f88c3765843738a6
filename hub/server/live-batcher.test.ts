import { input } from '../test-support/helpers.js';
import type { EventEnvelope } from '../../main/common/events.js';
import { LiveBatcher } from './live-batcher.js';

const env = (n: number): EventEnvelope => ({ ...input(n), seq: n, receivedAt: 0 });

describe('LiveBatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('coalesces events within the delay into one batch', () => {
    const out: EventEnvelope[][] = [];
    const b = new LiveBatcher((e) => out.push(e), 50, 1000);
    for (let i = 1; i <= 30; i++) {
      b.push([env(i)]);
      vi.advanceTimersByTime(1);
    }
    expect(out).toHaveLength(0);
    vi.advanceTimersByTime(50);
    expect(out.map((x) => x.length)).toEqual([30]);
  });

  it('flushes at once when a batch reaches its size limit', () => {
    const out: EventEnvelope[][] = [];
    const b = new LiveBatcher((e) => out.push(e), 50, 10);
    for (let i = 1; i <= 25; i++) b.push([env(i)]);
    expect(out.map((x) => x.length)).toEqual([10, 10]);
    b.close();
    expect(out.map((x) => x.length)).toEqual([10, 10, 5]);
    expect(out.flat().map((e) => e.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});

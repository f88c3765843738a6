/**
 * Coalesces appended events into batches for live delivery: a batch goes out `delayMs` after its first
 * event or as soon as it holds `maxEvents`, so a busy feed never costs one socket frame per event.
 */
import type { EventEnvelope } from '../../main/common/events.js';

export class LiveBatcher {
  private pending: EventEnvelope[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly flushTo: (events: EventEnvelope[]) => void,
    private readonly delayMs = 50,
    private readonly maxEvents = 1000,
  ) {}

  push(events: readonly EventEnvelope[]): void {
    if (events.length === 0) return;
    for (const e of events) this.pending.push(e);
    if (this.pending.length >= this.maxEvents) this.flush();
    else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return;
    const out = this.pending;
    this.pending = [];
    this.flushTo(out);
  }

  close(): void {
    this.flush();
  }
}

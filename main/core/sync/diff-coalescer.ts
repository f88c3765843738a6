/**
 * Coalesces store diffs for the renderer: the latest state per key, flushed at most once per
 * interval, so a busy feed costs a few IPC messages per second rather than one per event.
 */
import type { CurrentFeature, StreamDiff } from '../store/event-store.js';

export class DiffCoalescer {
  private readonly pending = new Map<string, Map<string, CurrentFeature | null>>();
  private timer: NodeJS.Timeout | null = null;
  private lastFlush = 0;

  constructor(
    private readonly emit: (diffs: StreamDiff[]) => void,
    private readonly intervalMs = 250,
    private readonly now: () => number = Date.now,
  ) {}

  add(diffs: readonly StreamDiff[]): void {
    for (const d of diffs) {
      let m = this.pending.get(d.stream);
      if (!m) this.pending.set(d.stream, (m = new Map()));
      for (const key of d.removes) {
        m.delete(key);
        m.set(key, null);
      }
      for (const f of d.upserts) {
        m.delete(f.key);
        m.set(f.key, f);
      }
    }
    if (this.pending.size > 0 && !this.timer) {
      const wait = Math.max(0, this.lastFlush + this.intervalMs - this.now());
      this.timer = setTimeout(() => this.flush(), wait);
    }
  }

  /** Emits what is pending now (also used on close so nothing is lost). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.size === 0) return;
    const out: StreamDiff[] = [];
    for (const [stream, m] of this.pending) {
      const d: StreamDiff = { stream, upserts: [], removes: [] };
      for (const [key, f] of m) {
        if (f) d.upserts.push(f);
        else d.removes.push(key);
      }
      out.push(d);
    }
    this.pending.clear();
    this.lastFlush = this.now();
    this.emit(out);
  }

  close(): void {
    this.flush();
  }
}

/**
 * Scenario timelines: NDJSON, one entry per line, `at` in ms from the start. An entry is either an
 * upstream record for an adapter (`{"at", "adapter", "record"}`, replayed through the same adapter a
 * connector uses) or a ready event without seq/receivedAt, either wrapped (`{"at", "event": {…}}`) or
 * inline (`{"at", "stream", "id", "key", …}`).
 */
import { z } from 'zod';

const entrySchema = z.union([
  z.object({ at: z.number().int().nonnegative(), adapter: z.string().min(1), record: z.unknown() }),
  z.object({ at: z.number().int().nonnegative(), event: z.record(z.string(), z.unknown()) }),
]);

/** `{"at", ...EventInput}` → `{"at", "event": EventInput}`; anything else unchanged. */
function unwrapInline(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const o = json as Record<string, unknown>;
  if (!('stream' in o) || 'event' in o || 'adapter' in o) return json;
  const { at, ...event } = o;
  return { at, event };
}

/** One timeline entry. */
export type TimelineEntry = { at: number; adapter: string; record: unknown } | { at: number; event: Record<string, unknown> };

/** A named, time-ordered list of entries. */
export interface Timeline {
  name: string;
  entries: TimelineEntry[];
  durationMs: number;
}

export function parseTimeline(name: string, text: string): Timeline {
  const entries: TimelineEntry[] = [];
  text.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (t.length === 0 || t.startsWith('//')) return;
    let json: unknown;
    try {
      json = JSON.parse(t);
    } catch {
      throw new Error(`${name} line ${i + 1}: not JSON`);
    }
    const r = entrySchema.safeParse(unwrapInline(json));
    if (!r.success) throw new Error(`${name} line ${i + 1}: ${r.error.issues.map((x) => x.message).join('; ')}`);
    entries.push(r.data as TimelineEntry);
  });
  return makeTimeline(name, entries);
}

export function makeTimeline(name: string, entries: TimelineEntry[]): Timeline {
  // Stable sort: entries at the same time keep file order (a fire's versions stay in sequence).
  const sorted = entries.map((e, i) => [e, i] as const).sort((a, b) => a[0].at - b[0].at || a[1] - b[1]).map(([e]) => e);
  return { name, entries: sorted, durationMs: sorted.length ? sorted[sorted.length - 1]!.at : 0 };
}

export function toNdjson(t: Timeline): string {
  return t.entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
}

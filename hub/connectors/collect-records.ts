/** Runs an adapter's `record` over the items of one payload, splitting events from rejects. */
import type { EventInput } from '../../main/common/events.js';
import type { AdapterContext, ParseResult, Reject, UpstreamStatus } from './types.js';

export interface CollectOptions {
  /** What the upstream said about itself in this payload (default ok). */
  upstream?: UpstreamStatus;
  /**
   * 'keep' passes a repeated record on (the hub drops it by id before giving it a seq);
   * 'reject' quarantines a record whose id repeats one already seen in this payload.
   */
  duplicates?: 'keep' | 'reject';
}

export function collectRecords(items: unknown[], record: (raw: unknown, ctx: AdapterContext) => EventInput | Reject, ctx: AdapterContext, opts: CollectOptions = {}): ParseResult {
  const out: ParseResult = { events: [], rejects: [], upstream: opts.upstream ?? { kind: 'ok' } };
  const seen = opts.duplicates === 'reject' ? new Set<string>() : null;
  for (const item of items) {
    let r: EventInput | Reject;
    try {
      r = record(item, ctx);
    } catch (err) {
      // A record must never take the payload down with it.
      r = { raw: item, reason: `adapter error: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (!('stream' in r)) out.rejects.push(r);
    else if (seen?.has(r.id)) out.rejects.push({ raw: item, reason: `duplicate record: ${r.id} already in this payload` });
    else {
      seen?.add(r.id);
      out.events.push(r);
    }
  }
  return out;
}

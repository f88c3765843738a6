/**
 * Validation of events received from the hub. Every event passes the shared zod envelope schema;
 * the rejected ones are returned with their reasons (they leave a gap, so they are never applied
 * silently out of order).
 */
import { eventEnvelopeSchema, type EventEnvelope } from '../../common/events.js';

export interface ValidatedEvents {
  valid: EventEnvelope[];
  invalid: { stream: unknown; seq: unknown; reason: string }[];
}

export function validateEvents(input: unknown): ValidatedEvents {
  const out: ValidatedEvents = { valid: [], invalid: [] };
  if (!Array.isArray(input)) {
    out.invalid.push({ stream: null, seq: null, reason: 'events is not an array' });
    return out;
  }
  for (const raw of input as unknown[]) {
    const r = eventEnvelopeSchema.safeParse(raw);
    if (r.success) out.valid.push(r.data);
    else {
      const o = (raw ?? {}) as { stream?: unknown; seq?: unknown };
      out.invalid.push({ stream: o.stream, seq: o.seq, reason: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    }
  }
  return out;
}

/**
 * Sensitive records (props.sensitive === true, e.g. vulnerable residents) reach only users with the
 * sensitive grant. Others get the event with its content withheld, never a missing seq: a gap would
 * make their client backfill forever.
 */
import type { EventEnvelope } from '../../main/common/events.js';

export function isSensitive(e: EventEnvelope): boolean {
  return e.props['sensitive'] === true;
}

export function redact(e: EventEnvelope): EventEnvelope {
  const { geometry: _geometry, ...rest } = e;
  return { ...rest, geometry: null, props: { sensitive: true, redacted: true } };
}

/** The events as `user` may see them (the same array when nothing needs withholding). */
export function forUser(events: EventEnvelope[], user: { sensitive: boolean }): EventEnvelope[] {
  if (user.sensitive || !events.some(isSensitive)) return events;
  return events.map((e) => (isSensitive(e) ? redact(e) : e));
}

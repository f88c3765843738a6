/**
 * Validation of events received from the hub. A hand-written check of the shared envelope schema
 * runs first (zod costs tens of µs per event, the largest single cost on the ingest path); it may
 * only accept what the zod schema accepts (a fuzz test holds it to that). Anything it does not
 * accept goes through zod, whose verdict and message stand. Rejected events are returned with their
 * reasons; they leave a gap, so nothing is ever applied silently out of order.
 */
import { eventEnvelopeSchema, type EventEnvelope } from '../../common/events.js';

export interface ValidatedEvents {
  valid: EventEnvelope[];
  invalid: { stream: unknown; seq: unknown; reason: string }[];
}

const STREAM_RE = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;

function str(v: unknown, min: number, max: number): boolean {
  return typeof v === 'string' && v.length >= min && v.length <= max;
}

function isPosition(p: unknown): boolean {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3) return false;
  for (const x of p) if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  return true;
}

function positions(list: unknown, min: number): boolean {
  if (!Array.isArray(list) || list.length < min) return false;
  for (const p of list) if (!isPosition(p)) return false;
  return true;
}

function each(list: unknown, ok: (x: unknown) => boolean): boolean {
  if (!Array.isArray(list)) return false;
  for (const x of list) if (!ok(x)) return false;
  return true;
}

function isGeometry(g: unknown): boolean {
  if (typeof g !== 'object' || g === null || Array.isArray(g)) return false;
  const { type, coordinates: c } = g as { type?: unknown; coordinates?: unknown };
  switch (type) {
    case 'Point':
      return isPosition(c);
    case 'MultiPoint':
      return positions(c, 0);
    case 'LineString':
      return positions(c, 2);
    case 'MultiLineString':
      return each(c, (l) => positions(l, 2));
    case 'Polygon':
      return each(c, (r) => positions(r, 4));
    case 'MultiPolygon':
      return each(c, (poly) => each(poly, (r) => positions(r, 4)));
    default:
      return false;
  }
}

/** True only for an object the shared envelope schema accepts as it is. */
export function isValidEnvelopeFast(raw: unknown): raw is EventEnvelope {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const e = raw as Record<string, unknown>;
  const props = e['props'];
  const geometry = e['geometry'];
  return (
    typeof e['stream'] === 'string' &&
    STREAM_RE.test(e['stream']) &&
    str(e['id'], 1, 256) &&
    str(e['key'], 1, 256) &&
    str(e['kind'], 1, 64) &&
    (e['op'] === 'upsert' || e['op'] === 'remove') &&
    Number.isSafeInteger(e['ts']) &&
    (e['status'] === 'actual' || e['status'] === 'exercise' || e['status'] === 'test') &&
    (geometry === undefined || geometry === null || isGeometry(geometry)) &&
    typeof props === 'object' &&
    props !== null &&
    !Array.isArray(props) &&
    Object.getPrototypeOf(props) === Object.prototype &&
    str(e['source'], 1, 128) &&
    Number.isSafeInteger(e['seq']) &&
    (e['seq'] as number) > 0 &&
    Number.isSafeInteger(e['receivedAt'])
  );
}

export function validateEvents(input: unknown): ValidatedEvents {
  const out: ValidatedEvents = { valid: [], invalid: [] };
  if (!Array.isArray(input)) {
    out.invalid.push({ stream: null, seq: null, reason: 'events is not an array' });
    return out;
  }
  for (const raw of input as unknown[]) {
    if (isValidEnvelopeFast(raw)) {
      out.valid.push(raw);
      continue;
    }
    const r = eventEnvelopeSchema.safeParse(raw);
    if (r.success) out.valid.push(r.data);
    else {
      const o = (raw ?? {}) as { stream?: unknown; seq?: unknown };
      out.invalid.push({ stream: o.stream, seq: o.seq, reason: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    }
  }
  return out;
}

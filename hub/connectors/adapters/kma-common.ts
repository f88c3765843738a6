/**
 * KMA data.go.kr services (EqkInfoService, TyphoonInfoService): envelope
 * `{response:{header:{resultCode,resultMsg},body:{items:{item:[…]|{…}}}}}`. resultCode "00" ok,
 * "03" NODATA_ERROR (no earthquake or no typhoon now: not an error), "22" quota, others errors.
 * An `item` may be a single object instead of an array (XML-to-JSON conversion); both are accepted.
 */
import type { EventInput } from '../../../main/common/events.js';
import type { AdapterContext, ParseResult, Reject } from '../types.js';
import { isObject, parseJson, statusOf, text } from './its-common.js';

/** KMA compact times: "yyyyMMddHHmm" or "yyyyMMddHHmmss" (KST) → UTC ms, or null. */
export function parseKmaTime(v: unknown): number | null {
  const s = text(v);
  const m = s ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?$/.exec(s) : null;
  if (!m) return null;
  const [y, mo, d, h, mi, se] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? '0')];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, se);
  if (new Date(t).getUTCDate() !== d) return null;
  return t - 9 * 3600_000;
}

/** Unwraps the envelope and runs `record` over the items; duplicates (same id) are rejected. */
export function kmaPayload(payload: string, ctx: AdapterContext, record: (raw: unknown, ctx: AdapterContext) => EventInput | Reject): ParseResult {
  const parsed = parseJson(payload);
  if ('result' in parsed) return parsed.result;
  const response = isObject(parsed.doc) ? parsed.doc['response'] : undefined;
  const header = isObject(response) ? response['header'] : undefined;
  if (!isObject(response) || !isObject(header)) return { events: [], rejects: [{ raw: parsed.doc, reason: 'no response.header' }], upstream: { kind: 'error', message: 'no response.header' } };
  if (text(header['resultCode']) === '03') return { events: [], rejects: [], upstream: { kind: 'ok' } };
  const upstream = statusOf(header);
  if (upstream.kind !== 'ok') return { events: [], rejects: [], upstream };
  const body = response['body'];
  const items = isObject(body) ? body['items'] : undefined;
  const raw = isObject(items) ? items['item'] : items === '' || items == null ? [] : undefined;
  if (raw === undefined) return { events: [], rejects: [{ raw: body, reason: 'body.items.item missing' }], upstream };
  const list = Array.isArray(raw) ? raw : [raw];
  const out: ParseResult = { events: [], rejects: [], upstream };
  const seen = new Set<string>();
  for (const item of list) {
    const r = record(item, ctx);
    if (!('stream' in r)) out.rejects.push(r);
    else if (seen.has(r.id)) out.rejects.push({ raw: item, reason: `duplicate of ${r.id} in the same response` });
    else {
      seen.add(r.id);
      out.events.push(r);
    }
  }
  return out;
}

/** A number in [min, max], or a reason; `optional` lets missing/empty pass as null. */
export function ranged(v: unknown, name: string, min: number, max: number, optional = false): number | null | { reason: string } {
  const s = text(v);
  if (s === null) return optional ? null : { reason: `${name} missing` };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return { reason: `${name} is not a number: ${JSON.stringify(v)}` };
  const n = Number(s);
  if (n < min || n > max) return { reason: `${name}=${n} out of range [${min}, ${max}]` };
  return n;
}

export const isReason = (x: unknown): x is { reason: string } => isObject(x) && typeof x['reason'] === 'string';

/**
 * Shared parts of the ITS open API adapters (openapi.its.go.kr:9443): the JSON envelope
 * `{header:{resultCode,resultMsg,totalCount},body:{totalCount,items:[]}}` with errors signalled inside
 * an HTTP 200 (non-zero resultCode: 4001 quota, 4005 unknown key ...), and the field readers for
 * values that arrive as strings, numbers or empty strings.
 */
import { createHash } from 'node:crypto';
import type { EventInput } from '../../../main/common/events.js';
import type { AdapterContext, ParseResult, Reject, UpstreamStatus } from '../types.js';
import { collectRecords } from '../collect-records.js';

/** resultCodes meaning "too many requests" (back off, don't alarm). */
const QUOTA_CODES = new Set(['4001', '22']);
/** Largest payload an adapter parses; bigger ones are rejected whole (a broken proxy, a wrong URL). */
export const MAX_PAYLOAD_CHARS = 32 * 1024 * 1024;

/** Korea, with the sea around it: anything outside is a wrong coordinate. */
export const KOREA_BOUNDS = { minLon: 124, maxLon: 132, minLat: 33, maxLat: 39 } as const;

/** A trimmed non-empty string from a string or number; null for missing, null-ish or empty. */
export function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** A finite number from a number or numeric string; null for missing/empty; NaN for junk. */
export function numeric(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : Number.NaN;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return null;
    return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : Number.NaN;
  }
  return Number.NaN;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Short stable hash for ids (not security). */
export function digest(...parts: Array<string | number | null>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/** Checks a lon/lat pair; swapped pairs (lat in the lon field) get their own reason. */
export function checkLonLat(lonRaw: unknown, latRaw: unknown, lonName: string, latName: string): { lon: number; lat: number } | { reason: string } {
  const lon = numeric(lonRaw);
  const lat = numeric(latRaw);
  if (lon === null || lat === null) return { reason: `${lon === null ? lonName : latName} (coordinate) missing` };
  if (Number.isNaN(lon) || Number.isNaN(lat)) return { reason: `${Number.isNaN(lon) ? lonName : latName} is not a number: ${JSON.stringify(Number.isNaN(lon) ? lonRaw : latRaw)}` };
  const b = KOREA_BOUNDS;
  const inside = (x: number, y: number) => x >= b.minLon && x <= b.maxLon && y >= b.minLat && y <= b.maxLat;
  if (inside(lon, lat)) return { lon, lat };
  if (inside(lat, lon)) return { reason: `coordinates look swapped: ${lonName}=${lon} is a latitude and ${latName}=${lat} a longitude` };
  return { reason: `coordinates outside Korea: ${lonName}=${lon}, ${latName}=${lat}` };
}

/** Parses JSON text, or says why not (size first, so a huge body is not parsed at all). */
export function parseJson(payload: string): { doc: unknown } | { result: ParseResult } {
  if (payload.length > MAX_PAYLOAD_CHARS) {
    const message = `payload too large: ${payload.length} characters (limit ${MAX_PAYLOAD_CHARS})`;
    return { result: { events: [], rejects: [{ raw: payload.slice(0, 1024), reason: message }], upstream: { kind: 'error', message } } };
  }
  try {
    return { doc: JSON.parse(payload) as unknown };
  } catch (err) {
    const message = `malformed JSON: ${err instanceof Error ? err.message : String(err)}`;
    return { result: { events: [], rejects: [{ raw: payload.slice(0, 4096), reason: message }], upstream: { kind: 'error', message } } };
  }
}

/** Status from a header's resultCode: 0/00 ok, 4001 quota, anything else an error with its message. */
export function statusOf(header: Record<string, unknown>): UpstreamStatus {
  const code = text(header['resultCode']);
  if (code === null) return { kind: 'error', message: 'header.resultCode missing' };
  if (/^0+$/.test(code)) return { kind: 'ok' };
  const message = `resultCode ${code}: ${text(header['resultMsg']) ?? 'no message'}`;
  return QUOTA_CODES.has(code) ? { kind: 'quota', message } : { kind: 'error', message };
}

/**
 * Unwraps the ITS envelope into its items, or the result to return at once (an error, the quota, a
 * body that is not a list). `items` may come as a list, a single object, or `{item: [...]}`.
 */
export function unwrapEnvelope(doc: unknown): { items: unknown[] } | { result: ParseResult } {
  if (!isObject(doc) || !isObject(doc['header'])) return { result: { events: [], rejects: [{ raw: doc, reason: 'not an ITS envelope: no header object' }], upstream: { kind: 'error', message: 'no header' } } };
  const status = statusOf(doc['header']);
  if (status.kind !== 'ok') return { result: { events: [], rejects: [], upstream: status } };
  const body = doc['body'];
  if (body === null || body === undefined || body === '') return { items: [] };
  if (!isObject(body)) return { result: { events: [], rejects: [{ raw: body, reason: 'body is not an object' }], upstream: { kind: 'ok' } } };
  let items = body['items'];
  if (isObject(items) && 'item' in items) items = items['item'];
  if (items === null || items === undefined || items === '') return { items: [] };
  if (isObject(items)) return { items: [items] };
  if (!Array.isArray(items)) return { result: { events: [], rejects: [{ raw: items, reason: 'body.items is not a list' }], upstream: { kind: 'ok' } } };
  return { items };
}

/** Runs `record` over items, splitting events and rejects (repeats kept: the hub drops them by id). */
export function collect(items: unknown[], record: (raw: unknown, ctx: AdapterContext) => EventInput | Reject, ctx: AdapterContext, upstream: UpstreamStatus = { kind: 'ok' }): ParseResult {
  return collectRecords(items, record, ctx, { upstream });
}

/** The usual `payload` for envelope endpoints. */
export function envelopePayload(record: (raw: unknown, ctx: AdapterContext) => EventInput | Reject) {
  return (payload: string, ctx: AdapterContext): ParseResult => {
    const parsed = parseJson(payload);
    if ('result' in parsed) return parsed.result;
    const unwrapped = unwrapEnvelope(parsed.doc);
    if ('result' in unwrapped) return unwrapped.result;
    return collect(unwrapped.items, record, ctx);
  };
}

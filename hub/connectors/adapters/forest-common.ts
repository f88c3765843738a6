/**
 * Shared parts of the forest adapters: list unwrapping for the data.go.kr style envelopes, a small
 * CSV reader (FIRMS), the time formats these feeds use, and a collector that rejects duplicates.
 */
import type { EventInput } from '../../../main/common/events.js';
import type { AdapterContext, ParseResult, Reject } from '../types.js';
import { collectRecords } from '../collect-records.js';
import { MAX_PAYLOAD_CHARS, isObject, statusOf, text } from './its-common.js';

const KST_OFFSET_MS = 9 * 3600_000;

/** Calendar check (rejects 02/30, 25:00) and UTC epoch ms of the given wall time minus an offset. */
function wall(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMs: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(t);
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) return null;
  return t - offsetMs;
}

/**
 * KST local time in the shapes the forest feeds use → UTC epoch ms, or null:
 * "YYYY-MM-DD HH:MM[:SS]", "YYYY/MM/DD HH:MM[:SS]", "YYYY-MM-DD HH" (analysis hour), "YYYY-MM-DD",
 * and the compact "YYYYMMDD[HH[MM[SS]]]".
 */
export function parseKstFlexible(textIn: string): number | null {
  const t = textIn.trim();
  let m = /^(\d{4})[-/.](\d{2})[-/.](\d{2})(?:[ T](\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?$/.exec(t);
  if (!m) m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(?:(\d{2})(\d{2})?)?)?$/.exec(t);
  if (!m) return null;
  return wall(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), KST_OFFSET_MS);
}

/**
 * FIRMS `acq_date` ("YYYY-MM-DD", UTC) + `acq_time` (HHMM UTC, leading zeros often dropped: "512" is
 * 05:12, "45" is 00:45, "5" is 00:05) → UTC epoch ms, or null.
 */
export function parseFirmsTime(date: string, time: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const tm = time.trim();
  if (!d || !/^\d{1,4}$/.test(tm)) return null;
  const hhmm = tm.padStart(4, '0');
  return wall(+d[1]!, +d[2]!, +d[3]!, +hhmm.slice(0, 2), +hhmm.slice(2), 0, 0);
}

/**
 * Comma-separated values with a header line; quoted fields ("a,b", "" for a quote) allowed.
 * Returns the header and one object per data line (blank lines skipped), or a reason.
 */
export function parseCsv(text: string): { header: string[]; rows: Array<Record<string, string>>; bad: Array<{ line: number; raw: string; reason: string }> } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '')?.map((h) => h.trim()) ?? [];
  const rows: Array<Record<string, string>> = [];
  const bad: Array<{ line: number; raw: string; reason: string }> = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const cells = splitCsvLine(raw);
    if (!cells) {
      bad.push({ line: i + 1, raw, reason: `line ${i + 1}: unbalanced quotes` });
      continue;
    }
    if (cells.length !== header.length) {
      bad.push({ line: i + 1, raw, reason: `line ${i + 1}: ${cells.length} fields, header has ${header.length}` });
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((h, k) => (row[h] = cells[k]!));
    rows.push(row);
  }
  return { header, rows, bad };
}

function splitCsvLine(line: string): string[] | null {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (quoted) return null;
  out.push(cur);
  return out;
}

/** A payload too big to parse, as the result to return. */
export function tooLarge(payload: string): ParseResult | null {
  if (payload.length <= MAX_PAYLOAD_CHARS) return null;
  const message = `payload too large: ${payload.length} characters (limit ${MAX_PAYLOAD_CHARS})`;
  return { events: [], rejects: [{ raw: payload.slice(0, 1024), reason: message }], upstream: { kind: 'error', message } };
}

/**
 * The record list inside a JSON document: a bare array, `{<listKey>: [...]}`, or the data.go.kr
 * shapes `{response:{body:{items:{item:[...]}}}}` / `{body:{items:[...]}}` / `{items:[...]}`.
 * A single object where a list is expected counts as a list of one.
 */
export function findList(doc: unknown, listKeys: readonly string[]): unknown[] | null {
  if (Array.isArray(doc)) return doc;
  if (!isObject(doc)) return null;
  for (const k of listKeys) {
    const v = doc[k];
    if (Array.isArray(v)) return v;
    if (isObject(v)) return [v];
  }
  for (const k of ['response', 'body', 'items', 'item', 'data']) {
    const v = doc[k];
    if (v === undefined || v === null) continue;
    if (k === 'items' || k === 'item' || k === 'data') {
      if (Array.isArray(v)) return v;
      if (isObject(v)) return 'item' in v ? findList(v['item'], []) : [v];
    }
    const inner = findList(v, listKeys);
    if (inner) return inner;
  }
  return null;
}

/**
 * Runs `record` over items; a record that throws, or whose id repeats one already seen in this payload,
 * becomes a Reject with the reason.
 */
export function collectUnique(items: unknown[], record: (raw: unknown, ctx: AdapterContext) => EventInput | Reject, ctx: AdapterContext): ParseResult {
  return collectRecords(items, record, ctx, { duplicates: 'reject' });
}

/** Parses a JSON payload and hands its record list to `collectUnique`. */
export function jsonListPayload(listKeys: readonly string[], record: (raw: unknown, ctx: AdapterContext) => EventInput | Reject) {
  return (payload: string, ctx: AdapterContext): ParseResult => {
    const big = tooLarge(payload);
    if (big) return big;
    let doc: unknown;
    try {
      doc = JSON.parse(payload);
    } catch (err) {
      const message = `malformed JSON: ${err instanceof Error ? err.message : String(err)}`;
      return { events: [], rejects: [{ raw: payload.slice(0, 4096), reason: message }], upstream: { kind: 'error', message } };
    }
    // data.go.kr envelopes signal errors inside a 200: resultCode 00 ok, 03 no data, 22 quota, others errors.
    const header = isObject(doc) ? (isObject(doc['header']) ? doc['header'] : isObject(doc['response']) && isObject(doc['response']['header']) ? doc['response']['header'] : null) : null;
    if (header && text(header['resultCode']) === '03') return { events: [], rejects: [], upstream: { kind: 'ok' } };
    if (header) {
      const status = statusOf(header);
      if (status.kind !== 'ok') return { events: [], rejects: [], upstream: status };
    }
    const list = findList(doc, listKeys);
    if (!list) return { events: [], rejects: [{ raw: doc, reason: `no record list (expected ${listKeys.join(' or ')} or response.body.items)` }], upstream: { kind: 'error', message: 'no record list' } };
    return collectUnique(list, record, ctx);
  };
}

/**
 * Shelters from the public standard data (민방위·이재민 대피시설 표준데이터) → `ndms.shelters`.
 * Fields: REARE_NM (name), RONA_DADDR (road address), LAT, LOT (longitude), SHLT_SE_CD / SHLT_SE_NM
 * (type code / name), MNG_SN (management serial, the key). The payload is the CSV file (header row
 * with those names, RFC 4180 quoting; decode CP949 files to text before) or JSON: an array of rows,
 * `{records:[…]}`, or a data.go.kr `{response:{body:{items:[…]}}}`.
 * Rejects: missing MNG_SN or REARE_NM, coordinates missing, non-numeric, outside Korea or swapped,
 * a repeated MNG_SN within one file (the first row wins), oversized payloads, CSV rows with the
 * wrong number of fields.
 */
import type { EventInput } from '../../../main/common/events.js';
import { NDMS_STREAMS } from '../../../main/common/ndms/alerts.js';
import type { ShelterProps } from '../../../main/common/ndms/hazards.js';
import type { Adapter, AdapterContext, ParseResult, Reject } from '../types.js';
import { checkLonLat, digest, isObject, MAX_PAYLOAD_CHARS, text } from './its-common.js';

export const SHELTERS_SOURCE = 'data.go.kr:shelters-standard';

/** RFC 4180 CSV → rows of fields (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
}

function record(raw: unknown, ctx: AdapterContext): EventInput | Reject {
  if (!isObject(raw)) return { raw, reason: 'record is not an object' };
  const sn = text(raw['MNG_SN']);
  if (!sn) return { raw, reason: 'MNG_SN (management serial) missing' };
  const name = text(raw['REARE_NM']);
  if (!name) return { raw, reason: 'REARE_NM (shelter name) missing' };
  const pos = checkLonLat(raw['LOT'], raw['LAT'], 'LOT', 'LAT');
  if ('reason' in pos) return { raw, reason: pos.reason };
  const props: ShelterProps = {
    name,
    address: text(raw['RONA_DADDR']),
    typeCode: text(raw['SHLT_SE_CD']),
    typeName: text(raw['SHLT_SE_NM']),
    capacity: null,
    occupancy: 0,
    open: false,
    demo: false,
  };
  return { stream: NDMS_STREAMS.shelters, id: `shelter:${sn}:${digest(name, props.address, pos.lon, pos.lat, props.typeCode)}`, key: `shelter:${sn}`, kind: 'shelter', op: 'upsert', ts: ctx.now, status: 'actual', geometry: { type: 'Point', coordinates: [pos.lon, pos.lat] }, props, source: SHELTERS_SOURCE };
}

function rowsOf(text: string): { rows: unknown[] } | { reject: Reject } {
  const t = text.trimStart();
  if (t.startsWith('[') || t.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(t);
    } catch (e) {
      return { reject: { raw: t.slice(0, 1024), reason: `malformed JSON: ${e instanceof Error ? e.message : String(e)}` } };
    }
    if (Array.isArray(doc)) return { rows: doc };
    const d = isObject(doc) ? doc : {};
    const body = isObject(d['response']) && isObject(d['response']['body']) ? d['response']['body'] : null;
    const items = Array.isArray(d['records']) ? d['records'] : body && Array.isArray(body['items']) ? body['items'] : null;
    return items ? { rows: items } : { reject: { raw: doc, reason: 'JSON without rows (expected an array, records or response.body.items)' } };
  }
  const csv = parseCsv(text);
  const header = csv[0]?.map((h) => h.trim());
  if (!header || !header.includes('MNG_SN')) return { reject: { raw: text.slice(0, 1024), reason: 'CSV header lacks MNG_SN (expected REARE_NM, RONA_DADDR, LAT, LOT, SHLT_SE_CD, SHLT_SE_NM, MNG_SN)' } };
  return {
    rows: csv.slice(1).map((r, i) =>
      r.length !== header.length ? { __csvError: `CSV row ${i + 2} has ${r.length} fields, the header ${header.length}`, raw: r } : Object.fromEntries(header.map((h, k) => [h, r[k]])),
    ),
  };
}

function payload(src: string, ctx: AdapterContext): ParseResult {
  if (src.length > MAX_PAYLOAD_CHARS) return { events: [], rejects: [{ raw: src.slice(0, 1024), reason: `payload is ${src.length} characters, over the ${MAX_PAYLOAD_CHARS} limit` }], upstream: { kind: 'error', message: 'oversized payload' } };
  const got = rowsOf(src);
  if ('reject' in got) return { events: [], rejects: [got.reject], upstream: { kind: 'ok' } };
  const out: ParseResult = { events: [], rejects: [], upstream: { kind: 'ok' } };
  const seen = new Set<string>();
  for (const row of got.rows) {
    if (isObject(row) && typeof row['__csvError'] === 'string') {
      out.rejects.push({ raw: row['raw'], reason: row['__csvError'] });
      continue;
    }
    const r = record(row, ctx);
    if (!('stream' in r)) out.rejects.push(r);
    else if (seen.has(r.key)) out.rejects.push({ raw: row, reason: `duplicate MNG_SN ${r.key.slice(8)} (the first row was kept)` });
    else {
      seen.add(r.key);
      out.events.push(r);
    }
  }
  return out;
}

export const sheltersAdapter: Adapter = { id: 'shelters', record, payload };

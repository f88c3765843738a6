/**
 * Turning rows of a real file into panel records with a column mapping: source column → record prop
 * (with a type), where the record is (lon/lat columns, a region-code column, or the GeoJSON feature's
 * own geometry), and which column is the key. Every row that cannot become a record is returned as a
 * rejection with its line and reason — nothing is dropped silently.
 */
import { z } from 'zod';
import type { GeoJsonGeometry } from '../events.js';
import { geometrySchema } from '../events.js';
import { CsvStreamParser, type CsvRow } from './csv-stream.js';
import type { ImportedRecord } from './panel-records.js';

/** Where a record is placed. */
export const importLocationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lonlat'), lon: z.string().min(1), lat: z.string().min(1) }),
  /** A 2-digit province, 5-digit sigungu or 10-digit code column; stored in the record's `regionKey` prop. */
  z.object({ kind: z.literal('region'), column: z.string().min(1), prop: z.string().min(1) }),
  /** GeoJSON input: the feature's own geometry. */
  z.object({ kind: z.literal('geometry') }),
  z.object({ kind: z.literal('none') }),
]);
export type ImportLocation = z.infer<typeof importLocationSchema>;

export const importMappingSchema = z.object({
  columns: z.array(z.object({ from: z.string().min(1), to: z.string().min(1), type: z.enum(['text', 'number', 'boolean', 'date']).default('text'), required: z.boolean().default(false) })).min(1),
  /** Source column holding the record key; absent: `<importId>:<line>`. */
  key: z.string().min(1).optional(),
  location: importLocationSchema,
});
/** A column mapping as the operator sets it up (defaults filled in by `importMappingSchema.parse`). */
export type ImportMapping = z.output<typeof importMappingSchema>;

/** A row that did not become a record. `line`: CSV line, or 1-based feature number for GeoJSON. */
export interface ImportReject {
  line: number;
  reason: string;
  /** The row as read (fields by header name), truncated for the report. */
  raw: Record<string, unknown> | string;
}

export interface ImportContext {
  importId: string;
  /** Region codes the region index knows (optional; the renderer may not have one). */
  regionExists?: ((code: string) => boolean) | undefined;
}

/** Korea's extent with a margin: coordinates outside are swapped or wrong. */
const KOREA = { minLon: 124, maxLon: 132, minLat: 33, maxLat: 39 } as const;

function convert(v: unknown, type: 'text' | 'number' | 'boolean' | 'date'): { ok: true; value: unknown } | { ok: false; why: string } {
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return { ok: true, value: null };
  switch (type) {
    case 'text':
      return { ok: true, value: typeof v === 'string' ? v.trim() : typeof v === 'object' ? JSON.stringify(v) : String(v) };
    case 'number': {
      const n = typeof v === 'number' ? v : Number(String(v).replace(/,/g, '').trim());
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, why: `"${String(v)}" is not a number` };
    }
    case 'boolean': {
      const s = String(v).trim().toLowerCase();
      if (['true', '1', 'y', 'yes', '예', 'o'].includes(s)) return { ok: true, value: true };
      if (['false', '0', 'n', 'no', '아니오', 'x'].includes(s)) return { ok: true, value: false };
      return { ok: false, why: `"${String(v)}" is not yes/no` };
    }
    case 'date': {
      const s = String(v).trim();
      if (/^-?\d{10,}$/.test(s)) return { ok: true, value: Number(s) }; // epoch ms, as exports write them
      // Dates without a zone are Korean local time (KST, UTC+9), as Korean files write them.
      const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : /^\d{4}-\d\d-\d\d$/.test(s) ? `${s}T00:00:00+09:00` : `${s.replace(' ', 'T')}+09:00`;
      const t = typeof v === 'number' ? v : Date.parse(withZone);
      return Number.isFinite(t) ? { ok: true, value: t } : { ok: false, why: `"${s}" is not a date` };
    }
    default:
      return { ok: false, why: 'unknown type' };
  }
}

function trimRaw(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).slice(0, 40).map(([k, v]) => [k, typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v]));
}

/** One row (fields by column name) → a record or the reason it is rejected. */
export function mapRow(row: Record<string, unknown>, line: number, mapping: ImportMapping, ctx: ImportContext, featureGeometry?: unknown): ImportedRecord | ImportReject {
  const reject = (reason: string): ImportReject => ({ line, reason, raw: trimRaw(row) });
  const props: Record<string, unknown> = {};
  for (const c of mapping.columns) {
    // GeoJSON features often leave properties out: absent is empty (CSV headers are checked up front).
    if (!(c.from in row) && c.required) return reject(`column "${c.from}" missing`);
    const v = convert(row[c.from], c.type);
    if (!v.ok) return reject(`${c.from}: ${v.why}`);
    if (c.required && v.value === null) return reject(`${c.from} is empty`);
    props[c.to] = v.value;
  }
  let key = `${ctx.importId}:${line}`;
  if (mapping.key) {
    const k = row[mapping.key];
    const s = k === undefined || k === null ? '' : String(k).trim();
    if (!s) return reject(`key column "${mapping.key}" is empty`);
    if (s.length > 200) return reject(`key "${s.slice(0, 20)}…" is longer than 200 characters`);
    key = s;
  }
  let geometry: GeoJsonGeometry | null = null;
  const loc = mapping.location;
  switch (loc.kind) {
    case 'lonlat': {
      const lon = convert(row[loc.lon], 'number');
      const lat = convert(row[loc.lat], 'number');
      if (!lon.ok || !lat.ok) return reject(`coordinates are not numbers (${loc.lon} "${String(row[loc.lon])}", ${loc.lat} "${String(row[loc.lat])}")`);
      if (lon.value === null || lat.value === null) return reject(`coordinates missing (${loc.lon}, ${loc.lat})`);
      const x = lon.value as number;
      const y = lat.value as number;
      if (x >= KOREA.minLat && x <= KOREA.maxLat && y >= KOREA.minLon && y <= KOREA.maxLon) return reject(`longitude ${x} and latitude ${y} look swapped`);
      if (x < KOREA.minLon || x > KOREA.maxLon || y < KOREA.minLat || y > KOREA.maxLat) return reject(`position ${x}, ${y} is outside Korea`);
      geometry = { type: 'Point', coordinates: [x, y] };
      break;
    }
    case 'region': {
      const code = String(row[loc.column] ?? '').trim();
      if (!/^\d{2}$|^\d{5}$|^\d{10}$/.test(code)) return reject(`region code "${code}" in ${loc.column} is not 2, 5 or 10 digits`);
      if (ctx.regionExists && !ctx.regionExists(code)) return reject(`region code ${code} is unknown`);
      props[loc.prop] = code;
      break;
    }
    case 'geometry': {
      const g = geometrySchema.safeParse(featureGeometry);
      if (!g.success) return reject(featureGeometry ? 'the feature geometry is not valid GeoJSON (or a GeometryCollection)' : 'the feature has no geometry');
      geometry = g.data;
      break;
    }
    case 'none':
      break;
    default:
      return reject('unknown location kind');
  }
  return { key, props, geometry };
}

/** The outcome of an import's parsing. */
export interface ImportResult {
  records: ImportedRecord[];
  rejects: ImportReject[];
  /** Rows (CSV) or features (GeoJSON) read. */
  rows: number;
}

/**
 * Streams CSV text through the mapping: push decoded chunks, then `end()`. Duplicate keys keep the
 * first row and reject the later ones. `onRecords` receives records as rows complete (for batching).
 */
export class CsvImporter {
  private readonly parser = new CsvStreamParser();
  private header: string[] | null = null;
  private readonly seen = new Set<string>();
  readonly result: ImportResult = { records: [], rejects: [], rows: 0 };

  constructor(
    private readonly mapping: ImportMapping,
    private readonly ctx: ImportContext,
    /** Called with each chunk's new records; when given, records are not also kept in `result.records`. */
    private readonly onRecords?: (records: ImportedRecord[]) => void,
  ) {}

  push(text: string): void {
    this.rows(this.parser.push(text));
  }

  end(): ImportResult {
    this.rows(this.parser.end());
    if (!this.header) this.result.rejects.push({ line: 1, reason: 'the file is empty (no header row)', raw: '' });
    return this.result;
  }

  private rows(rows: CsvRow[]): void {
    const fresh: ImportedRecord[] = [];
    for (const r of rows) {
      if (!this.header) {
        this.header = r.fields.map((h) => h.trim());
        const missing = this.neededColumns().filter((c) => !this.header!.includes(c));
        if (missing.length) this.result.rejects.push({ line: r.line, reason: `header lacks column(s) ${missing.join(', ')}: every row will be rejected`, raw: this.header.join(',') });
        continue;
      }
      this.result.rows++;
      if (r.fields.length !== this.header.length) {
        this.result.rejects.push({ line: r.line, reason: `row has ${r.fields.length} fields, the header ${this.header.length}`, raw: r.fields.join(',').slice(0, 400) });
        continue;
      }
      const row = Object.fromEntries(this.header.map((h, k) => [h, r.fields[k]]));
      const out = mapRow(row, r.line, this.mapping, this.ctx);
      if ('reason' in out) this.result.rejects.push(out);
      else if (this.seen.has(out.key)) this.result.rejects.push({ line: r.line, reason: `duplicate key ${out.key} (the first row was kept)`, raw: row });
      else {
        this.seen.add(out.key);
        fresh.push(out);
      }
    }
    if (fresh.length === 0) return;
    if (this.onRecords) this.onRecords(fresh);
    else for (const f of fresh) this.result.records.push(f);
  }

  private neededColumns(): string[] {
    const m = this.mapping;
    const loc = m.location.kind === 'lonlat' ? [m.location.lon, m.location.lat] : m.location.kind === 'region' ? [m.location.column] : [];
    return [...new Set([...m.columns.map((c) => c.from), ...(m.key ? [m.key] : []), ...loc])];
  }
}

/**
 * A GeoJSON FeatureCollection through the mapping (feature properties are the columns; location
 * `geometry` takes each feature's geometry). `onProgress(done, total)` is called every 1,000 features.
 */
export function importGeoJson(text: string, mapping: ImportMapping, ctx: ImportContext, onProgress?: (done: number, total: number) => void): ImportResult {
  const result: ImportResult = { records: [], rejects: [], rows: 0 };
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    result.rejects.push({ line: 0, reason: `not JSON: ${e instanceof Error ? e.message : String(e)}`, raw: text.slice(0, 200) });
    return result;
  }
  const d = doc as { type?: unknown; features?: unknown };
  if (d?.type !== 'FeatureCollection' || !Array.isArray(d.features)) {
    result.rejects.push({ line: 0, reason: 'not a GeoJSON FeatureCollection', raw: text.slice(0, 200) });
    return result;
  }
  const seen = new Set<string>();
  const features = d.features as unknown[];
  features.forEach((f, i) => {
    result.rows++;
    const feat = f as { type?: unknown; properties?: unknown; geometry?: unknown; id?: unknown };
    const line = i + 1;
    if (feat?.type !== 'Feature') {
      result.rejects.push({ line, reason: 'not a GeoJSON Feature', raw: JSON.stringify(f).slice(0, 200) });
      return;
    }
    const props = feat.properties && typeof feat.properties === 'object' ? { ...(feat.properties as Record<string, unknown>) } : {};
    if (feat.id !== undefined && !('id' in props)) props['id'] = feat.id;
    const out = mapRow(props, line, mapping, ctx, feat.geometry);
    if ('reason' in out) result.rejects.push(out);
    else if (seen.has(out.key)) result.rejects.push({ line, reason: `duplicate key ${out.key} (the first feature was kept)`, raw: props });
    else {
      seen.add(out.key);
      result.records.push(out);
    }
    if (onProgress && (line % 1000 === 0 || line === features.length)) onProgress(line, features.length);
  });
  return result;
}

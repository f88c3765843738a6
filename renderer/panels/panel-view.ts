/**
 * A panel's view, as pure functions: the panel's records from its live stream, then the area of
 * interest, the panel's filters, free-text search and the sort, then the summary figures over what
 * is left. Everything the list, the map link and the export show is this one array.
 */
import type { LiveFeature } from '../../main/common/live-sync';
import type { PanelColumn, PanelDefinition, PanelSummary } from '../../main/common/panels/panel-definition';
import { PANEL_IMPORT_STREAM, panelRecords as recordsOf, type PanelRecord } from '../../main/common/panels/panel-records';
import { prepareArea, recordInArea, regionOverlap } from '../../main/common/panels/aoi-filter';
import type { ResolvedAoi } from '../../main/common/panels/aoi';

export type { PanelRecord };

/** A filter's current value; absent or empty means "no filter". */
export type FilterValue =
  | { kind: 'enum'; values: string[] }
  | { kind: 'range'; min: number | null; max: number | null }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean | null };

export interface SortSpec {
  key: string;
  dir: 'asc' | 'desc';
}

/** What the operator chose in a panel (AOI is shared by all panels and passed separately). */
export interface PanelQuery {
  search: string;
  filters: Record<string, FilterValue>;
  sort: SortSpec | null;
}

export const EMPTY_QUERY: PanelQuery = Object.freeze({ search: '', filters: {}, sort: null }) as PanelQuery;

type Streams = Readonly<Record<string, Readonly<Record<string, LiveFeature>>>>;

/** The record's title (the definition's title prop; the key when absent). */
export function titleOf(def: PanelDefinition, r: PanelRecord): string {
  const t = r.props[def.titleKey];
  return t === undefined || t === null || t === '' ? r.key : String(t);
}

/** The panel's records: its stream's features plus its imported batches (`ops.panel-records`), in key order. */
export function panelRecords(def: PanelDefinition, streams: Streams): PanelRecord[] {
  const feed = Object.values(streams[def.stream] ?? {});
  const imports = Object.values(streams[PANEL_IMPORT_STREAM] ?? {});
  return recordsOf(def, [...feed, ...imports]).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** "Is this record in the area?" for an AOI (its sigungu overlap when resolved by the core). */
export function areaTest(def: PanelDefinition, aoi: Pick<ResolvedAoi, 'geometry'> & { regions: ResolvedAoi['regions'] | null }): (r: PanelRecord) => boolean {
  if (def.geometry === 'none') return () => true;
  const prepared = prepareArea(aoi.geometry);
  const overlap = aoi.regions ? regionOverlap(aoi.regions) : null;
  return (r) => recordInArea(r, prepared, overlap, def.regionKey);
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null);

function passes(filter: FilterValue | undefined, value: unknown): boolean {
  if (!filter) return true;
  switch (filter.kind) {
    case 'enum':
      return filter.values.length === 0 || filter.values.includes(String(value));
    case 'range': {
      if (filter.min === null && filter.max === null) return true;
      const n = num(value);
      return n !== null && (filter.min === null || n >= filter.min) && (filter.max === null || n <= filter.max);
    }
    case 'text':
      return filter.text.trim() === '' || String(value ?? '').toLowerCase().includes(filter.text.trim().toLowerCase());
    case 'boolean':
      return filter.value === null || Boolean(value) === filter.value;
  }
}

/** Whether a record matches the free-text search (title, key and every non-sensitive column). */
function matches(def: PanelDefinition, r: PanelRecord, needle: string): boolean {
  if (titleOf(def, r).toLowerCase().includes(needle) || r.key.toLowerCase().includes(needle)) return true;
  return def.columns.some((c) => !c.sensitive && String(r.props[c.key] ?? '').toLowerCase().includes(needle));
}

function compare(column: PanelColumn | undefined, a: unknown, b: unknown): number {
  // Missing values sort last whatever the direction's sign does to the rest.
  if (a === undefined || a === null || a === '') return b === undefined || b === null || b === '' ? 0 : 1;
  if (b === undefined || b === null || b === '') return -1;
  if (column?.type === 'number' || column?.type === 'date') {
    const x = column.type === 'date' ? (num(a) ?? Date.parse(String(a))) : num(a);
    const y = column.type === 'date' ? (num(b) ?? Date.parse(String(b))) : num(b);
    if (x !== null && y !== null && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  }
  return String(a).localeCompare(String(b), 'ko');
}

/**
 * The view: records inside the area (`inArea`, null = no area), passing every filter and the search,
 * sorted (stable: ties keep key order). Returns the input array itself when nothing applies.
 */
export function applyQuery(def: PanelDefinition, records: readonly PanelRecord[], query: PanelQuery, inArea: ((r: PanelRecord) => boolean) | null): PanelRecord[] {
  const needle = query.search.trim().toLowerCase();
  const filters = Object.entries(query.filters).filter(([k]) => def.filters.some((f) => f.key === k));
  let out = records.filter((r) => (!inArea || inArea(r)) && filters.every(([k, f]) => passes(f, r.props[k])) && (needle === '' || matches(def, r, needle)));
  if (query.sort) {
    const { key, dir } = query.sort;
    const column = def.columns.find((c) => c.key === key);
    const sign = dir === 'asc' ? 1 : -1;
    const value = (r: PanelRecord) => r.props[key];
    out = out
      .map((r, i) => ({ r, i }))
      .sort((a, b) => {
        const va = value(a.r);
        const vb = value(b.r);
        const missingA = va === undefined || va === null || va === '';
        const missingB = vb === undefined || vb === null || vb === '';
        if (missingA || missingB) return compare(column, va, vb) || a.i - b.i;
        return sign * compare(column, va, vb) || a.i - b.i;
      })
      .map((x) => x.r);
  }
  return out;
}

/** One summary figure's value over the view (null: no numeric values for mean/min/max). */
export function summaryValue(s: PanelSummary, records: readonly PanelRecord[]): number | null {
  if (s.op === 'count') return records.length;
  const values: number[] = [];
  for (const r of records) {
    const n = s.key ? num(r.props[s.key]) : null;
    if (n !== null) values.push(n);
  }
  switch (s.op) {
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'mean':
      return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
    case 'min':
      return values.length ? values.reduce((a, b) => Math.min(a, b)) : null;
    case 'max':
      return values.length ? values.reduce((a, b) => Math.max(a, b)) : null;
  }
}

export function summaryOf(def: PanelDefinition, records: readonly PanelRecord[]): Array<{ summary: PanelSummary; value: number | null }> {
  return def.summary.map((summary) => ({ summary, value: summaryValue(summary, records) }));
}

/** The next sort after a click on a column header: ascending, descending, then none. */
export function nextSort(current: SortSpec | null, key: string): SortSpec | null {
  if (!current || current.key !== key) return { key, dir: 'asc' };
  return current.dir === 'asc' ? { key, dir: 'desc' } : null;
}

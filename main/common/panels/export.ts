/**
 * Export of a panel's current view (the records after area, filters and sort) as CSV or GeoJSON.
 * Pure: the renderer turns the text into a download, the core/CLI writes it to a file.
 *
 * CSV: header `key,<column keys…>,lon,lat,geometry` — lon/lat for points, the GeoJSON text of any other
 * geometry in `geometry` — UTF-8 with a byte-order mark so spreadsheet programs open Korean text
 * correctly. Importing it back with `exportMapping(def)` gives the same records (round trip).
 */
import type { ImportMapping } from './import-mapping.js';
import { csvField } from './csv-stream.js';
import type { PanelColumn, PanelDefinition } from './panel-definition.js';
import type { PanelRecord } from './panel-records.js';

type ExportRecord = Pick<PanelRecord, 'key' | 'props' | 'geometry'>;

/** Columns whose values are masked for users without the sensitive grant. */
function visible(columns: readonly PanelColumn[], sensitiveGrant: boolean): (c: PanelColumn, v: unknown) => unknown {
  return (c, v) => (c.sensitive && !sensitiveGrant ? '***' : v);
}

export function toCsv(records: readonly ExportRecord[], columns: readonly PanelColumn[], opts: { sensitiveGrant?: boolean; bom?: boolean } = {}): string {
  const show = visible(columns, opts.sensitiveGrant ?? false);
  const lines = [['key', ...columns.map((c) => c.key), 'lon', 'lat', 'geometry'].map(csvField).join(',')];
  for (const r of records) {
    const g = r.geometry;
    const point = g?.type === 'Point' ? g.coordinates : null;
    const cells = [r.key, ...columns.map((c) => show(c, r.props[c.key])), point ? point[0] : null, point ? point[1] : null, g && !point ? JSON.stringify(g) : null];
    lines.push(cells.map(csvField).join(','));
  }
  return `${opts.bom === false ? '' : '\ufeff'}${lines.join('\r\n')}\r\n`;
}

export function toGeoJson(records: readonly ExportRecord[], columns: readonly PanelColumn[], opts: { sensitiveGrant?: boolean } = {}): string {
  const show = visible(columns, opts.sensitiveGrant ?? false);
  const features = records.map((r) => ({
    type: 'Feature' as const,
    id: r.key,
    geometry: r.geometry,
    properties: { key: r.key, ...Object.fromEntries(columns.map((c) => [c.key, show(c, r.props[c.key]) ?? null])) },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** The mapping that imports this module's CSV export of `def` back (lon/lat when present). */
export function exportMapping(def: Pick<PanelDefinition, 'columns' | 'regionKey' | 'geometry'>, format: 'csv' | 'geojson'): ImportMapping {
  const columns = def.columns.map((c) => ({ from: c.key, to: c.key, type: c.type === 'number' ? ('number' as const) : c.type === 'boolean' ? ('boolean' as const) : c.type === 'date' ? ('date' as const) : ('text' as const), required: false }));
  if (format === 'geojson') return { columns, key: 'key', location: def.geometry === 'region' && def.regionKey ? { kind: 'region', column: def.regionKey, prop: def.regionKey } : { kind: 'geometry' } };
  return { columns, key: 'key', location: def.geometry === 'region' && def.regionKey ? { kind: 'region', column: def.regionKey, prop: def.regionKey } : { kind: 'lonlat', lon: 'lon', lat: 'lat' } };
}

/**
 * Runs a file import in the renderer: the file's columns for the mapping form, then parsing through
 * the shared column mapping (main/common/panels/import-mapping.ts) in slices, so the progress bar moves
 * and the window stays responsive, then the records as `ops.panel-records` batch commands through
 * `ops:submit` (so the import reaches every workstation). Every row that did not become a record comes
 * back with its line and reason; a record too large for one command is reported as rejected too.
 */
import type { OpsSubmitArgs } from '../../main/common/live-sync';
import type { PanelDefinition } from '../../main/common/panels/panel-definition';
import { CsvStreamParser } from '../../main/common/panels/csv-stream';
import { CsvImporter, importGeoJson, type ImportMapping, type ImportReject } from '../../main/common/panels/import-mapping';
import { importBatchCommands, type ImportedRecord } from '../../main/common/panels/panel-records';

export type ImportFormat = 'csv' | 'geojson';

export function formatOf(fileName: string): ImportFormat {
  return /\.(geo)?json$/i.test(fileName) ? 'geojson' : 'csv';
}

/** The columns a file offers: the CSV header, or the property names of the first GeoJSON features. */
export function fileColumns(text: string, format: ImportFormat): string[] {
  if (format === 'csv') {
    const parser = new CsvStreamParser();
    const firstLine = text.slice(0, Math.max(text.indexOf('\n') + 1, Math.min(text.length, 65_536)));
    const rows = [...parser.push(firstLine), ...(firstLine.length === text.length ? parser.end() : [])];
    return (rows[0]?.fields ?? []).map((h) => h.replace(/^\ufeff/, '').trim()).filter(Boolean);
  }
  try {
    const doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as { features?: Array<{ properties?: Record<string, unknown> | null; id?: unknown }> };
    const keys = new Set<string>();
    for (const f of (doc.features ?? []).slice(0, 200)) {
      for (const k of Object.keys(f.properties ?? {})) keys.add(k);
      if (f.id !== undefined) keys.add('id');
    }
    return [...keys];
  } catch {
    return [];
  }
}

const LON = ['lon', 'lng', 'longitude', 'x', '경도'];
const LAT = ['lat', 'latitude', 'y', '위도'];

/** The mapping the form starts from: same-named columns, a `key`/`id` column, lon/lat or the region column. */
export function defaultMapping(def: PanelDefinition, columns: readonly string[], format: ImportFormat): ImportMapping {
  const find = (names: readonly string[]) => columns.find((c) => names.includes(c.toLowerCase()));
  const mapped = def.columns.filter((c) => columns.includes(c.key));
  const type = (t: string) => (t === 'number' ? 'number' : t === 'boolean' ? 'boolean' : t === 'date' ? 'date' : 'text') as 'text' | 'number' | 'boolean' | 'date';
  const lon = find(LON);
  const lat = find(LAT);
  const regionCol = def.regionKey && columns.includes(def.regionKey) ? def.regionKey : undefined;
  const location: ImportMapping['location'] =
    def.geometry === 'region' && regionCol ? { kind: 'region', column: regionCol, prop: def.regionKey! } : format === 'geojson' ? { kind: 'geometry' } : lon && lat ? { kind: 'lonlat', lon, lat } : regionCol ? { kind: 'region', column: regionCol, prop: def.regionKey! } : { kind: 'none' };
  const key = find(['key', 'id']);
  return { columns: mapped.map((c) => ({ from: c.key, to: c.key, type: type(c.type), required: false })), ...(key ? { key } : {}), location };
}

export interface ImportProgress {
  phase: 'parse' | 'send';
  done: number;
  total: number;
}

export interface ImportOutcome {
  accepted: number;
  rejects: ImportReject[];
  rows: number;
  commands: number;
}

const SLICE = 256 * 1024;
const yieldToUi = () => new Promise<void>((r) => setTimeout(r, 0));

export async function runImport(a: {
  def: PanelDefinition;
  fileName: string;
  text: string;
  mapping: ImportMapping;
  importId: string;
  submit: (args: OpsSubmitArgs) => Promise<unknown>;
  onProgress?: (p: ImportProgress) => void;
}): Promise<ImportOutcome> {
  const format = formatOf(a.fileName);
  const ctx = { importId: a.importId };
  let records: ImportedRecord[];
  let rejects: ImportReject[];
  let rows: number;
  if (format === 'csv') {
    const importer = new CsvImporter(a.mapping, ctx);
    for (let at = 0; at < a.text.length; at += SLICE) {
      importer.push(a.text.slice(at, at + SLICE));
      a.onProgress?.({ phase: 'parse', done: Math.min(a.text.length, at + SLICE), total: a.text.length });
      await yieldToUi();
    }
    const result = importer.end();
    ({ records, rejects, rows } = result);
  } else {
    const result = importGeoJson(a.text, a.mapping, ctx, (done, total) => a.onProgress?.({ phase: 'parse', done, total }));
    ({ records, rejects, rows } = result);
  }
  const { commands, tooLarge } = importBatchCommands({ panelId: a.def.id, importId: a.importId, fileName: a.fileName.slice(0, 256), records });
  for (const t of tooLarge) rejects.push({ line: 0, reason: `record ${t.record.key} is ${t.bytes} bytes, too large to send`, raw: { key: t.record.key } });
  for (let i = 0; i < commands.length; i++) {
    await a.submit(commands[i]!);
    a.onProgress?.({ phase: 'send', done: i + 1, total: commands.length });
  }
  return { accepted: records.length - tooLarge.length, rejects: rejects.sort((x, y) => x.line - y.line), rows, commands: commands.length };
}

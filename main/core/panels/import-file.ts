/**
 * Importing a real file into a panel on the Node side: the file is read as a stream (1 MiB chunks),
 * decoded as UTF-8 or CP949 (the usual encoding of Korean public-data CSVs; iconv-lite's stateful
 * decoder keeps a two-byte character split across chunks intact), parsed and mapped row by row, with
 * progress reported in bytes. The records then go to the hub as `ops.panel-records` batches
 * (`importBatchCommands`, see main/common/panels/panel-records.ts for why that path).
 *
 * The renderer runs the same pipeline in the browser (File.stream() + TextDecoder('euc-kr'), which is
 * the WHATWG name of the CP949 superset) with the main/common parts.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import type { OpsSubmitArgs } from '../../common/live-sync.js';
import { CsvImporter, importGeoJson, type ImportMapping, type ImportReject, type ImportResult } from '../../common/panels/import-mapping.js';
import { importBatchCommands, type ImportedRecord } from '../../common/panels/panel-records.js';

export interface ImportFileOptions {
  path: string;
  format: 'csv' | 'geojson';
  /** Text encoding of the file (default utf-8). */
  encoding?: 'utf-8' | 'cp949';
  mapping: ImportMapping;
  importId: string;
  regionExists?: (code: string) => boolean;
  /** Bytes read so far and the file's size, after every chunk. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** CSV: receives records as they are parsed instead of keeping them all in the result. */
  onRecords?: (records: ImportedRecord[]) => void;
}

/** Parses a file into records and rejections (never throws for bad rows: they are rejections). */
export async function importFile(o: ImportFileOptions): Promise<ImportResult> {
  const total = statSync(o.path).size;
  const decoder = iconv.getDecoder(o.encoding === 'cp949' ? 'cp949' : 'utf-8');
  const ctx = { importId: o.importId, regionExists: o.regionExists };
  const csv = o.format === 'csv' ? new CsvImporter(o.mapping, ctx, o.onRecords) : null;
  const parts: string[] = [];
  let read = 0;
  for await (const chunk of createReadStream(o.path, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    read += buf.length;
    const text = decoder.write(buf);
    if (csv) csv.push(text);
    else parts.push(text);
    o.onProgress?.(read, total);
  }
  const tail = decoder.end() ?? '';
  if (csv) {
    if (tail) csv.push(tail);
    return csv.end();
  }
  parts.push(tail);
  return importGeoJson(parts.join(''), o.mapping, ctx);
}

/** A finished import: what went to the hub, and every row that did not, with its reason. */
export interface ImportReport {
  importId: string;
  fileName: string;
  rows: number;
  imported: number;
  rejected: ImportReject[];
  /** Commands submitted (batches). */
  batches: number;
}

/**
 * Imports a file and submits its records as `ops.panel-records` batches through `submit` (the core's
 * outbox: stored first, sent with acks and retries). Records too large for one command are rejected.
 */
export async function importFileToHub(o: ImportFileOptions & { panelId: string; submit: (cmd: OpsSubmitArgs) => void }): Promise<ImportReport> {
  const fileName = basename(o.path);
  let batch = 0;
  let imported = 0;
  const rejected: ImportReject[] = [];
  let pending: ImportedRecord[] = [];
  const flush = (all: boolean): void => {
    // Full batches go out while the file is still being read; the remainder at the end.
    if (!all && pending.length < 2000) return;
    const { commands, tooLarge } = importBatchCommands({ panelId: o.panelId, importId: o.importId, fileName, records: pending, firstBatch: batch });
    for (const c of commands) o.submit(c);
    batch += commands.length;
    imported += pending.length - tooLarge.length;
    for (const t of tooLarge) rejected.push({ line: 0, reason: `record ${t.record.key} is ${t.bytes} bytes, too large for one command`, raw: t.record.key });
    pending = [];
  };
  const result = await importFile({
    ...o,
    onRecords: (records) => {
      pending.push(...records);
      flush(false);
    },
  });
  pending.push(...result.records); // GeoJSON returns its records at the end
  flush(true);
  return { importId: o.importId, fileName, rows: result.rows, imported, rejected: [...result.rejects, ...rejected], batches: batch };
}

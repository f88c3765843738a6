/**
 * A panel's records: the live features of its stream, plus records imported from files.
 *
 * How an import reaches every workstation (documented decision): a client cannot write to a feed
 * stream — `ops:submit` accepts only `ops.*` streams, and the hub's `/admin/ingest` answers loopback
 * callers holding a supervisor token, i.e. the hub's own machine, not a workstation. So an import is a
 * series of operator commands on `ops.panel-records`, each carrying a batch of records (kept under
 * ~48 KiB so a command stays under the hub's 64 KiB limit, and few enough commands for the hub's
 * 50/s rate limit: 100,000 short rows are ~300 commands). The hub stamps each batch with the user,
 * logs it, and every workstation expands the batches of a panel into records with `panelRecords`.
 * Removing an import = a `remove` of each of its batch keys.
 */
import { z } from 'zod';
import { geometrySchema, type GeoJsonGeometry } from '../events.js';
import type { LiveFeature, OpsSubmitArgs } from '../live-sync.js';
import type { PanelDefinition } from './panel-definition.js';

/** The ops stream carrying imported records in batches. */
export const PANEL_IMPORT_STREAM = 'ops.panel-records';
/** Command kind of an import batch. */
export const PANEL_IMPORT_KIND = 'panel.records';
/** Target size of one batch's JSON. */
export const IMPORT_BATCH_BYTES = 48_000;

/** A panel record, whichever way it arrived. */
export interface PanelRecord {
  /** Unique within the panel. */
  key: string;
  props: Record<string, unknown>;
  geometry: GeoJsonGeometry | null;
  /** Source time (feeds) or the import's time. */
  ts: number;
  /** `actual` / `exercise` / `test`. */
  status: string;
  /** `feed`: a feature of the panel's stream; `import`: from a file import (`importId`). */
  origin: 'feed' | 'import';
  importId?: string;
}

/** One record as an import batch carries it. */
export const importedRecordSchema = z.object({
  key: z.string().min(1).max(256),
  props: z.record(z.string(), z.unknown()),
  geometry: geometrySchema.nullable(),
});
export type ImportedRecord = z.infer<typeof importedRecordSchema>;

/** Props of an `ops.panel-records` command. */
export const importBatchPropsSchema = z.object({
  panelId: z.string().min(1).max(64),
  importId: z.string().min(1).max(64),
  fileName: z.string().max(256),
  /** 0-based batch number within the import. */
  batch: z.number().int().nonnegative(),
  records: z.array(importedRecordSchema),
});
export type ImportBatchProps = z.infer<typeof importBatchPropsSchema>;

/** Key of an import batch command. */
export function importBatchKey(panelId: string, importId: string, batch: number): string {
  return `import:${panelId}:${importId}:${batch}`;
}

/**
 * Packs records into `ops:submit` commands of at most ~`maxBytes` JSON each. A single record larger
 * than that is returned in `tooLarge` (the caller reports it as rejected, never drops it silently).
 */
export function importBatchCommands(
  a: { panelId: string; importId: string; fileName: string; records: readonly ImportedRecord[]; firstBatch?: number },
  maxBytes = IMPORT_BATCH_BYTES,
): { commands: OpsSubmitArgs[]; tooLarge: Array<{ record: ImportedRecord; bytes: number }> } {
  const commands: OpsSubmitArgs[] = [];
  const tooLarge: Array<{ record: ImportedRecord; bytes: number }> = [];
  let batch = a.firstBatch ?? 0;
  let current: ImportedRecord[] = [];
  let size = 0;
  const flush = (): void => {
    if (current.length === 0) return;
    const props: ImportBatchProps = { panelId: a.panelId, importId: a.importId, fileName: a.fileName, batch, records: current };
    commands.push({ stream: PANEL_IMPORT_STREAM, kind: PANEL_IMPORT_KIND, key: importBatchKey(a.panelId, a.importId, batch), op: 'upsert', props });
    batch++;
    current = [];
    size = 0;
  };
  for (const r of a.records) {
    const bytes = JSON.stringify(r).length + 1;
    if (bytes > maxBytes - 1000) {
      tooLarge.push({ record: r, bytes });
      continue;
    }
    if (size + bytes > maxBytes - 1000) flush();
    current.push(r);
    size += bytes;
  }
  flush();
  return { commands, tooLarge };
}

/** The commands that remove an import (one `remove` per batch). */
export function removeImportCommands(panelId: string, importId: string, batches: number): OpsSubmitArgs[] {
  return Array.from({ length: batches }, (_, b) => ({ stream: PANEL_IMPORT_STREAM, kind: PANEL_IMPORT_KIND, key: importBatchKey(panelId, importId, b), op: 'remove' as const, props: {} }));
}

/**
 * The records of a panel from live features: features of `def.stream` as they are, plus the records
 * of every `ops.panel-records` batch for `def.id` (a later batch overrides an earlier record of the
 * same key). Features of other streams are ignored, so the caller may pass a whole snapshot.
 */
export function panelRecords(def: Pick<PanelDefinition, 'id' | 'stream'>, features: Iterable<LiveFeature>): PanelRecord[] {
  const out = new Map<string, PanelRecord & { seq: number }>();
  const batches: LiveFeature[] = [];
  for (const f of features) {
    if (f.stream === def.stream) out.set(f.key, { key: f.key, props: f.props, geometry: f.geometry, ts: f.ts, status: f.status, origin: 'feed', seq: f.seq });
    else if (f.stream === PANEL_IMPORT_STREAM && f.props['panelId'] === def.id) batches.push(f);
  }
  batches.sort((x, y) => x.seq - y.seq);
  for (const f of batches) {
    const p = importBatchPropsSchema.safeParse(f.props);
    if (!p.success) continue;
    for (const r of p.data.records) {
      out.set(r.key, { key: r.key, props: r.props, geometry: r.geometry, ts: f.ts, status: f.status, origin: 'import', importId: p.data.importId, seq: f.seq });
    }
  }
  return [...out.values()].map(({ seq: _seq, ...r }) => r);
}

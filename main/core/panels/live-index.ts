/**
 * An in-memory R-tree (rbush) over the live features of the client store, kept up to date from the
 * same diffs the renderer gets (`sync:diff`), for area queries (impact summary, panel filters).
 *
 * Why not the store's SQLite R*Tree: the impact query needs the features themselves (props, exact
 * geometry) and runs on every area or data change; a query through SQLite parses every candidate's
 * JSON again, while this index holds the parsed features. Features without geometry (traffic speeds,
 * region-coded records) are kept per stream for the lookups that need them.
 *
 * Import batches (`ops.panel-records`) are expanded: each record is indexed as its own item under the
 * panel's id, the latest batch winning for a record key.
 */
import RBush from 'rbush';
import type { LiveFeature, LiveStreamDiff, LiveStreamSnapshot } from '../../common/live-sync.js';
import { importBatchPropsSchema, PANEL_IMPORT_STREAM, type PanelRecord } from '../../common/panels/panel-records.js';
import { geometryBBox } from '../../common/geometry-bbox.js';

/** One indexed thing: a live feature, or one record of an import batch. */
export interface IndexedItem {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** A single point (at minX, minY): tested without touching the feature (cheaper on large sets). */
  point: boolean;
  /** The feature's stream; for import records `ops.panel-records`. */
  stream: string;
  /** The feature key; for import records the record's key. */
  key: string;
  /** For import records: the panel they belong to and the batch feature's key. */
  panelId?: string;
  batchKey?: string;
  feature: LiveFeature;
  /** For import records: the record (its props and geometry replace the batch feature's). */
  record?: PanelRecord;
}

export class LiveSpatialIndex {
  private readonly tree = new RBush<IndexedItem>(16);
  /** Every feature by stream and key, located or not. */
  private readonly byStream = new Map<string, Map<string, LiveFeature>>();
  /** Indexed items by `stream\0key` (features) — to remove them again. */
  private readonly items = new Map<string, IndexedItem>();
  /** Import records: `panelId\0recordKey` → item; and batch key → the record keys it owns. */
  private readonly importRecords = new Map<string, IndexedItem>();
  private readonly batchRecords = new Map<string, string[]>();
  private listeners: Array<(streams: string[]) => void> = [];

  /** Number of indexed (located) items. */
  get size(): number {
    return this.items.size + this.importRecords.size;
  }

  /** Called after every change with the streams touched. */
  onChange(listener: (streams: string[]) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Replaces everything with a snapshot (bulk-loaded: much faster than one insert per feature). */
  load(streams: readonly LiveStreamSnapshot[]): void {
    this.tree.clear();
    this.byStream.clear();
    this.items.clear();
    this.importRecords.clear();
    this.batchRecords.clear();
    const bulk: IndexedItem[] = [];
    for (const s of streams) for (const f of s.features) this.add(f, bulk);
    this.tree.load(bulk);
    this.emit(streams.map((s) => s.stream));
  }

  /** Applies store diffs (upserts replace by key, removes drop). */
  apply(diffs: readonly LiveStreamDiff[]): void {
    for (const d of diffs) {
      for (const key of d.removes) this.remove(d.stream, key);
      for (const f of d.upserts) {
        this.remove(d.stream, f.key);
        const fresh: IndexedItem[] = [];
        this.add(f, fresh);
        for (const it of fresh) this.tree.insert(it);
      }
    }
    if (diffs.length) this.emit(diffs.map((d) => d.stream));
  }

  /** Located items whose bbox meets the box, optionally of some streams only. */
  search(box: [number, number, number, number], streams?: ReadonlySet<string>): IndexedItem[] {
    const hits = this.tree.search({ minX: box[0], minY: box[1], maxX: box[2], maxY: box[3] });
    return streams ? hits.filter((h) => streams.has(h.stream)) : hits;
  }

  /** Every feature of a stream (located or not). */
  features(stream: string): Iterable<LiveFeature> {
    return this.byStream.get(stream)?.values() ?? [];
  }

  feature(stream: string, key: string): LiveFeature | undefined {
    return this.byStream.get(stream)?.get(key);
  }

  streams(): string[] {
    return [...this.byStream.keys()].sort();
  }

  /** Records of a panel imported from files (latest batch per record key). */
  importedRecords(panelId: string): IndexedItem[] {
    const out: IndexedItem[] = [];
    for (const it of this.importRecords.values()) if (it.panelId === panelId) out.push(it);
    return out;
  }

  private add(f: LiveFeature, into: IndexedItem[]): void {
    let m = this.byStream.get(f.stream);
    if (!m) this.byStream.set(f.stream, (m = new Map()));
    m.set(f.key, f);
    if (f.stream === PANEL_IMPORT_STREAM) {
      this.addBatch(f, into);
      return;
    }
    const b = geometryBBox(f.geometry);
    if (!b) return;
    const it: IndexedItem = { minX: b[0], minY: b[1], maxX: b[2], maxY: b[3], point: f.geometry?.type === 'Point', stream: f.stream, key: f.key, feature: f };
    this.items.set(`${f.stream}\0${f.key}`, it);
    into.push(it);
  }

  private addBatch(f: LiveFeature, into: IndexedItem[]): void {
    const p = importBatchPropsSchema.safeParse(f.props);
    if (!p.success) return;
    const owned: string[] = [];
    for (const r of p.data.records) {
      const id = `${p.data.panelId}\0${r.key}`;
      const prev = this.importRecords.get(id);
      if (prev && prev.feature.seq > f.seq) continue; // a later batch already holds this record
      if (prev) this.dropImportItem(id, prev);
      const record: PanelRecord = { key: r.key, props: r.props, geometry: r.geometry, ts: f.ts, status: f.status, origin: 'import', importId: p.data.importId };
      const b = geometryBBox(r.geometry);
      // Region-coded records have no box: they are kept with an empty one outside any area query.
      const it: IndexedItem = { minX: b?.[0] ?? Infinity, minY: b?.[1] ?? Infinity, maxX: b?.[2] ?? -Infinity, maxY: b?.[3] ?? -Infinity, point: r.geometry?.type === 'Point', stream: PANEL_IMPORT_STREAM, key: r.key, panelId: p.data.panelId, batchKey: f.key, feature: f, record };
      this.importRecords.set(id, it);
      owned.push(id);
      if (b) into.push(it);
    }
    this.batchRecords.set(f.key, owned);
  }

  private dropImportItem(id: string, it: IndexedItem): void {
    this.importRecords.delete(id);
    if (Number.isFinite(it.minX)) this.tree.remove(it);
  }

  private remove(stream: string, key: string): void {
    const m = this.byStream.get(stream);
    if (!m?.delete(key)) return;
    if (stream === PANEL_IMPORT_STREAM) {
      for (const id of this.batchRecords.get(key) ?? []) {
        const it = this.importRecords.get(id);
        if (it && it.batchKey === key) this.dropImportItem(id, it);
      }
      this.batchRecords.delete(key);
      return;
    }
    const id = `${stream}\0${key}`;
    const it = this.items.get(id);
    if (it) {
      this.items.delete(id);
      this.tree.remove(it);
    }
  }

  private emit(streams: string[]): void {
    const unique = [...new Set(streams)];
    for (const l of this.listeners) l(unique);
  }
}

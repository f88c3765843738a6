/**
 * The core's area-of-interest and impact service: `aoi:resolve`, `impact:summary`, and the
 * `impact:changed` notice. The live index is built on the first query from the store's snapshot and
 * then kept up to date from every `sync:diff`; a reset (hub switch) drops it until the next query.
 */
import type { SyncDiffEvent, SyncSnapshotResult } from '../../common/live-sync.js';
import type { ResolvedAoi, AoiSpec } from '../../common/panels/aoi.js';
import type { ImpactChangedEvent, ImpactSummary } from '../../common/panels/impact-types.js';
import type { PanelDefinition } from '../../common/panels/panel-definition.js';
import type { RegionIndex } from '../region/index.js';
import { resolveAoi } from './area-adults.js';
import { computeImpact } from './impact.js';
import { LiveSpatialIndex } from './live-index.js';
import { loadRoadLinkIndex, type RoadLinkIndex } from './road-links.js';

export interface ImpactServiceOptions {
  regionIndex: () => Promise<RegionIndex>;
  geoDataDir: string;
  /** The whole current state (the link's snapshot). */
  snapshot: () => SyncSnapshotResult;
  panels: () => readonly PanelDefinition[];
  /** Where `impact:changed` goes. */
  emit: (e: ImpactChangedEvent) => void;
  /** Coalescing interval of `impact:changed` (default 1000 ms). */
  changedIntervalMs?: number;
}

export class ImpactService {
  private index: LiveSpatialIndex | null = null;
  private exercise = false;
  private roads: RoadLinkIndex | null | undefined;
  private serial = 0;
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly o: ImpactServiceOptions) {}

  /** Resolved areas by spec: the polygon intersections behind the adults figure take up to seconds, the data queries milliseconds. */
  private readonly resolved = new Map<string, ResolvedAoi>();

  async resolve(spec: AoiSpec): Promise<ResolvedAoi> {
    const id = JSON.stringify(spec);
    const hit = this.resolved.get(id);
    if (hit) return hit;
    const aoi = resolveAoi(spec, await this.o.regionIndex());
    this.resolved.set(id, aoi);
    if (this.resolved.size > 16) this.resolved.delete(this.resolved.keys().next().value!);
    return aoi;
  }

  async summary(spec: AoiSpec): Promise<ImpactSummary> {
    const aoi = await this.resolve(spec);
    const regions = await this.o.regionIndex();
    if (this.roads === undefined) this.roads = loadRoadLinkIndex(this.o.geoDataDir);
    return computeImpact({ aoi, index: this.liveIndex(), regions, roads: this.roads, panels: this.o.panels(), exercise: this.exercise });
  }

  /** Feed every `sync:diff` here. */
  onDiff(e: SyncDiffEvent): void {
    if (e.reset) {
      this.index = null; // rebuilt from the new store on the next query
      this.changed(['*']);
      return;
    }
    this.index?.apply(e.diffs);
    const streams = e.diffs.map((d) => d.stream);
    if (streams.length) this.changed(streams);
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private liveIndex(): LiveSpatialIndex {
    if (this.index) return this.index;
    const snap = this.o.snapshot();
    const index = new LiveSpatialIndex();
    index.load(snap.streams);
    this.exercise = snap.exercise;
    this.index = index;
    return index;
  }

  private changed(streams: string[]): void {
    for (const s of streams) this.pending.add(s);
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const list = [...this.pending].sort();
      this.pending.clear();
      if (!this.closed) this.o.emit({ serial: ++this.serial, streams: list });
    }, this.o.changedIntervalMs ?? 1000);
    this.timer.unref();
  }
}

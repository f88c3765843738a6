/**
 * The forest picture a workstation holds, built from the logged events of the forest streams:
 * reports clustered into fires, the helicopter fleet with its assignments, landslide and fire-danger
 * levels by sigungu, pest-control zones. The UI half reads fires, spread and dispatch options from here.
 */
import type { EventInput } from '../../common/events.js';
import { dangerIndexSchema, FOREST_STREAMS, landslideForecastSchema, pestZoneSchema, type DangerIndex, type LandslideForecast, type PestZone } from '../../common/forest/types.js';
import type { SpreadInput } from '../../common/forest/spread-notes.js';
import { clusterReports, latestPerKey, reportFromEvent, type Fire, type PointRegionLookup } from './cluster.js';
import { HelicopterFleet, rankForFire, type DispatchOption } from './dispatch.js';
import { predictSpread, type SpreadPrediction } from './spread.js';
import { standAt, type StandFeature } from './stands.js';
import type { LonLat } from './geo.js';

const REPORT_STREAMS = new Set<string>([FOREST_STREAMS.detections, FOREST_STREAMS.fires]);

export interface ForestStateOptions {
  regions?: PointRegionLookup;
  /** Imported stands (`<data>/forest/stands.geojson`). */
  stands?: readonly StandFeature[];
  /** Stands around a point when none were imported (the exercise's demo stands of the fire's sigungu). */
  standsAt?: (at: LonLat) => readonly StandFeature[];
}

export class ForestState {
  private readonly reportEvents = new Map<string, EventInput>();
  private readonly lastUpdate = new Map<string, number>();
  private firesCache: Fire[] | null = null;
  readonly fleet = new HelicopterFleet();
  private readonly landslideBy = new Map<string, LandslideForecast>();
  private readonly dangerBy = new Map<string, DangerIndex>();
  private readonly pestBy = new Map<string, { zone: PestZone; geometry: EventInput['geometry'] }>();

  constructor(private readonly opts: ForestStateOptions = {}) {}

  /** Applies one event; returns whether it belonged to the forest picture. */
  apply(e: EventInput): boolean {
    if (REPORT_STREAMS.has(e.stream)) {
      if (e.stream === FOREST_STREAMS.fires && e.kind !== 'fire') return false;
      const k = `${e.stream}|${e.key}`;
      if (e.op === 'remove') this.reportEvents.delete(k);
      else {
        const prev = this.reportEvents.get(k);
        if (!prev || e.ts >= prev.ts) this.reportEvents.set(k, e);
        this.lastUpdate.set(k, Math.max(this.lastUpdate.get(k) ?? e.ts, e.ts));
      }
      this.firesCache = null;
      return true;
    }
    if (e.stream === FOREST_STREAMS.helicopters || e.stream === FOREST_STREAMS.dispatch) return this.fleet.apply(e).changed;
    if (e.stream === FOREST_STREAMS.landslide) return this.byRegion(e, this.landslideBy, (p) => landslideForecastSchema.safeParse(p));
    if (e.stream === FOREST_STREAMS.danger) return this.byRegion(e, this.dangerBy, (p) => dangerIndexSchema.safeParse(p));
    if (e.stream === FOREST_STREAMS.pests) {
      if (e.op === 'remove') return this.pestBy.delete(e.key);
      const p = pestZoneSchema.safeParse(e.props);
      if (!p.success) return false;
      this.pestBy.set(e.key, { zone: p.data, geometry: e.geometry ?? null });
      return true;
    }
    return false;
  }

  private byRegion<T extends { region: { code: string }; analysedAt: number }>(e: EventInput, map: Map<string, T>, parse: (p: unknown) => { success: true; data: T } | { success: false }): boolean {
    const code = (e.props['region'] as { code?: unknown } | undefined)?.code;
    if (e.op === 'remove') return typeof code === 'string' ? map.delete(code) : false;
    const p = parse(e.props);
    if (!p.success) return false;
    const prev = map.get(p.data.region.code);
    if (prev && prev.analysedAt > p.data.analysedAt) return false;
    map.set(p.data.region.code, p.data);
    return true;
  }

  /** Fires from every report received so far (recomputed after a change). */
  fires(): Fire[] {
    if (!this.firesCache) {
      const events = latestPerKey([...this.reportEvents.values()]);
      const reports = events.flatMap((e) => reportFromEvent(e, this.lastUpdate.get(`${e.stream}|${e.key}`)) ?? []);
      this.firesCache = clusterReports(reports, this.opts.regions ? { regions: this.opts.regions } : {});
    }
    return this.firesCache;
  }

  fire(id: string): Fire | undefined {
    return this.fires().find((f) => f.id === id);
  }

  /** Spread from the fire's origin; the fuel class comes from the stand under it unless given (`standDemo`: that stand is generated demo data). */
  spread(fireId: string, wind: Omit<SpreadInput, 'origin'>): (SpreadPrediction & { standDemo: boolean }) | null {
    const f = this.fire(fireId);
    if (!f) return null;
    const stands = this.opts.stands ?? this.opts.standsAt?.(f.origin);
    const stand = wind.fuel || !stands ? null : standAt(stands, f.origin);
    const fuel = wind.fuel ?? stand?.properties.fuel ?? null;
    return { ...predictSpread({ ...wind, origin: f.origin, fuel }), standDemo: stand?.properties.demo ?? false };
  }

  /** Available helicopters for a fire, by ETA. */
  dispatchOptions(fireId: string): DispatchOption[] {
    const f = this.fire(fireId);
    return f ? rankForFire(f.origin, this.fleet.list()) : [];
  }

  landslide(): ReadonlyMap<string, LandslideForecast> {
    return this.landslideBy;
  }

  danger(): ReadonlyMap<string, DangerIndex> {
    return this.dangerBy;
  }

  pests(): Array<{ zone: PestZone; geometry: EventInput['geometry'] }> {
    return [...this.pestBy.values()];
  }
}

/**
 * The impact summary of an area: one pass over the live index's candidates in the area's bbox, exact
 * containment (points) or intersection (lines, areas) for each, then per-domain figures and each
 * panel's own summary figures. Region-coded things (alerts by target region, region-level panel
 * records) count when their region overlaps the area.
 */
import type { GeoJsonGeometry } from '../../common/events.js';
import { closurePropsSchema } from '../../common/its/types.js';
import type { ResolvedAoi } from '../../common/panels/aoi.js';
import { geometryInArea, pointInArea, prepareArea, recordInArea, regionCodeInArea, regionOverlap, type PreparedArea, type RegionOverlap } from '../../common/panels/aoi-filter.js';
import type { ImpactPanel, ImpactRoads, ImpactShelters, ImpactSummary } from '../../common/panels/impact-types.js';
import type { PanelDefinition, PanelSummary } from '../../common/panels/panel-definition.js';
import type { PanelRecord } from '../../common/panels/panel-records.js';
import type { LiveFeature } from '../../common/live-sync.js';
import type { RegionIndex } from '../region/index.js';
import { adultsInArea } from './area-adults.js';
import type { IndexedItem, LiveSpatialIndex } from './live-index.js';
import type { RoadLinkIndex } from './road-links.js';

export interface ImpactInputs {
  aoi: ResolvedAoi;
  index: LiveSpatialIndex;
  regions: RegionIndex;
  /** The road network (null: none built). */
  roads: RoadLinkIndex | null;
  panels: readonly PanelDefinition[];
  exercise: boolean;
  now?: number;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The located items inside the area, grouped by stream (import records under `panel:<id>`). */
export function itemsInArea(index: LiveSpatialIndex, aoi: Pick<ResolvedAoi, 'bbox'>, area: PreparedArea): Map<string, IndexedItem[]> {
  const out = new Map<string, IndexedItem[]>();
  for (const it of index.search(aoi.bbox)) {
    if (it.point) {
      if (!pointInArea(it.minX, it.minY, area)) continue;
    } else {
      const g = it.record ? it.record.geometry : it.feature.geometry;
      if (!g || !geometryInArea(g, area)) continue;
    }
    const group = it.panelId ? `panel:${it.panelId}` : it.stream;
    const list = out.get(group);
    if (list) list.push(it);
    else out.set(group, [it]);
  }
  return out;
}

function shelters(items: readonly IndexedItem[]): ImpactShelters {
  const s: ImpactShelters = { count: 0, open: 0, capacity: 0, occupancy: 0, freeCapacity: 0, capacityUnknown: 0 };
  for (const it of items) {
    const p = it.feature.props;
    s.count++;
    const open = p['open'] === true;
    if (open) s.open++;
    const cap = num(p['capacity']);
    const occ = num(p['occupancy']) ?? 0;
    s.occupancy += occ;
    if (cap === null) {
      s.capacityUnknown++;
      continue;
    }
    s.capacity += cap;
    if (open) s.freeCapacity += Math.max(0, cap - occ);
  }
  return s;
}

function roads(inp: ImpactInputs, area: PreparedArea, inside: Map<string, IndexedItem[]>, now: number): ImpactRoads {
  const incidents = inside.get('its.events') ?? [];
  const out: ImpactRoads = { links: null, congestion: {}, closures: 0, closedLinks: 0, incidents: incidents.length, fullBlocks: incidents.filter((i) => i.feature.props['lanesBlock'] === 'full').length };
  if (!inp.roads) return out;
  const links = new Set<string>();
  for (const l of inp.roads.search(inp.aoi.bbox)) {
    if (geometryInArea({ type: 'LineString', coordinates: l.coordinates }, area)) links.add(l.linkId);
  }
  out.links = links.size;
  for (const id of links) {
    const c = inp.index.feature('its.traffic', id)?.props['congestion'];
    if (typeof c === 'string') out.congestion[c] = (out.congestion[c] ?? 0) + 1;
  }
  const closed = new Set<string>();
  for (const f of inp.index.features('ops.closures')) {
    const p = closurePropsSchema.safeParse(f.props);
    if (!p.success || (p.data.endTs !== null && p.data.endTs <= now)) continue;
    const here = p.data.linkIds.filter((id) => links.has(id));
    if (here.length === 0) continue;
    out.closures++;
    for (const id of here) closed.add(id);
  }
  // A full-block incident closes its link (as the ITS road state does), wherever the incident point is.
  for (const f of inp.index.features('its.events')) {
    const p = f.props;
    const linkId = typeof p['linkId'] === 'string' ? p['linkId'] : null;
    if (p['lanesBlock'] !== 'full' || p['endTs'] !== null || !linkId || !links.has(linkId)) continue;
    out.closures++;
    closed.add(linkId);
  }
  out.closedLinks = closed.size;
  return out;
}

/** An alert meets the area by its geometry, or, without one, by its resolved target regions. */
function alertInArea(f: LiveFeature, area: PreparedArea, overlap: RegionOverlap): boolean {
  if (f.geometry) return geometryInArea(f.geometry, area);
  const regions = f.props['regions'];
  if (!Array.isArray(regions)) return false;
  return regions.some((r) => {
    const code = (r as { region?: { code?: unknown } } | null)?.region?.code;
    return regionCodeInArea(code, overlap);
  });
}

/** A summary figure over records (null when no record has a number for sum/mean/min/max). */
export function summaryFigure(s: PanelSummary, records: readonly Pick<PanelRecord, 'props'>[]): number | null {
  if (s.op === 'count') return records.length;
  const values: number[] = [];
  for (const r of records) {
    const v = num(s.key ? r.props[s.key] : undefined);
    if (v !== null) values.push(v);
  }
  if (values.length === 0) return null;
  switch (s.op) {
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'mean':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    default:
      return null;
  }
}

/** A panel's records inside the area: located features, region-coded features, imported records. */
export function panelRecordsInArea(def: PanelDefinition, inp: ImpactInputs, area: PreparedArea, overlap: RegionOverlap, inside: Map<string, IndexedItem[]>): PanelRecord[] {
  const byKey = new Map<string, PanelRecord>();
  const fromFeature = (f: LiveFeature): PanelRecord => ({ key: f.key, props: f.props, geometry: f.geometry, ts: f.ts, status: f.status, origin: 'feed' });
  for (const it of inside.get(def.stream) ?? []) byKey.set(it.key, fromFeature(it.feature));
  if (def.regionKey) {
    for (const f of inp.index.features(def.stream)) {
      if (!f.geometry && regionCodeInArea(f.props[def.regionKey], overlap)) byKey.set(f.key, fromFeature(f));
    }
  }
  // Imported records override feed records of the same key, inside or not.
  for (const it of inp.index.importedRecords(def.id)) {
    const r = it.record!;
    if (recordInArea(r, area, overlap, def.regionKey)) byKey.set(r.key, r);
    else byKey.delete(r.key);
  }
  return [...byKey.values()];
}

export function computeImpact(inp: ImpactInputs): ImpactSummary {
  const t0 = performance.now();
  const now = inp.now ?? Date.now();
  const { aoi } = inp;
  const area = prepareArea(aoi.geometry);
  const overlap = regionOverlap(aoi.regions);
  const inside = itemsInArea(inp.index, aoi, area);
  const count = (stream: string): number => inside.get(stream)?.length ?? 0;

  const fires = inside.get('forest.fires') ?? [];
  const alerts = [...inp.index.features('ndms.alerts')].filter((f) => alertInArea(f, area, overlap));
  const byLevel: Record<string, number> = {};
  for (const a of alerts) {
    const level = typeof a.props['level'] === 'string' ? a.props['level'] : 'unknown';
    byLevel[level] = (byLevel[level] ?? 0) + 1;
  }
  const damage = [...inp.index.features('ndms.damage')].filter((f) => (f.geometry ? geometryInArea(f.geometry as GeoJsonGeometry, area) : regionCodeInArea(f.props['sigunguCode'], overlap)));

  const streams: Record<string, number> = {};
  for (const [group, items] of inside) if (!group.startsWith('panel:')) streams[group] = items.length;

  const panels: ImpactPanel[] = inp.panels.map((def) => {
    const records = panelRecordsInArea(def, inp, area, overlap, inside);
    return {
      id: def.id,
      title: def.title,
      source: def.source,
      records: records.length,
      figures: def.summary.map((s) => ({ id: s.id, label: s.label, value: summaryFigure(s, records), ...(s.unit ? { unit: s.unit } : {}) })),
    };
  });

  return {
    area: { areaKm2: Math.round(aoi.areaKm2 * 1000) / 1000, bbox: aoi.bbox, label: aoi.label, sigungu: aoi.regions.length },
    population: adultsInArea(aoi, inp.regions),
    shelters: shelters(inside.get('ndms.shelters') ?? []),
    roads: roads(inp, area, inside, now),
    cctv: { count: count('its.cctv') },
    messageSigns: { count: count('its.vms') },
    fires: { active: fires.filter((f) => f.feature.props['status'] !== 'extinguished').length, total: fires.length, detections: count('forest.detections') },
    alerts: { count: alerts.length, byLevel, quakes: count('ndms.quakes'), typhoons: count('ndms.typhoons') },
    damage: { count: damage.length, amountKrw: damage.reduce((s, f) => s + (num(f.props['amountKrw']) ?? 0), 0) },
    streams,
    panels,
    exercise: inp.exercise,
    computedAt: now,
    tookMs: Math.round((performance.now() - t0) * 10) / 10,
  };
}

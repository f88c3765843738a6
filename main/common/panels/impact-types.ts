/**
 * The impact summary: "what is inside this area?" across every domain and panel, computed in the
 * core (`impact:summary`, `sitroom impact`). Plain data, the same through IPC and on the CLI's stdout.
 */
import type { Bilingual } from './panel-definition.js';

/** Adults 18+ on the March 2022 electoral roll inside the area, and what population figures exist. */
export interface ImpactPopulation {
  /** Adults on the 2022 roll (POPU_ALL of the 20th presidential election) inside the area, rounded. */
  adults: number;
  /**
   * `region`: the area is a region; its own roll count, exactly. `area-weighted`: Σ over sigungu of
   * adults × area(sigungu ∩ AOI) / area(sigungu), which assumes adults spread evenly over a sigungu.
   */
  adultsMethod: 'region' | 'area-weighted';
  adultsSource: string;
  /** A documented total-population estimate; null: no such data set is bundled (see `estimateNote`). */
  estimate: number | null;
  estimateNote: string;
  /** Per sigungu: its roll count, the share of its area inside, and the adults counted from it. */
  parts: Array<{ code: string; name: string; adults2022: number; fraction: number; adults: number }>;
}

export interface ImpactShelters {
  count: number;
  open: number;
  /** Sum of capacity over shelters whose capacity is known. */
  capacity: number;
  occupancy: number;
  /** Σ max(0, capacity − occupancy) over open shelters with a known capacity. */
  freeCapacity: number;
  /** Shelters without a known capacity (the public standard data has none). */
  capacityUnknown: number;
}

export interface ImpactRoads {
  /** Road links of the loaded network crossing the area (null: no network in geo-data). */
  links: number | null;
  /** Of those, links with a current speed and their congestion classes. */
  congestion: Record<string, number>;
  /** Active closures (operator closures and full-block incidents) with a closed link in the area. */
  closures: number;
  /** Distinct closed links in the area. */
  closedLinks: number;
  /** Traffic incidents (its.events) in the area, and those blocking every lane. */
  incidents: number;
  fullBlocks: number;
}

/** A panel's own summary figures over its records inside the area. */
export interface ImpactPanel {
  id: string;
  title: Bilingual;
  source: 'real' | 'demo';
  /** Records inside the area. */
  records: number;
  figures: Array<{ id: string; label: Bilingual; value: number | null; unit?: string }>;
}

/** `impact:summary` result and `sitroom impact` output. */
export interface ImpactSummary {
  area: { areaKm2: number; bbox: [number, number, number, number]; label: string; sigungu: number };
  population: ImpactPopulation;
  shelters: ImpactShelters;
  roads: ImpactRoads;
  cctv: { count: number };
  /** Variable message signs (its.vms) in the area. */
  messageSigns: { count: number };
  /** Forest fires: Forest Service fire records not extinguished, and raw detections, in the area. */
  fires: { active: number; total: number; detections: number };
  /** Disaster text alerts whose area meets the AOI, by level; earthquakes and typhoons inside it. */
  alerts: { count: number; byLevel: Record<string, number>; quakes: number; typhoons: number };
  /** Damage reports in the area. */
  damage: { count: number; amountKrw: number };
  /** Live features inside the area per stream (every stream the store holds). */
  streams: Record<string, number>;
  panels: ImpactPanel[];
  /** True when the data is the demo hub's exercise. */
  exercise: boolean;
  /** UTC epoch ms. */
  computedAt: number;
  /** How long the core took, ms (for the view's footer; not asserted anywhere). */
  tookMs: number;
}

/** `impact:changed` event: data behind an impact summary changed; views re-query `impact:summary`. */
export interface ImpactChangedEvent {
  serial: number;
  /** Streams that changed since the last event. */
  streams: string[];
}

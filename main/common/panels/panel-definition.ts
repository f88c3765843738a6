/**
 * A map-linked panel is data, not a class: this file is the contract between the panel framework
 * (renderer list/choropleth/export, core import and impact summary) and the panels built on it.
 *
 * A panel's records are the live features of one hub stream (`stream`), so a file imported on one
 * workstation reaches every workstation. A record is located by its feature geometry (a point or an
 * area) or, failing that, by a region code in `props[regionKey]` (5-digit sigungu or 2-digit province).
 */
import type { Role } from '../roles.js';

/** Text in both interface languages. */
export interface Bilingual {
  ko: string;
  en: string;
}

/** How a column's values are shown, sorted and filtered. */
export type ColumnType = 'text' | 'number' | 'date' | 'enum' | 'boolean';

export interface PanelColumn {
  /** Key in the record's props. */
  key: string;
  label: Bilingual;
  type: ColumnType;
  /** For `enum`: the allowed values with labels (also the filter's choices). */
  values?: Array<{ value: string; label: Bilingual }>;
  /** For `number`: a unit shown after the value (e.g. '명', 'KRW', 'km'). */
  unit?: string;
  /** Rendered column width in px (the framework picks one when absent). */
  width?: number;
  /** Shown only to users with the sensitive-records grant; others see it masked. */
  sensitive?: boolean;
}

/** A filter the panel offers on top of the area of interest and free-text search. */
export interface PanelFilter {
  key: string;
  label: Bilingual;
  kind: 'enum' | 'range' | 'text' | 'boolean';
}

/** A summary figure over the records in view (after area and filters). */
export interface PanelSummary {
  id: string;
  label: Bilingual;
  op: 'count' | 'sum' | 'mean' | 'min' | 'max';
  /** The numeric prop for sum/mean/min/max. */
  key?: string;
  unit?: string;
}

/** A field the operator fills in when taking an action. */
export interface ActionField {
  key: string;
  label: Bilingual;
  type: 'text' | 'number' | 'enum' | 'date';
  required: boolean;
  values?: Array<{ value: string; label: Bilingual }>;
  maxLength?: number;
}

/**
 * An action: an `ops.*` command. `target` says what it applies to: the selected record, the current
 * area of interest, a region, or nothing. The command's props are the filled fields plus the target
 * (`recordKey`, `area` (GeoJSON geometry) or `regionCode`).
 */
export interface PanelAction {
  id: string;
  label: Bilingual;
  /** The ops stream and kind of the command, e.g. `ops.panels` / `nirs.outage-ack`. */
  stream: string;
  kind: string;
  target: 'record' | 'area' | 'region' | 'none';
  fields: ActionField[];
  /** Least role allowed (the hub enforces its own table too). Default operator. */
  role?: Role;
}

export interface PanelDefinition {
  /** Stable id, kebab-case (`nirs`, `gcma`, `food-safety`, `synthetic`). */
  id: string;
  title: Bilingual;
  /** The service behind it, for the panel header (e.g. 'NIRS data center'). */
  service?: Bilingual;
  /** The hub stream whose live features are the records. */
  stream: string;
  /** Event kind of a record (imports write records with this kind). */
  recordKind: string;
  /** Where the records come from: real data, or deterministic demo data marked as such. */
  source: 'real' | 'demo';
  /**
   * How a record is placed on the map. `none`: records not tied to a place (signing keys, statutes);
   * the area of interest does not filter them, and the panel says so.
   */
  geometry: 'point' | 'area' | 'region' | 'none';
  /** For `region`, and as a fallback for the others: the prop holding the region code. */
  regionKey?: string;
  /** The prop shown as the record's name (list, map label, search). */
  titleKey: string;
  columns: PanelColumn[];
  filters: PanelFilter[];
  summary: PanelSummary[];
  actions: PanelAction[];
  /** Draw per-region counts as a choropleth when the panel is open (default true). */
  choropleth?: boolean;
}

/** Record key of a panel record: the feature key within the panel's stream. */
export type PanelRecordKey = string;

/**
 * One computed view per panel, shared by the list, the map link and the export: recomputed only when
 * the panel's stream, its imports, its query or the area of interest changed (compared by reference —
 * the live store replaces a stream's record only when that stream changed).
 */
import type { LiveFeature } from '../../main/common/live-sync';
import type { PanelDefinition } from '../../main/common/panels/panel-definition';
import { PANEL_IMPORT_STREAM } from '../../main/common/panels/panel-records';
import type { AreaOfInterest } from './panel-store';
import { applyQuery, areaTest, panelRecords, type PanelQuery, type PanelRecord } from './panel-view';

type Streams = Readonly<Record<string, Readonly<Record<string, LiveFeature>>>>;

export interface PanelView {
  /** Every record of the panel. */
  all: PanelRecord[];
  /** After area, filters, search and sort. */
  view: PanelRecord[];
  byKey: Map<string, PanelRecord>;
}

interface Entry {
  feed: unknown;
  imports: unknown;
  query: PanelQuery;
  aoi: AreaOfInterest | null;
  all: PanelRecord[];
  result: PanelView;
}

const cache = new Map<string, Entry>();

export function panelView(def: PanelDefinition, streams: Streams, query: PanelQuery, aoi: AreaOfInterest | null): PanelView {
  const feed = streams[def.stream];
  const imports = streams[PANEL_IMPORT_STREAM];
  const hit = cache.get(def.id);
  if (hit && hit.feed === feed && hit.imports === imports && hit.query === query && hit.aoi === aoi) return hit.result;
  const all = hit && hit.feed === feed && hit.imports === imports ? hit.all : panelRecords(def, streams);
  const view = applyQuery(def, all, query, aoi ? areaTest(def, aoi) : null);
  const result: PanelView = { all, view, byKey: hit?.all === all ? hit.result.byKey : new Map(all.map((r) => [r.key, r])) };
  cache.set(def.id, { feed, imports, query, aoi, all, result });
  return result;
}

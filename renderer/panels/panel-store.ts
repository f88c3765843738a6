/**
 * The panels' UI state (a zustand vanilla store): which panels are open in the dock and which tab is
 * shown, each panel's query, the selected record, the shared area of interest and the area tools.
 * Selection and area are shared with detached panel windows (panel-channel.ts); nothing here is
 * persisted — the records themselves come from the live store.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AoiRegionShare, AoiSpec, AreaGeometry } from '../../main/common/panels/aoi';
import { EMPTY_QUERY, type FilterValue, type PanelQuery, type SortSpec } from './panel-view';

/**
 * The area of interest every panel filters by: an AOI spec (main/common/panels/aoi.ts) with its area.
 * `regions` (the sigungu it overlaps) comes from the core's `aoi:resolve`; null until it answered.
 */
export interface AreaOfInterest {
  /** Stable id (a published area keeps its key's id on every workstation). */
  id: string;
  spec: AoiSpec;
  geometry: AreaGeometry;
  /** Shown in the panels' header, e.g. "종로구" or "10 km around S-00012". */
  label: string;
  bbox: [number, number, number, number];
  regions: AoiRegionShare[] | null;
  /** Set when this is a published area (from `ops.aoi`): its key and author. */
  published?: { key: string; user: string | null };
}

export interface PanelSelection {
  panelId: string;
  key: string;
}

export type AreaTool = 'off' | 'polygon' | 'region';

export interface PanelUiData {
  /** Open panels, in tab order. */
  open: string[];
  /** The tab shown (one of `open`), or null. */
  active: string | null;
  queries: Record<string, PanelQuery>;
  selected: PanelSelection | null;
  aoi: AreaOfInterest | null;
  tool: AreaTool;
  /** Vertices of the polygon being drawn. */
  draft: Array<[number, number]>;
  /** Buffer radius for "N km around the selected feature". */
  bufferKm: number;
  /** Increases on every request to fly to the selection (a repeated click on the same row flies again). */
  flySerial: number;
}

export interface PanelUiState extends PanelUiData {
  openPanel(id: string): void;
  closePanel(id: string): void;
  setActive(id: string): void;
  setSearch(panelId: string, search: string): void;
  setFilter(panelId: string, key: string, value: FilterValue | null): void;
  setSort(panelId: string, sort: SortSpec | null): void;
  /** Select a record; `fly` asks the map to go there. */
  select(selection: PanelSelection | null, fly?: boolean): void;
  setAoi(aoi: AreaOfInterest | null): void;
  setTool(tool: AreaTool): void;
  addVertex(p: [number, number]): void;
  /** Drops the last vertex (Backspace while drawing). */
  undoVertex(): void;
  setBufferKm(km: number): void;
}

export function getEmptyPanelUiState(): PanelUiData {
  return { open: [], active: null, queries: {}, selected: null, aoi: null, tool: 'off', draft: [], bufferKm: 10, flySerial: 0 };
}

export type PanelUiStore = StoreApi<PanelUiState>;

export function queryOf(s: PanelUiData, panelId: string): PanelQuery {
  return s.queries[panelId] ?? EMPTY_QUERY;
}

export function createPanelUiStore(initial: PanelUiData = getEmptyPanelUiState()): PanelUiStore {
  return createStore<PanelUiState>()((set) => {
    const patchQuery = (panelId: string, patch: Partial<PanelQuery>) => set((s) => ({ queries: { ...s.queries, [panelId]: { ...queryOf(s, panelId), ...patch } } }));
    return {
      ...initial,
      openPanel: (id) => set((s) => (s.open.includes(id) ? (s.active === id ? s : { active: id }) : { open: [...s.open, id], active: id })),
      closePanel: (id) =>
        set((s) => {
          if (!s.open.includes(id)) return s;
          const open = s.open.filter((x) => x !== id);
          const i = s.open.indexOf(id);
          return { open, active: s.active === id ? (open[Math.min(i, open.length - 1)] ?? null) : s.active, selected: s.selected?.panelId === id ? null : s.selected };
        }),
      setActive: (id) => set((s) => (s.active === id || !s.open.includes(id) ? s : { active: id })),
      setSearch: (panelId, search) => patchQuery(panelId, { search }),
      setFilter: (panelId, key, value) =>
        set((s) => {
          const q = queryOf(s, panelId);
          const filters = { ...q.filters };
          if (value) filters[key] = value;
          else delete filters[key];
          return { queries: { ...s.queries, [panelId]: { ...q, filters } } };
        }),
      setSort: (panelId, sort) => patchQuery(panelId, { sort }),
      select: (selection, fly = false) =>
        set((s) => {
          const same = s.selected?.panelId === selection?.panelId && s.selected?.key === selection?.key;
          if (same && !fly) return s;
          return { selected: selection, flySerial: fly && selection ? s.flySerial + 1 : s.flySerial };
        }),
      setAoi: (aoi) => set((s) => (s.aoi === aoi ? s : { aoi, tool: 'off', draft: [] })),
      setTool: (tool) => set((s) => (s.tool === tool && s.draft.length === 0 ? s : { tool, draft: [] })),
      addVertex: (p) => set((s) => (s.tool === 'polygon' ? { draft: [...s.draft, p] } : s)),
      undoVertex: () => set((s) => (s.draft.length ? { draft: s.draft.slice(0, -1) } : s)),
      setBufferKm: (km) => set((s) => (Number.isFinite(km) && km > 0 && km !== s.bufferKm ? { bufferKm: Math.min(km, 500) } : s)),
    };
  });
}

/** The app's panel store (one per window). */
export const panelUi: PanelUiStore = createPanelUiStore();

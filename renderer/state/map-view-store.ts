/**
 * Map view slice: camera, cursor position and the region under the cursor (for the status bar).
 * Actions return the same state object when nothing changed, so subscribers are not woken.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RegionHit } from '../../main/common/region-types';

export interface MapView {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** What the status bar says about the cursor's region: looked up, outside Korea, or not yet known. */
export type HoverRegion = { kind: 'hit'; hit: RegionHit } | { kind: 'outside' } | { kind: 'unknown' };

export interface MapViewState {
  view: MapView;
  cursor: { lon: number; lat: number } | null;
  hover: HoverRegion;
  setView(view: MapView): void;
  setCursor(cursor: { lon: number; lat: number } | null): void;
  setHover(hover: HoverRegion): void;
}

export type MapViewData = Pick<MapViewState, 'view' | 'cursor' | 'hover'>;

export function getEmptyMapViewState(): MapViewData {
  return { view: { center: [127.8, 36.3], zoom: 6.4, bearing: 0, pitch: 0 }, cursor: null, hover: { kind: 'unknown' } };
}

const sameView = (a: MapView, b: MapView) =>
  a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing && a.pitch === b.pitch;

export function withView<S extends MapViewData>(state: S, view: MapView): S {
  return sameView(state.view, view) ? state : { ...state, view: { ...view, center: [view.center[0], view.center[1]] } };
}

export function withCursor<S extends MapViewData>(state: S, cursor: { lon: number; lat: number } | null): S {
  const c = state.cursor;
  if (c === cursor || (c && cursor && c.lon === cursor.lon && c.lat === cursor.lat)) return state;
  return { ...state, cursor };
}

const hoverKey = (h: HoverRegion) => (h.kind === 'hit' ? `${h.hit.sigungu.code}/${h.hit.emd?.sgisCode ?? ''}` : h.kind);

export function withHover<S extends MapViewData>(state: S, hover: HoverRegion): S {
  return hoverKey(state.hover) === hoverKey(hover) ? state : { ...state, hover };
}

export type MapViewStore = StoreApi<MapViewState>;

export function createMapViewStore(initial: MapViewData = getEmptyMapViewState()): MapViewStore {
  return createStore<MapViewState>()((set) => ({
    ...initial,
    setView: (view) => set((s) => withView(s, view)),
    setCursor: (cursor) => set((s) => withCursor(s, cursor)),
    setHover: (hover) => set((s) => withHover(s, hover)),
  }));
}

/** Layers slice: each module's visibility and opacity, keyed by module id. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LayerState } from '../map/layer-module';

export interface LayersState {
  layers: Record<string, LayerState>;
  setVisible(id: string, visible: boolean): void;
  toggle(id: string): void;
  setOpacity(id: string, opacity: number): void;
  /** Apply saved choices over the defaults (unknown ids are kept, for modules of later versions). */
  restore(saved: Record<string, LayerState>): void;
}

export type LayersData = Pick<LayersState, 'layers'>;

export function getEmptyLayersState(defaults: Record<string, LayerState> = {}): LayersData {
  return { layers: { ...defaults } };
}

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1);

export function withLayer<S extends LayersData>(state: S, id: string, patch: Partial<LayerState>): S {
  const before = state.layers[id] ?? { visible: true, opacity: 1 };
  const after: LayerState = { visible: patch.visible ?? before.visible, opacity: patch.opacity === undefined ? before.opacity : clamp01(patch.opacity) };
  if (state.layers[id] && after.visible === before.visible && after.opacity === before.opacity) return state;
  return { ...state, layers: { ...state.layers, [id]: after } };
}

export function withRestored<S extends LayersData>(state: S, saved: Record<string, LayerState>): S {
  let next = state;
  for (const [id, layer] of Object.entries(saved)) next = withLayer(next, id, layer);
  return next;
}

export type LayersStore = StoreApi<LayersState>;

export function createLayersStore(initial: LayersData = getEmptyLayersState()): LayersStore {
  return createStore<LayersState>()((set) => ({
    ...initial,
    setVisible: (id, visible) => set((s) => withLayer(s, id, { visible })),
    toggle: (id) => set((s) => withLayer(s, id, { visible: !(s.layers[id]?.visible ?? true) })),
    setOpacity: (id, opacity) => set((s) => withLayer(s, id, { opacity })),
    restore: (saved) => set((s) => withRestored(s, saved)),
  }));
}

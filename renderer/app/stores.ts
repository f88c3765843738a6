/** The app's stores, created once and passed down through React context. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createLayersStore, getEmptyLayersState, type LayersState, type LayersStore } from '../state/layers-store';
import { createMapViewStore, type MapViewState, type MapViewStore } from '../state/map-view-store';
import { createUiStore, type UiState, type UiStore } from '../state/ui-store';
import { createLiveStore, type LiveState, type LiveStore } from '../state/live-store';
import { defaultLayerStates, defaultRegistry, type LayerRegistry } from '../map/registry';
import type { Transport } from './transport';
import { translate, type MessageKey } from '../i18n';

export interface AppStores {
  ui: UiStore;
  layers: LayersStore;
  mapView: MapViewStore;
  /** Live features and feed freshness, rebuilt from the core on every (re)load. */
  live: LiveStore;
  registry: LayerRegistry;
  api: Transport;
}

export function createAppStores(api: Transport, registry: LayerRegistry = defaultRegistry): AppStores {
  return {
    ui: createUiStore(),
    layers: createLayersStore(getEmptyLayersState(defaultLayerStates(registry))),
    mapView: createMapViewStore(),
    live: createLiveStore(),
    registry,
    api,
  };
}

export const StoresContext = createContext<AppStores | null>(null);

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresContext missing');
  return stores;
}

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(useStores().ui, selector);
}
export function useLayers<T>(selector: (s: LayersState) => T): T {
  return useStore(useStores().layers, selector);
}
export function useLive<T>(selector: (s: LiveState) => T): T {
  return useStore(useStores().live, selector);
}
export function useMapView<T>(selector: (s: MapViewState) => T): T {
  return useStore(useStores().mapView, selector);
}

/** Translation bound to the current UI language. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const language = useUi((s) => s.language);
  return (key, params) => translate(language, key, params);
}

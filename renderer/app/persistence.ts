/**
 * Theme, language, map view, layer choices and layout are kept by the core (`settings:get` at
 * start, `settings:update` debounced after changes), so they survive restarts and reloads.
 */
import type { Settings, SettingsPatch } from '../../main/common/settings';
import type { AppStores } from './stores';

/** What the renderer persists, read from the stores. */
export function snapshot(stores: AppStores): SettingsPatch {
  const ui = stores.ui.getState();
  const view = stores.mapView.getState().view;
  const round = (v: number, digits: number) => Number(v.toFixed(digits));
  return {
    theme: ui.theme,
    language: ui.language,
    mapView: { center: [round(view.center[0], 5), round(view.center[1], 5)], zoom: round(view.zoom, 2), bearing: round(view.bearing, 1), pitch: round(view.pitch, 1) },
    layers: stores.layers.getState().layers,
    layout: { layerPanelOpen: ui.layerPanelOpen },
  };
}

/** The top-level keys whose value changed between two snapshots. */
export function changedSettings(before: SettingsPatch, after: SettingsPatch): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof SettingsPatch>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as SettingsPatch;
}

/** Put saved settings into the stores (unchanged values leave the stores untouched). */
export function applySettings(stores: AppStores, settings: Settings): void {
  const ui = stores.ui.getState();
  ui.setTheme(settings.theme);
  ui.setLanguage(settings.language);
  if (typeof settings.layout.layerPanelOpen === 'boolean') ui.setLayerPanelOpen(settings.layout.layerPanelOpen);
  stores.mapView.getState().setView(settings.mapView);
  stores.layers.getState().restore(settings.layers);
}

/** Save changes through the core, debounced; returns a function that stops (and flushes). */
export function persistSettings(stores: AppStores, delayMs = 800): () => void {
  let saved = snapshot(stores);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const next = snapshot(stores);
    const patch = changedSettings(saved, next);
    if (Object.keys(patch).length === 0) return;
    saved = next;
    stores.api.invoke('settings:update', patch).catch((e: unknown) => console.warn('settings not saved', e));
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  const unsubscribers = [stores.ui.subscribe(schedule), stores.layers.subscribe(schedule), stores.mapView.subscribe(schedule)];
  return () => {
    for (const u of unsubscribers) u();
    if (timer !== undefined) {
      clearTimeout(timer);
      flush();
    }
  };
}

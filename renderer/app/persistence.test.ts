import { applySettings, changedSettings, persistSettings, snapshot } from './persistence';
import { createAppStores } from './stores';
import type { Transport } from './transport';
import type { SettingsPatch } from '../../main/common/settings';

function fakeApi(updates: SettingsPatch[]): Transport {
  return {
    invoke: ((channel: string, args: unknown) => {
      if (channel === 'settings:update') updates.push(args as SettingsPatch);
      return Promise.resolve(args);
    }) as Transport['invoke'],
    on: () => () => undefined,
    connection: () => 'connected',
    onConnection: () => () => undefined,
    close: () => undefined,
  };
}

describe('settings persistence', () => {
  afterEach(() => vi.useRealTimers());

  it('restores saved settings into the stores', () => {
    const stores = createAppStores(fakeApi([]));
    applySettings(stores, {
      theme: 'light',
      language: 'en',
      mapView: { center: [129, 35.1], zoom: 10, bearing: 0, pitch: 0 },
      layers: { 'k-geo:emd': { visible: false, opacity: 0.4 } },
      layout: { layerPanelOpen: false },
    });
    expect(stores.ui.getState()).toMatchObject({ theme: 'light', language: 'en', layerPanelOpen: false });
    expect(stores.mapView.getState().view.zoom).toBe(10);
    expect(stores.layers.getState().layers['k-geo:emd']).toEqual({ visible: false, opacity: 0.4 });
    expect(stores.layers.getState().layers['k-geo:sido']).toEqual({ visible: true, opacity: 1 });
  });

  it('sends only what changed, once per burst of changes', () => {
    vi.useFakeTimers();
    const updates: SettingsPatch[] = [];
    const stores = createAppStores(fakeApi(updates));
    const stop = persistSettings(stores, 500);
    stores.ui.getState().toggleTheme();
    stores.ui.getState().toggleLanguage();
    stores.ui.getState().toggleLanguage();
    vi.advanceTimersByTime(499);
    expect(updates).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(updates).toEqual([{ theme: 'light' }]);
    stores.layers.getState().setOpacity('k-geo:sido', 0.5);
    stop();
    expect(updates[1]?.layers?.['k-geo:sido']).toEqual({ visible: true, opacity: 0.5 });
    expect(Object.keys(updates[1] ?? {})).toEqual(['layers']);
  });

  it('diffs snapshots by key', () => {
    const stores = createAppStores(fakeApi([]));
    const a = snapshot(stores);
    expect(changedSettings(a, structuredClone(a))).toEqual({});
  });
});

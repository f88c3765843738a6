/** Renderer entry: connect to the core, restore settings, load the bundled fonts, then render. */
import './app/zod-jitless';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppStores, StoresContext } from './app/stores';
import { getApi } from './app/transport';
import { applySettings, persistSettings } from './app/persistence';
import { loadFonts } from './app/fonts';
import { startLiveSync } from './app/live-sync';
import { exposeLiveForTests } from './app/test-hooks';
import { DetachedPanel } from './app/panels/panel-dock';
import { detachedPanelId, startPanelChannel } from './panels/panel-channel';
import type { AppInfo } from '../main/common/ipc-contract';
import './app/theme.css';
import './app/layout.css';
import './app/status-and-dialogs.css';
import './app/live.css';

/** Resolve within ms or give null: a slow or absent core must not keep the map from showing. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([promise.catch(() => null), new Promise<null>((r) => setTimeout(() => r(null), ms))]);
}

async function start(): Promise<void> {
  const api = getApi();
  const stores = createAppStores(api);
  stores.ui.getState().setConnection(api.connection());
  api.onConnection((state) => stores.ui.getState().setConnection(state));
  api.on('settings:changed', (settings) => {
    // Another window changed theme or language: follow it (same values leave the stores untouched).
    stores.ui.getState().setTheme(settings.theme);
    stores.ui.getState().setLanguage(settings.language);
  });

  // Live state comes from the core's store: the snapshot now, diffs after, a new snapshot on reconnect.
  startLiveSync(api, stores.live, (message) => console.warn('live sync:', message));
  exposeLiveForTests(stores.live);

  const [settings, info] = await Promise.all([within(api.invoke('settings:get', {}), 5000), within(api.invoke('app:info', {}), 5000), loadFonts()]);
  if (settings) applySettings(stores, settings);
  persistSettings(stores);

  // Panels share selection and area with the other windows of this instance (a detached panel
  // window is this page with ?panel=<id>, showing only that panel).
  startPanelChannel();
  const detached = detachedPanelId(location.search);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(
    <StoresContext.Provider value={stores}>
      {detached ? <DetachedPanel id={detached} /> : <App info={info as AppInfo | null} />}
    </StoresContext.Provider>,
  );
}

void start();

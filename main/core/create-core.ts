/**
 * Assembles the main-process core: the handlers of every invoke channel and the event stream, shared
 * by the Electron shell and the browser host. Nothing here imports electron.
 */
import type { EventChannel, Events, InvokeHandlers } from '../common/ipc-contract.js';
import { readAttributions } from './app-info.js';
import { findAppRoot, readAppVersion } from './app-paths.js';
import { createEventHub } from './event-hub.js';
import { loadRegionIndex } from './region/index.js';
import { openSettingsStore } from './settings-store.js';

/** What createCore needs. */
export interface CoreOptions {
  /** Writable folder for settings and databases (e.g. ~/.sitroom or Electron's userData). */
  dataDir: string;
  /** The generated geo-data (geo-data/out in a checkout, resources/geo-data when packaged). */
  geoDataDir: string;
  /** Which shell carries the contract; reported by app:info. */
  shell: 'electron' | 'browser-host';
  /** Folder with the app's package.json; found from this module's location when omitted. */
  appRoot?: string;
}

/** The running core. */
export interface Core {
  /** One handler per invoke channel; call them through bindInvoke so arguments are validated. */
  handlers: InvokeHandlers;
  /** Subscribe to a main → renderer event; returns the unsubscribe function. */
  on<K extends EventChannel>(channel: K, listener: (payload: Events[K]) => void): () => void;
  /** Flush pending writes and release resources. */
  close(): Promise<void>;
}

export async function createCore(opts: CoreOptions): Promise<Core> {
  const appRoot = opts.appRoot ?? findAppRoot();
  const version = readAppVersion(appRoot);
  const events = createEventHub();
  const settings = await openSettingsStore(opts.dataDir, (next) => events.emit('settings:changed', next));

  // The region index parses the full-detail boundaries, which takes a moment: start it now, let the
  // shell open its window meanwhile, and let region calls wait for it (or report why it failed).
  const regionIndex = Promise.resolve().then(() => loadRegionIndex(opts.geoDataDir));
  regionIndex.catch(() => undefined);

  const handlers: InvokeHandlers = {
    'app:info': async () => ({ version, shell: opts.shell, attributions: await readAttributions(opts.geoDataDir) }),
    'region:at': async ({ lon, lat }) => (await regionIndex).at(lon, lat),
    'region:card': async ({ level, code }) => (await regionIndex).card(level, code),
    'region:search': async ({ query, limit }) => (await regionIndex).search(query, limit ?? 10),
    'settings:get': async () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };

  let closed = false;
  return {
    handlers,
    on: (channel, listener) => events.on(channel, listener),
    async close() {
      if (closed) return;
      closed = true;
      await settings.flush();
      events.clear();
    },
  };
}

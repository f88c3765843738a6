/**
 * Assembles the main-process core: the handlers of every invoke channel and the event stream, shared
 * by the Electron shell and the browser host. Nothing here imports electron.
 */
import type { EventChannel, Events, InvokeHandlers } from '../common/ipc-contract.js';
import { maskSettings, type HubConnection } from '../common/settings.js';
import { readAttributions } from './app-info.js';
import { findAppRoot, readAppVersion } from './app-paths.js';
import { createEventHub } from './event-hub.js';
import { demoStandsFrom, loadImportedStands } from './forest/forest-base.js';
import { createForestHandlers } from './forest/forest-handlers.js';
import { createReportCore } from './ndms/report-handlers.js';
import { createNdmsHandlers } from './ndms/ndms-handlers.js';
import { createDetourPublisher } from './its/detour-publisher.js';
import { loadRoadGraph } from './its/load-road-graph.js';
import type { RoadGraph } from './its/road-graph.js';
import { HubLink, type HubTarget, type SyncTuning } from './live/hub-link.js';
import { ImpactService } from './panels/impact-service.js';
import { PANEL_DEFINITIONS } from '../common/panels/registry.js';
import { loadRegionIndex } from './region/index.js';
import { openSettingsStore } from './settings-store.js';
import { sqliteNativeBinding } from './sqlite-binding.js';

/** Live sync choices for one launch (the CLI's flags; tests). */
export interface LiveOptions {
  /** Use this hub for this launch instead of the one in settings ('off': no hub until hub:connect). */
  hub?: HubConnection | 'off' | undefined;
  /** Speed of the demo day on the embedded hub (default 60: the day in 24 minutes). */
  demoSpeed?: number | undefined;
  tuning?: SyncTuning | undefined;
  /** Where the link's messages go (default: stderr). */
  log?: ((msg: string) => void) | undefined;
}

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
  live?: LiveOptions;
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
  // The hub token stays in the main process: whatever leaves it carries the masked form.
  const settings = await openSettingsStore(opts.dataDir, (next) => events.emit('settings:changed', maskSettings(next)));

  // The region index parses the full-detail boundaries, which takes a moment: start it now, let the
  // shell open its window meanwhile, and let region calls wait for it (or report why it failed).
  const regionIndex = Promise.resolve().then(() => loadRegionIndex(opts.geoDataDir));
  const importedStands = loadImportedStands(opts.dataDir);
  regionIndex.catch(() => undefined);

  const live = opts.live ?? {};
  // Area of interest and impact summary over an in-memory index of the live store (built on first use).
  const impact = new ImpactService({
    regionIndex: () => regionIndex,
    geoDataDir: opts.geoDataDir,
    snapshot: () => link.snapshot(),
    panels: () => PANEL_DEFINITIONS,
    emit: (e) => events.emit('impact:changed', e),
  });
  const link = new HubLink({
    dataDir: opts.dataDir,
    nativeBinding: sqliteNativeBinding(),
    demoSpeed: live.demoSpeed,
    tuning: live.tuning,
    // The demo day's landslide / danger records name sigungu; the embedded hub resolves them with the index.
    regionLookup: () => regionIndex,
    onDiff: (e) => {
      impact.onDiff(e);
      events.emit('sync:diff', e);
    },
    onFeeds: (s) => events.emit('feeds:changed', s),
    log: live.log ?? ((m) => console.error(`[live] ${m}`)),
  });
  const initial: HubTarget = live.hub === 'off' ? { mode: 'off' } : (live.hub ?? settings.get().hub ?? { mode: 'demo' });
  // Not awaited: the window opens while the demo hub starts; feeds:status says 'starting' meanwhile.
  const started = link.connect(initial).catch(() => undefined);

  // The road network for detours, read on the first closure; none (closures without detours) when geo-data lacks it.
  let roadGraph: RoadGraph | null | undefined;
  const detours = createDetourPublisher(() => {
    if (roadGraph === undefined) {
      try {
        roadGraph = loadRoadGraph(opts.geoDataDir);
      } catch (err) {
        roadGraph = null;
        (live.log ?? console.error)(`[its] no road network, closures go out without detours: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return roadGraph;
  }, link);

  // Situation reports from the store's log, and the escalation timer (see ndms/report-escalator.ts).
  const reports = createReportCore({
    db: () => link.store?.db ?? null,
    escalateAfterMin: () => settings.get().ndmsEscalateAfterMin,
    submit: (args, id) => void link.submit(args, id),
    role: () => link.status().user?.role ?? null,
    log: live.log ?? ((m) => console.error(`[ndms] ${m}`)),
  });

  const handlers: InvokeHandlers = {
    'app:info': async () => ({ version, shell: opts.shell, attributions: await readAttributions(opts.geoDataDir) }),
    'region:at': async ({ lon, lat }) => (await regionIndex).at(lon, lat),
    'region:card': async ({ level, code }) => (await regionIndex).card(level, code),
    'region:search': async ({ query, limit }) => (await regionIndex).search(query, limit ?? 10),
    'settings:get': async () => maskSettings(settings.get()),
    'settings:update': async (patch) => maskSettings(await settings.update(patch)),
    'sync:snapshot': async ({ streams }) => link.snapshot(streams),
    'feeds:status': async () => link.status(),
    'ops:submit': async (args) => {
      // A closure's detour is computed before the closure goes out (the store still holds its previous version).
      const follow = detours.detoursFor(args);
      const result = link.submit(args);
      for (const d of follow) link.submit(d);
      return result;
    },
    // Imported stands (sitroom forest-import) give the spread its fuel class; an exercise without them uses demo stands.
    ...createForestHandlers((streams) => link.snapshot(streams), { ...(importedStands ? { stands: importedStands } : {}), demoStandsAt: demoStandsFrom(opts.geoDataDir) }),
    'aoi:resolve': ({ spec }) => impact.resolve(spec),
    'impact:summary': ({ spec }) => impact.summary(spec),
    ...createNdmsHandlers({
      index: () => regionIndex,
      snapshot: (streams) => link.snapshot(streams),
      settings: () => settings.get(),
      identity: () => link.status().user,
      submit: (args) => link.submit(args),
      settled: (id, ms) => link.settled(id, ms),
    }),
    ...reports.handlers,
    'hub:connect': async (conn) => {
      await settings.update({ hub: conn });
      await link.connect(conn);
      return link.status();
    },
  };

  let closed = false;
  return {
    handlers,
    on: (channel, listener) => events.on(channel, listener),
    async close() {
      if (closed) return;
      closed = true;
      reports.escalator.stop();
      await started;
      impact.close();
      await link.close();
      await settings.flush();
      events.clear();
    },
  };
}

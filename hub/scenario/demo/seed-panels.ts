/**
 * Seeds the service panels' datasets into a hub's log once (at start): each record has a fixed id, so a
 * restart on the same log appends nothing new (the log deduplicates by id, compacted history included).
 */
import type { EventInput, EventStatus } from '../../../main/common/events.js';
import { panelDataEvents, PANEL_DATA_SEED } from './panel-datasets.js';
import { readPanelGeo } from './panel-geo.js';

export interface SeedPanelsOptions {
  status: EventStatus;
  /** geo-data output folder (default: the package's geo-data/out). */
  geoDataDir?: string | null;
  seed?: number;
  /** Stop between chunks when this turns true (the hub is closing). */
  cancelled?: () => boolean;
  /** Include the generated (demo) datasets; false: only the real ones. Default true. */
  demoRecords?: boolean;
  log?: (msg: string) => void;
}

/**
 * Appends the datasets through `ingest` in chunks, yielding to the event loop between chunks so a
 * starting hub keeps answering; resolves with how many events were new.
 */
export async function seedPanelData(ingest: (inputs: readonly EventInput[]) => { appended: unknown[] }, opts: SeedPanelsOptions): Promise<number> {
  const geo = readPanelGeo(opts.geoDataDir === undefined ? undefined : opts.geoDataDir);
  if (!geo) {
    opts.log?.('panel datasets not seeded: geo-data (region-index.json) is not built');
    return 0;
  }
  const events = panelDataEvents(geo, { status: opts.status, seed: opts.seed ?? PANEL_DATA_SEED, demo: opts.demoRecords ?? true });
  let appended = 0;
  for (let i = 0; i < events.length; i += CHUNK) {
    if (opts.cancelled?.()) break;
    appended += ingest(events.slice(i, i + CHUNK)).appended.length;
    await new Promise<void>((r) => setImmediate(r));
  }
  opts.log?.(`panel datasets: ${appended} new of ${events.length} records`);
  return appended;
}

const CHUNK = 1000;

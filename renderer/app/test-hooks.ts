/**
 * Stable hooks for the end-to-end test (e2e/, Chromium against the browser host). Keep them exact.
 *
 * DOM (data-testid):
 *   region-card    the region card root; contains the region's Korean name
 *   search-input   the region search box
 *   lang-switch    button toggling the UI language ko ⇄ en
 *   theme-switch   button toggling dark ⇄ light
 *   status-region  status-bar text of the region under the cursor (sido › sigungu › dong)
 *   layer-list     the layer list (grouped by domain)
 *   search-results the search result list (each result a button)
 *   exercise-banner the "훈련 상황 — 데모 허브 / EXERCISE — demo hub" banner (top bar) while the demo hub is the source
 *   feed-status    the status bar's hub state and per-stream freshness; each stream is a
 *                  `[data-stream][data-state=live|stale|down]` element inside it
 *   feed-down-banner the loud alarm listing down streams (until live again or dismissed)
 *   hub-settings   the top-bar button opening the hub dialog (also key H); the dialog is `hub-dialog`
 * Layer rows in layer-list carry `data-layer=<module id>` and, for live modules, `data-freshness`.
 * The root element carries `data-theme` and `lang` (ko|en) attributes.
 *
 * window:
 *   __sitroomMap     the maplibre Map instance, once created
 *   __sitroomReady   true after the map's first `idle` event
 *   __sitroomTimings { mapIdleMs }: ms from navigation start (performance.now()) to that first idle
 *
 * Map layer ids the test can query (queryRenderedFeatures): provinces `k-geo:sido-fill-z0` (below
 * z7) and `k-geo:sido-fill` (z7+), each feature with `properties.name`/`nameEn`/`code`/`sgisCode`;
 * symbols with Korean names: `k-geo:labels-sido`, `k-geo:labels-sigungu`, `k-geo:labels-emd`,
 * `k-geo:places-peaks` (z7.5+),
 * `k-geo:places-symbol`. Live layers (features carry `properties.fid` = key and `status`):
 * `its-traffic:links-line`, `its-traffic:incidents-icon`, `ndms:shelters-circle`, `ndms:quakes-circle`,
 * `ndms:typhoons-centre`, `ndms:reports-circle`, `ndms:alert-areas-fill` (alert target areas), `forest-disaster:fires-circle`,
 * `forest-disaster:fires-area`.
 *
 *   __sitroomLive    () => { loaded, serial, exercise, counts: {stream: feature count} } of the live store
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LiveStore } from '../state/live-store';

/** What `__sitroomLive()` returns. */
export interface LiveSummary {
  loaded: boolean;
  serial: number;
  exercise: boolean;
  counts: Record<string, number>;
  /** Who the hub says this workstation is (null until it says). */
  user: { name: string; role: string } | null;
}

declare global {
  interface Window {
    __sitroomMap?: MaplibreMap;
    __sitroomReady?: boolean;
    __sitroomTimings?: { mapIdleMs: number };
    __sitroomLive?: () => LiveSummary;
  }
}

export function exposeLiveForTests(live: LiveStore): void {
  window.__sitroomLive = () => {
    const s = live.getState();
    return { loaded: s.loaded, serial: s.serial, exercise: s.exercise, user: s.feeds?.user ? { name: s.feeds.user.name, role: s.feeds.user.role } : null, counts: Object.fromEntries(Object.entries(s.streams).map(([k, v]) => [k, Object.keys(v).length])) };
  };
}

export function exposeMapForTests(map: MaplibreMap): void {
  window.__sitroomMap = map;
  window.__sitroomReady = false;
  map.once('idle', () => {
    window.__sitroomTimings = { mapIdleMs: Math.round(performance.now()) };
    window.__sitroomReady = true;
  });
}

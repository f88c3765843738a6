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
 * `k-geo:places-symbol`.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    __sitroomMap?: MaplibreMap;
    __sitroomReady?: boolean;
    __sitroomTimings?: { mapIdleMs: number };
  }
}

export function exposeMapForTests(map: MaplibreMap): void {
  window.__sitroomMap = map;
  window.__sitroomReady = false;
  map.once('idle', () => {
    window.__sitroomTimings = { mapIdleMs: Math.round(performance.now()) };
    window.__sitroomReady = true;
  });
}

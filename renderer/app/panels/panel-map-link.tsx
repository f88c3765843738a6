/**
 * Binds the panels to the map (main window only; renders nothing): the shown panel's records in view go
 * to `panels:records`, the selected one gets feature-state `selected` and the map flies to it (on each
 * request, `flySerial`); counts per region go as feature-state on the choropleth's sido/sigungu
 * polygons; the area of interest and the polygon being drawn go to the AOI sources. A click on a record
 * selects it; while an area tool is on, clicks add vertices (double-click or Enter finishes, Esc
 * cancels) or pick a region.
 */
import { useEffect } from 'react';
import type { GeoJSONSource, Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { bbox as turfBbox, feature as turfFeature } from '@turf/turf';
import { regionCounts } from '../../../main/common/panels/aoi-filter';
import type { PanelDefinition } from '../../../main/common/panels/panel-definition';
import { PANEL_SOURCES } from '../../domains/panels';
import { setClickInterceptor } from '../../map/click-intercept';
import { finishDrawing, pickRegionAt } from '../../panels/aoi-actions';
import { panelById } from '../../panels/panel-catalog';
import { panelUi, queryOf, type PanelUiData } from '../../panels/panel-store';
import { panelView, type PanelView } from '../../panels/view-cache';
import { titleOf } from '../../panels/panel-view';
import type { AppStores } from '../stores';
import { useStores } from '../stores';
import { flyToBbox, onCurrentMap } from '../map-access';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const RECORD_LAYERS = ['panels:records-circle', 'panels:records-fill', 'panels:records-line'];

function shownPanel(s: PanelUiData): PanelDefinition | null {
  return s.active ? panelById(s.active) : null;
}

function currentView(stores: AppStores): { def: PanelDefinition; view: PanelView } | null {
  const s = panelUi.getState();
  const def = shownPanel(s);
  return def ? { def, view: panelView(def, stores.live.getState().streams, queryOf(s, def.id), s.aoi) } : null;
}

/** Applies panel state to one map; returns the cleanup. */
function bind(map: MaplibreMap, stores: AppStores): () => void {
  let appliedRecords: { source: unknown; view: unknown } = { source: null, view: null };
  let appliedSelected: { source: unknown; key: string | null } = { source: null, key: null };
  let appliedCounts: Record<string, { source: unknown; ids: string[]; view: unknown; key: string }> = {};
  let appliedAoi: { source: unknown; aoi: unknown; draft: unknown } = { source: null, aoi: null, draft: null };
  let lastFly = panelUi.getState().flySerial;

  // Runs whether or not every source has loaded (a fly request must not wait for tiles); a source not
  // there yet is simply skipped and filled on a later styledata/sourcedata event.
  const sync = () => {
    const s = panelUi.getState();
    const shown = currentView(stores);
    const selectedKey = s.selected && shown && s.selected.panelId === shown.def.id ? s.selected.key : null;
    const selectedRecord = selectedKey ? shown?.view.byKey.get(selectedKey) : undefined;
    if (s.flySerial !== lastFly) {
      lastFly = s.flySerial;
      if (selectedRecord) flyToRecord(map, stores, shown!.def, selectedRecord);
    }
    const records = map.getSource(PANEL_SOURCES.records) as GeoJSONSource | undefined;
    // (null, not undefined, when no panel is shown: a setData here fires sourcedata, which runs this again.)
    if (records && (records !== appliedRecords.source || (shown?.view.view ?? null) !== appliedRecords.view)) {
      const features: Feature[] = [];
      for (const r of shown?.view.view ?? []) if (r.geometry) features.push({ type: 'Feature', id: r.key, geometry: r.geometry, properties: { fid: r.key, title: titleOf(shown!.def, r) } });
      void records.setData({ type: 'FeatureCollection', features });
      appliedRecords = { source: records, view: shown?.view.view ?? null };
      appliedSelected = { source: null, key: null };
    }
    if (records && (appliedSelected.source !== records || appliedSelected.key !== selectedKey)) {
      if (appliedSelected.key && appliedSelected.source === records) map.removeFeatureState({ source: PANEL_SOURCES.records, id: appliedSelected.key });
      if (selectedKey) map.setFeatureState({ source: PANEL_SOURCES.records, id: selectedKey }, { selected: true });
      appliedSelected = { source: records, key: selectedKey };
    }
    // Region counts of the view, normalised by the largest, as feature-state on both levels.
    for (const level of ['sido', 'sigungu'] as const) {
      const sourceId = PANEL_SOURCES[level];
      const source = map.getSource(sourceId);
      const before = appliedCounts[level];
      const key = `${shown?.def.id ?? ''}|${selectedKey ?? ''}`;
      if (!source || (before && before.source === source && before.view === (shown?.view.view ?? null) && before.key === key)) continue;
      // These sources are the choropleth's own: clear every state (not only the ids last set, which a
      // failed or interrupted pass could have left behind), then set the new counts.
      map.removeFeatureState({ source: sourceId });
      const ids: string[] = [];
      if (shown && shown.def.choropleth !== false && shown.def.regionKey) {
        const { counts } = regionCounts(shown.view.view, { regionKey: shown.def.regionKey, level });
        const max = Math.max(1, ...Object.values(counts));
        for (const [code, n] of Object.entries(counts)) {
          map.setFeatureState({ source: sourceId, id: code }, { n, q: n / max });
          ids.push(code);
        }
        const code = selectedRecord && shown.def.regionKey ? String(selectedRecord.props[shown.def.regionKey] ?? '') : '';
        const own = level === 'sido' ? (code.length === 2 ? code : '') : code.length >= 5 && !selectedRecord?.geometry ? code.slice(0, 5) : '';
        if (own) {
          map.setFeatureState({ source: sourceId, id: own }, { sel: true });
          ids.push(own);
        }
      }
      appliedCounts = { ...appliedCounts, [level]: { source, ids, view: shown?.view.view ?? null, key } };
    }
    const aoiSource = map.getSource(PANEL_SOURCES.aoi) as GeoJSONSource | undefined;
    const draftSource = map.getSource(PANEL_SOURCES.draft) as GeoJSONSource | undefined;
    if (aoiSource && draftSource && (appliedAoi.source !== aoiSource || appliedAoi.aoi !== s.aoi || appliedAoi.draft !== s.draft)) {
      void aoiSource.setData(s.aoi ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: s.aoi.geometry, properties: { label: s.aoi.label } }] } : EMPTY);
      const vertices: Feature[] = s.draft.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: p }, properties: {} }));
      const line: Feature[] = s.draft.length > 1 ? [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [...s.draft, s.draft[0]!] }, properties: {} }] : [];
      void draftSource.setData({ type: 'FeatureCollection', features: [...line, ...vertices] });
      appliedAoi = { source: aoiSource, aoi: s.aoi, draft: s.draft };
    }
  };

  let frame = 0;
  const schedule = () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        try {
          sync();
        } catch (err) {
          console.warn('panel map link:', err instanceof Error ? err.message : err);
        }
      });
  };
  const onClick = (e: MapMouseEvent) => {
    const s = panelUi.getState();
    if (s.tool === 'polygon') return s.addVertex([e.lngLat.lng, e.lngLat.lat]);
    if (s.tool === 'region') return void pickRegionAt(stores.api, e.lngLat.lng, e.lngLat.lat);
    const def = shownPanel(s);
    if (!def) return;
    const layers = RECORD_LAYERS.filter((id) => map.getLayer(id));
    const hit = layers.length ? map.queryRenderedFeatures([[e.point.x - 4, e.point.y - 4], [e.point.x + 4, e.point.y + 4]], { layers })[0] : undefined;
    const key = hit?.properties?.['fid'];
    if (typeof key === 'string') panelUi.getState().select({ panelId: def.id, key });
  };
  const onDblClick = (e: MapMouseEvent) => {
    if (panelUi.getState().tool !== 'polygon') return;
    e.preventDefault();
    finishDrawing(stores.api);
  };
  const onKey = (e: KeyboardEvent) => {
    const s = panelUi.getState();
    if (s.tool === 'off') return;
    if (e.key === 'Escape') s.setTool('off');
    else if (e.key === 'Enter' && s.tool === 'polygon') finishDrawing(stores.api);
    else if (e.key === 'Backspace' && s.tool === 'polygon' && !(e.target instanceof HTMLInputElement)) s.undoVertex();
    else return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  // While an area tool is on it owns map clicks (no region card, no road-link card).
  const syncTool = (tool: PanelUiData['tool']) => {
    map.getCanvas().style.cursor = tool === 'off' ? '' : 'crosshair';
    if (tool === 'off') map.doubleClickZoom.enable();
    else map.doubleClickZoom.disable();
    // The tool's own click listener adds the vertex; the interceptor only keeps the cards closed.
    setClickInterceptor(tool === 'off' ? null : () => true);
  };
  map.on('styledata', schedule);
  map.on('sourcedata', schedule);
  map.on('click', onClick);
  map.on('dblclick', onDblClick);
  window.addEventListener('keydown', onKey, true);
  const unsubscribe = [
    panelUi.subscribe((s, prev) => {
      if (s.tool !== prev.tool) syncTool(s.tool);
      schedule();
    }),
    stores.live.subscribe((s, prev) => {
      if (s.streams !== prev.streams) schedule();
    }),
  ];
  schedule();
  return () => {
    for (const u of unsubscribe) u();
    cancelAnimationFrame(frame);
    map.off('styledata', schedule);
    map.off('sourcedata', schedule);
    map.off('click', onClick);
    map.off('dblclick', onDblClick);
    window.removeEventListener('keydown', onKey, true);
    if (panelUi.getState().tool !== 'off') setClickInterceptor(null);
  };
}

function flyToRecord(map: MaplibreMap, stores: AppStores, def: PanelDefinition, r: { geometry: Feature['geometry'] | null; props: Record<string, unknown> }): void {
  if (r.geometry?.type === 'Point') {
    const [lon, lat] = r.geometry.coordinates as [number, number];
    map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 11), duration: 800 });
    return;
  }
  if (r.geometry) {
    const b = turfBbox(turfFeature(r.geometry));
    flyToBbox([b[0], b[1], b[2], b[3]]);
    return;
  }
  const code = def.regionKey ? String(r.props[def.regionKey] ?? '') : '';
  if (!/^\d{2}$|^\d{5}/.test(code)) return;
  const level = code.length === 2 ? 'sido' : 'sigungu';
  stores.api.invoke('region:card', { level, code: code.slice(0, level === 'sido' ? 2 : 5) }).then((card) => card && flyToBbox(card.bbox), () => undefined);
}

export function PanelMapLink() {
  const stores = useStores();
  useEffect(() => {
    let cleanup: (() => void) | null = null;
    const stop = onCurrentMap((map) => {
      cleanup?.();
      cleanup = map ? bind(map, stores) : null;
    });
    return () => {
      stop();
      cleanup?.();
    };
  }, [stores]);
  return null;
}

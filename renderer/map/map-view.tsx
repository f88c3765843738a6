/**
 * The map: created once (after fonts and settings are ready), then driven by the stores. Every
 * style change goes through the map controller; pointer events feed the status bar, the region
 * card and the measure tool.
 */
import { useEffect, useRef } from 'react';
import { Map as MaplibreMap, setWorkerUrl, type MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { buildStyle, sourcesInView } from './style';
import { createMapController } from './map-controller';
import { createLiveBinder } from './live-binder';
import { createFeatureStateBinder } from './feature-state-binder';
import { installPlaceIcons } from './sprite';
import { measureFeatures, type LonLat } from '../state/measure';
import { useStores, type AppStores } from '../app/stores';
import { exposeMapForTests } from '../app/test-hooks';
import { setCurrentMap } from '../app/map-access';
import { UI_FONT_FAMILY, hangulFontUrls } from '../app/fonts';
import { showRegionAt } from '../app/region-actions';
import { interceptClick } from './click-intercept';
import { ITS_ITEM_LAYERS, itsSelection, selectedItemOf, selectedLinkOf } from '../state/its-selection';
import { installItsIcons } from '../domains/its-traffic/icons';
import { forestUi } from '../domains/forest-disaster/forest-ui-store';
import { PESTS_FILL_LAYER } from '../domains/forest-disaster/pests';

// maplibre's worker is a file of our own origin: the CSP allows no blob: workers.
setWorkerUrl(workerUrl);

/** Root URL of the app (where `geo/` lives), absolute as maplibre needs for its requests. */
export function appBaseUrl(): string {
  return new URL('./', document.baseURI).href;
}

const HOVER_THROTTLE_MS = 120;

function desiredStyle(stores: AppStores, activeSources: ReadonlySet<string>) {
  const ui = stores.ui.getState();
  const cursor = stores.mapView.getState().cursor;
  const drawing = ui.measure.mode !== 'off' && !ui.measure.finished;
  return buildStyle(stores.registry, ui.theme, ui.language, appBaseUrl(), {
    layers: stores.layers.getState().layers,
    selection: ui.card ? { level: ui.card.level, sgisCode: ui.card.sgisCode } : null,
    measure: measureFeatures(ui.measure, drawing && cursor ? ([cursor.lon, cursor.lat] as LonLat) : null),
    hangulFonts: hangulFontUrls(),
    activeSources,
  });
}

/** Grow the set of loaded sources to what the view needs at this zoom; true if it grew. */
function activateSources(active: Set<string>, stores: AppStores, zoom: number): boolean {
  const before = active.size;
  for (const id of sourcesInView(desiredStyle(stores, active), zoom)) active.add(id);
  return active.size !== before;
}

/** Region under the cursor, looked up at most every HOVER_THROTTLE_MS, stale answers dropped. */
function createHoverLookup(stores: AppStores) {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  const lookup = () => {
    last = Date.now();
    const cursor = stores.mapView.getState().cursor;
    if (!cursor) return;
    const mine = ++seq;
    stores.api
      .invoke('region:at', cursor)
      .then((hit) => {
        if (mine === seq) stores.mapView.getState().setHover(hit ? { kind: 'hit', hit } : { kind: 'outside' });
      })
      .catch(() => undefined);
  };
  return {
    request() {
      const wait = HOVER_THROTTLE_MS - (Date.now() - last);
      if (wait <= 0) lookup();
      else if (timer === undefined) timer = setTimeout(() => ((timer = undefined), lookup()), wait);
    },
    cancel: () => clearTimeout(timer),
  };
}

export function MapView() {
  const stores = useStores();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const view = stores.mapView.getState().view;
    // Sources stay loaded once activated: zooming out and in again must not re-fetch them.
    const active = new Set<string>();
    activateSources(active, stores, view.zoom);
    const initial = desiredStyle(stores, active);
    const map = new MaplibreMap({
      container: container.current,
      style: initial,
      center: view.center,
      zoom: view.zoom,
      bearing: view.bearing,
      pitch: view.pitch,
      minZoom: 4,
      maxZoom: 16,
      localIdeographFontFamily: UI_FONT_FAMILY,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.touchZoomRotate.disableRotation();
    installPlaceIcons(map);
    installItsIcons(map);
    exposeMapForTests(map);
    setCurrentMap(map);
    const controller = createMapController(map, initial);

    // Coalesce store changes into one reconciliation per frame.
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        activateSources(active, stores, map.getZoom());
        controller.reconcile(desiredStyle(stores, active));
      });
    };
    // Live data goes to the sources directly (not through the style): incremental updates by id.
    const binder = createLiveBinder(map, stores.registry);
    const states = createFeatureStateBinder(map, stores.registry);
    let liveFrame = 0;
    let retryOnIdle = false;
    const syncLive = () => {
      if (liveFrame) return;
      liveFrame = requestAnimationFrame(() => {
        liveFrame = 0;
        if (!map.isStyleLoaded()) {
          // Tiles still loading (e.g. after a jump): apply once the map is idle, or this change would be lost.
          if (!retryOnIdle) {
            retryOnIdle = true;
            map.once('idle', () => {
              retryOnIdle = false;
              syncLive();
            });
          }
          return;
        }
        binder.sync(stores.live.getState());
        states.sync(stores.live.getState());
      });
    };
    map.on('load', syncLive);
    map.on('styledata', syncLive);
    const hover = createHoverLookup(stores);
    const unsubscribe = [
      stores.ui.subscribe((s, prev) => {
        if (s.theme !== prev.theme || s.language !== prev.language || s.card !== prev.card || s.measure !== prev.measure) schedule();
        if (s.measure.mode !== prev.measure.mode) {
          if (s.measure.mode === 'off') map.doubleClickZoom.enable();
          else map.doubleClickZoom.disable();
          map.getCanvas().style.cursor = s.measure.mode === 'off' ? '' : 'crosshair';
        }
      }),
      stores.layers.subscribe(schedule),
      stores.live.subscribe((s, prev) => {
        if (s.streams !== prev.streams) syncLive();
      }),
      stores.mapView.subscribe((s, prev) => {
        const m = stores.ui.getState().measure;
        if (s.cursor !== prev.cursor && m.mode !== 'off' && !m.finished) schedule();
      }),
    ];

    const readView = () => {
      const c = map.getCenter();
      stores.mapView.getState().setView({ center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() });
    };
    map.on('move', readView);
    map.on('zoomend', () => {
      if (activateSources(active, stores, map.getZoom())) schedule();
    });
    map.on('mousemove', (e: MapMouseEvent) => {
      stores.mapView.getState().setCursor({ lon: e.lngLat.lng, lat: e.lngLat.lat });
      hover.request();
    });
    map.getCanvasContainer().addEventListener('mouseleave', () => stores.mapView.getState().setCursor(null));
    map.on('click', (e: MapMouseEvent) => {
      if (interceptClick(e.lngLat.lng, e.lngLat.lat)) return;
      const ui = stores.ui.getState();
      if (ui.measure.mode !== 'off' && !ui.measure.finished) {
        ui.addMeasurePoint([e.lngLat.lng, e.lngLat.lat]);
        return;
      }
      // A click on a road link opens its card (closures); anywhere else the region card.
      const box: [[number, number], [number, number]] = [[e.point.x - 4, e.point.y - 4], [e.point.x + 4, e.point.y + 4]];
      // An ITS item (incident, hazard, camera, sign) under the pointer opens its card first.
      const itemLayers = ITS_ITEM_LAYERS.map(([id]) => id).filter((id) => map.getLayer(id));
      const hit = itemLayers.length > 0 ? map.queryRenderedFeatures(box, { layers: itemLayers })[0] : undefined;
      const item = hit ? selectedItemOf(hit.layer.id, hit.properties) : null;
      if (item) {
        itsSelection.getState().selectItem(item);
        return;
      }
      const link = map.getLayer('its-traffic:links-line') ? map.queryRenderedFeatures(box, { layers: ['its-traffic:links-line'] })[0] : undefined;
      const selected = link ? selectedLinkOf(link.properties, e.lngLat.lng, e.lngLat.lat) : null;
      itsSelection.getState().select(selected);
      if (selected) return;
      // A pest-control zone under the pointer opens its card, before the region card of the ground it lies on.
      const pest = map.getLayer(PESTS_FILL_LAYER) ? map.queryRenderedFeatures(box, { layers: [PESTS_FILL_LAYER] })[0] : undefined;
      const pestKey = typeof pest?.properties['fid'] === 'string' ? pest.properties['fid'] : null;
      forestUi.getState().selectPest(pestKey);
      if (pestKey) return;
      void showRegionAt(stores, e.lngLat.lng, e.lngLat.lat);
    });
    map.on('dblclick', (e: MapMouseEvent) => {
      const ui = stores.ui.getState();
      if (ui.measure.mode !== 'off' && !ui.measure.finished) {
        e.preventDefault();
        ui.finishMeasure();
      }
    });
    map.on('error', (e) => console.warn('map error', e.error.message));

    return () => {
      for (const u of unsubscribe) u();
      hover.cancel();
      cancelAnimationFrame(frame);
      cancelAnimationFrame(liveFrame);
      setCurrentMap(null);
      map.remove();
    };
  }, [stores]);

  return <div ref={container} className="map" role="application" aria-label="map" />;
}

/// <reference types="vite/client" />
/**
 * Browser side of the recolour benchmark: two real maplibre maps with the app's own road layers
 * (`roadsModule` of renderer/domains/its-traffic, dark theme) over the same 10,000 synthetic links.
 * - `feature-state`: the module's layers as they are; a recolour is one `setFeatureState` per link.
 * - `set-data`: the same layers with every `['feature-state', k]` read as `['get', k]`; a recolour is
 *   one `setData` of the whole collection with the new speeds in the properties (the collections are
 *   built before the clock starts, so `setData` is not charged for building them).
 * A recolour counts as "on screen" at the first rendered frame in which every sampled line pixel
 * (about 48, spread over the whole canvas, chosen where a link is drawn in the old colour) shows
 * the new colour, read back from the drawing buffer.
 */
import { Map as MaplibreMap, setWorkerUrl, type GeoJSONSource, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { CONGESTION_COLOURS } from '../../main/common/its/congestion-colours';
import { roadsModule, ROADS_SOURCE } from '../../renderer/domains/its-traffic/roads';
import { styleContext } from '../../renderer/map/style';
import { syntheticLinks, TEN_THOUSAND, withSpeed, type SyntheticLinkProps } from './synthetic-links';
import type { FeatureCollection, LineString } from 'geojson';

setWorkerUrl(workerUrl);

export type Mode = 'feature-state' | 'set-data';
export type Target = 'A' | 'B';

/** One recolour as measured inside the page (ms, from just before the call). */
export interface RepResult {
  mode: Mode;
  to: Target;
  /** The synchronous call(s): 10,000 × setFeatureState, or one setData. */
  callMs: number;
  /** Until the first frame with every sampled pixel in the new colour. */
  screenMs: number;
  /** Until the map's next `idle`. */
  idleMs: number;
  frames: number;
  /** Wall time spent reading pixels back (mostly waiting for the GPU process to finish the frame). */
  checkMs: number;
  longTasks: number;
  longTaskMs: number;
}

export interface BenchPage {
  links: number;
  samples: Record<Mode, number>;
  rep(mode: Mode, to: Target): Promise<RepResult>;
  /** Context: one repaint with nothing changed (ms until the frame's pixels are read back). */
  frame(mode: Mode): Promise<number>;
}

declare global {
  interface Window {
    __bench?: BenchPage;
    __benchError?: string;
  }
}

/** A: free flow (speed = free-flow speed), B: jammed (10% of it): every link changes class. */
const SPEED: Record<Target, number> = { A: 100, B: 10 };
const COLOUR: Record<Target, [number, number, number]> = { A: rgb(CONGESTION_COLOURS.free), B: rgb(CONGESTION_COLOURS.jammed) };
const TOLERANCE = 3;

function rgb(hex: string): [number, number, number] {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}

/** The module's paint and layout with feature-state reads turned into property reads. */
function stateToProps(v: unknown): unknown {
  if (Array.isArray(v)) return v[0] === 'feature-state' ? ['get', v[1]] : v.map(stateToProps);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stateToProps(x)]));
  return v;
}

interface BenchMap {
  map: MaplibreMap;
  gl: WebGL2RenderingContext | WebGLRenderingContext;
  samples: Array<[number, number]>;
}

const network = syntheticLinks(TEN_THOUSAND);
const ids = network.features.map((f) => f.properties.linkId);
const collections: Record<Target, FeatureCollection<LineString, SyntheticLinkProps>> = { A: withSpeed(network, SPEED.A), B: withSpeed(network, SPEED.B) };

function styleFor(mode: Mode): StyleSpecification {
  const ctx = styleContext('dark', 'ko', location.href);
  const layers = roadsModule.layers(ctx, { visible: true, opacity: 1 });
  const data = mode === 'set-data' ? collections.A : network;
  return {
    version: 8,
    sources: { [ROADS_SOURCE]: { type: 'geojson', data, promoteId: 'linkId' } },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#10161e' } }, ...(mode === 'set-data' ? (stateToProps(layers) as LayerSpecification[]) : layers)],
  };
}

const onceIdle = (map: MaplibreMap) => new Promise<number>((resolve) => map.once('idle', () => resolve(performance.now())));

async function createBenchMap(mode: Mode, container: string): Promise<BenchMap> {
  const [w, s, e, n] = TEN_THOUSAND.bbox;
  const map = new MaplibreMap({
    container,
    style: styleFor(mode),
    bounds: [w, s, e, n],
    fitBoundsOptions: { padding: 12 },
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio: 1,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
  });
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  if (mode === 'feature-state') for (const id of ids) map.setFeatureState({ source: ROADS_SOURCE, id }, { speed: SPEED.A });
  map.triggerRepaint();
  await onceIdle(map);
  const canvas = map.getCanvas();
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) throw new Error('no WebGL context on the map canvas');
  return { map, gl, samples: findSamples(gl, COLOUR.A) };
}

function matches(px: ArrayLike<number>, at: number, want: [number, number, number]): boolean {
  return Math.abs(px[at]! - want[0]) <= TOLERANCE && Math.abs(px[at + 1]! - want[1]) <= TOLERANCE && Math.abs(px[at + 2]! - want[2]) <= TOLERANCE;
}

/** Up to one pixel of colour `want` per cell of an 8 × 6 grid over the drawing buffer. */
function findSamples(gl: WebGL2RenderingContext | WebGLRenderingContext, want: [number, number, number]): Array<[number, number]> {
  const w = gl.drawingBufferWidth;
  const h = gl.drawingBufferHeight;
  const px = new Uint8Array(w * h * 4);
  gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
  const samples: Array<[number, number]> = [];
  const cols = 8;
  const rows = 6;
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < cols; cx++) {
      search: for (let y = Math.floor((cy * h) / rows); y < Math.floor(((cy + 1) * h) / rows); y++) {
        for (let x = Math.floor((cx * w) / cols); x < Math.floor(((cx + 1) * w) / cols); x++) {
          if (matches(px, (y * w + x) * 4, want)) {
            samples.push([x, y]);
            break search;
          }
        }
      }
    }
  }
  if (samples.length < 24) throw new Error(`only ${samples.length} sample pixels in the link colour: the network is not drawn as expected`);
  return samples;
}

const one = new Uint8Array(4);
function samplesMatch(m: BenchMap, want: [number, number, number]): boolean {
  for (const [x, y] of m.samples) {
    m.gl.readPixels(x, y, 1, 1, m.gl.RGBA, m.gl.UNSIGNED_BYTE, one);
    if (!matches(one, 0, want)) return false;
  }
  return true;
}

const longTasks: Array<{ start: number; duration: number }> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

async function rep(maps: Record<Mode, BenchMap>, mode: Mode, to: Target): Promise<RepResult> {
  const m = maps[mode];
  const want = COLOUR[to];
  let frames = 0;
  let checkMs = 0;
  const t0 = performance.now();
  const screen = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode}: new colours not on screen within 120 s`)), 120_000);
    const onRender = () => {
      frames++;
      const c0 = performance.now();
      const ok = samplesMatch(m, want);
      checkMs += performance.now() - c0;
      if (!ok) return;
      m.map.off('render', onRender);
      clearTimeout(timer);
      resolve(performance.now());
    };
    m.map.on('render', onRender);
  });
  const idle = onceIdle(m.map);
  if (mode === 'feature-state') {
    for (const id of ids) m.map.setFeatureState({ source: ROADS_SOURCE, id }, { speed: SPEED[to] });
  } else {
    (m.map.getSource(ROADS_SOURCE) as GeoJSONSource).setData(collections[to]);
  }
  const t1 = performance.now();
  const tScreen = await screen;
  const tIdle = await idle;
  // Long-task entries arrive after the task ends: give the observer a moment.
  await new Promise((r) => setTimeout(r, 60));
  const mine = longTasks.filter((l) => l.start >= t0 - 1 && l.start < tIdle);
  return {
    mode,
    to,
    callMs: t1 - t0,
    screenMs: tScreen - t0,
    idleMs: Math.max(tIdle, tScreen) - t0,
    frames,
    checkMs,
    longTasks: mine.length,
    longTaskMs: mine.reduce((s, l) => s + l.duration, 0),
  };
}

async function frame(m: BenchMap): Promise<number> {
  const t0 = performance.now();
  const done = new Promise<number>((resolve) => {
    m.map.once('render', () => {
      m.gl.readPixels(0, 0, 1, 1, m.gl.RGBA, m.gl.UNSIGNED_BYTE, one);
      resolve(performance.now() - t0);
    });
  });
  const idle = onceIdle(m.map);
  m.map.triggerRepaint();
  const ms = await done;
  await idle;
  return ms;
}

async function main(): Promise<void> {
  // Canvas size from the URL (?w=&h=), so the cost of drawing a frame can be varied.
  const q = new URLSearchParams(location.search);
  for (const el of document.querySelectorAll<HTMLElement>('.map')) {
    el.style.width = `${Number(q.get('w') ?? 960)}px`;
    el.style.height = `${Number(q.get('h') ?? 600)}px`;
  }
  // One at a time, so the two maps do not compete while loading.
  const fs = await createBenchMap('feature-state', 'map-feature-state');
  const sd = await createBenchMap('set-data', 'map-set-data');
  const maps: Record<Mode, BenchMap> = { 'feature-state': fs, 'set-data': sd };
  window.__bench = { links: ids.length, samples: { 'feature-state': fs.samples.length, 'set-data': sd.samples.length }, rep: (mode, to) => rep(maps, mode, to), frame: (mode) => frame(maps[mode]) };
}

main().catch((e: unknown) => {
  window.__benchError = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
});

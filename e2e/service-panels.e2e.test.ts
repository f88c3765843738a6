// End to end, the eighteen service panels (issue 8): `sitroom serve` with the embedded demo hub (which
// seeds every panel dataset on `panels.<id>` and the GCMA keys) in Debian's Chromium. Each panel is
// opened from the dock's panel picker and shows as many records as the core holds for its stream (read
// from the core over the app's own IPC socket, not from the renderer). Then an area is drawn around
// Seoul with mouse clicks on the map, and each panel, reached by its tab, shows the records inside it,
// counted here independently of the app: points by turf's point-in-polygon, lines and areas by turf's
// intersection, region-coded records by the sigungu the drawn polygon overlaps (turf over the sigungu
// boundaries); panels not tied to a place (GCMA keys, KLIC statutes) are not filtered.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { area as turfArea, bbox as turfBbox, booleanIntersects, booleanPointInPolygon, feature, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import type { LiveFeature, SyncSnapshotResult } from '../main/common/live-sync.js';
import type { PanelDefinition } from '../main/common/panels/panel-definition.js';
import { SERVICE_PANELS } from '../main/common/panels/registry.js';
import { artifactsDir, openAppSession, type AppSession } from './helpers/app-session.js';

type HookWindow = Window & { __sitroomMap?: MaplibreMap; __sitroomReady?: boolean };

/** A record as the core holds it, cut down to what the area test needs. */
interface CoreRecord {
  key: string;
  geometry: LiveFeature['geometry'];
  /** The panel's region code prop (`regionKey`), when it has one. */
  code: unknown;
}

/** The drawn area and, independently computed, the sigungu and provinces it overlaps. */
interface DrawnArea {
  polygon: Polygon;
  sigungu: Set<string>;
  sido: Set<string>;
}

// A pentagon around Seoul, reaching Gimpo airport in the west and a few Gyeonggi cities; no sigungu
// is cut by a sliver (each overlap is 0 or over 1 % of the sigungu), so pixel rounding cannot flip one.
const VERTICES: Array<[number, number]> = [
  [126.76, 37.48],
  [127.1, 37.43],
  [127.15, 37.57],
  [127.02, 37.67],
  [126.77, 37.6],
];

// Buttons and options get DOM events: software WebGL can take seconds per frame here and Playwright's
// actionability waits (stable over two frames) then time out. Map clicks are real mouse clicks.
const FORCE = { force: true, timeout: 120_000 } as const;

let session: AppSession;
let page: Page;

beforeAll(async () => {
  session = await openAppSession('service-panels', { width: 1500, height: 900 });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/**
 * The records the core holds for each panel's stream: `sync:snapshot` over the app's IPC socket, asked
 * from here (as the page would, with its origin and the launch secret), not read from the renderer.
 */
async function coreRecords(defs: readonly PanelDefinition[]): Promise<Record<string, CoreRecord[]>> {
  const { origin, port, secret } = session.server;
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ipc?secret=${secret}`, { origin });
  try {
    const reply = new Promise<{ ok: boolean; result?: SyncSnapshotResult; error?: string }>((resolve, reject) => {
      ws.on('error', reject);
      ws.on('message', (data: Buffer) => {
        const msg = JSON.parse(data.toString()) as { t: string; id?: number };
        if (msg.t === 'result' && msg.id === 1) resolve(msg as never);
      });
    });
    await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
    ws.send(JSON.stringify({ t: 'invoke', id: 1, channel: 'sync:snapshot', args: { streams: [...new Set(defs.map((d) => d.stream))] } }));
    const msg = await reply;
    if (!msg.ok || !msg.result) throw new Error(`sync:snapshot: ${msg.error}`);
    const byStream = new Map(msg.result.streams.map((st) => [st.stream, st.features]));
    return Object.fromEntries(defs.map((d) => [d.id, (byStream.get(d.stream) ?? []).map((f) => ({ key: f.key, geometry: f.geometry, code: d.regionKey ? f.props[d.regionKey] : null }))]));
  } finally {
    ws.close();
  }
}

/** The sigungu the polygon overlaps (by area, over the full-detail boundaries) and their provinces. */
function overlapping(polygon: Polygon): DrawnArea {
  const file = JSON.parse(readFileSync(new URL('../geo-data/out/regions/sigungu.geojson', import.meta.url), 'utf8')) as { features: Array<Feature<Polygon | MultiPolygon, { code: string; sidoCode: string }>> };
  const box = turfBbox(polygon);
  const sigungu = new Set<string>();
  const sido = new Set<string>();
  for (const f of file.features) {
    const b = turfBbox(f);
    if (b[2] < box[0] || b[0] > box[2] || b[3] < box[1] || b[1] > box[3]) continue;
    const inter = intersect(featureCollection([f, feature(polygon)]));
    if (!inter) continue;
    const share = turfArea(inter) / turfArea(f);
    // A sliver this thin would make the answer depend on rounding: the drawn area must avoid it.
    if (share > 0 && share < 1e-4) throw new Error(`the drawn area grazes sigungu ${f.properties.code} (${share}): move a vertex`);
    sigungu.add(f.properties.code);
    sido.add(f.properties.sidoCode);
  }
  return { polygon, sigungu, sido };
}

/** Whether the panel should list the record inside the drawn area. */
function inDrawnArea(def: PanelDefinition, r: CoreRecord, a: DrawnArea): boolean {
  if (def.geometry === 'none') return true; // not tied to a place: not filtered (the panel says so)
  const g = r.geometry;
  if (g) return g.type === 'Point' ? booleanPointInPolygon(g.coordinates as number[], a.polygon) : booleanIntersects(feature(g as never), feature(a.polygon));
  const code = typeof r.code === 'string' || typeof r.code === 'number' ? String(r.code).trim() : '';
  if (/^\d{2}$/.test(code)) return a.sido.has(code);
  if (/^\d{5}(\d{5})?$/.test(code)) return a.sigungu.has(code.slice(0, 5));
  return false;
}

const host = (id: string) => page.locator(`[data-testid=panel-${id}]`);

/** What the panel shows (its counts, as attributes and as text) next to what the core holds. */
async function shownVsCore(def: PanelDefinition, area: DrawnArea | null) {
  const records = (await coreRecords([def]))[def.id]!;
  const expected = area ? records.filter((r) => inDrawnArea(def, r, area)).length : records.length;
  const ui = await host(def.id).evaluate((el) => ({ shown: Number(el.getAttribute('data-shown')), total: Number(el.getAttribute('data-total')), text: el.querySelector('[data-testid=panel-counts]')?.textContent ?? '' }));
  const textOk = ui.text.includes(ui.shown.toLocaleString('en-US')) && ui.text.includes(ui.total.toLocaleString('en-US'));
  return { panel: def.id, shown: ui.shown, expected, total: ui.total, core: records.length, textOk };
}
const agrees = (o: Awaited<ReturnType<typeof shownVsCore>>) => o.shown === o.expected && o.total === o.core && o.textOk;

describe('the eighteen service panels end to end (Chromium + sitroom serve with the demo hub)', () => {
  it('opens every panel with the core’s record count, and each follows an area drawn around Seoul', async () => {
    await page.goto(session.server.url);
    await page.waitForFunction(() => (window as HookWindow).__sitroomReady === true, undefined, { timeout: 300_000, polling: 500 });
    // The demo hub seeds the datasets a moment after it starts, in chunks: wait until every stream has some.
    await expect.poll(async () => Object.entries(await coreRecords(SERVICE_PANELS)).filter(([, r]) => r.length === 0).map(([id]) => id), { timeout: 120_000, interval: 1000 }).toEqual([]);

    // 1. Every panel from the dock's picker, as an operator opens it: all its records, as many as the core holds.
    await page.locator('[data-testid=panel-dock-open]').dispatchEvent('click');
    await page.locator('[data-testid=panel-dock]').waitFor({ timeout: 60_000 });
    for (const def of SERVICE_PANELS) {
      await page.locator(`[data-testid=panel-open-select] option[value="${def.id}"]`).waitFor({ state: 'attached', timeout: 60_000 });
      await page.locator('[data-testid=panel-open-select]').selectOption(def.id, FORCE);
      await host(def.id).waitFor({ timeout: 60_000 });
      await expect.poll(() => shownVsCore(def, null), { timeout: 60_000, interval: 1000 }).toSatisfy(agrees);
    }
    expect(await page.locator('[data-testid=panel-dock] [data-tab]').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-tab')))).toEqual(SERVICE_PANELS.map((d) => d.id));

    // 2. Draw the pentagon with the area tool: one click per vertex on the map, Enter to finish. The
    // view keeps it clear of the floating domain panel at the map's bottom left.
    await page.evaluate((v) => {
      const lons = v.map((p) => p[0]);
      const lats = v.map((p) => p[1]);
      (window as HookWindow).__sitroomMap!.fitBounds([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], { padding: { top: 60, left: 40, right: 40, bottom: 340 }, animate: false });
    }, VERTICES);
    await page.locator('[data-testid=aoi-draw]').dispatchEvent('click');
    await expect.poll(() => page.locator('[data-testid=aoi-draw]').getAttribute('aria-pressed'), { timeout: 30_000 }).toBe('true');
    const canvas = (await page.locator('.map canvas').boundingBox())!;
    for (const v of VERTICES) {
      const p = await page.evaluate((ll) => (window as HookWindow).__sitroomMap!.project(ll), v);
      const x = canvas.x + p.x;
      const y = canvas.y + p.y;
      // The click must land on the map itself, not on a floating panel over it.
      expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName, [x, y])).toBe('CANVAS');
      await page.mouse.click(x, y);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=aoi-tools]').getAttribute('data-aoi'), { timeout: 30_000 }).not.toBe('');

    // The area the app holds is the one drawn (its source on the map), within a pixel or so of the aim.
    const drawn = await page.waitForFunction(
      () => {
        const data = ((window as HookWindow).__sitroomMap!.getSource('panels:aoi') as GeoJSONSource | undefined)?.serialize().data;
        const g = typeof data === 'object' && data.type === 'FeatureCollection' ? data.features[0]?.geometry : undefined;
        return g?.type === 'Polygon' ? g : null;
      },
      undefined,
      { timeout: 60_000, polling: 500 },
    );
    const polygon = (await drawn.jsonValue()) as Polygon;
    const ring = polygon.coordinates[0]!;
    expect(ring.length).toBe(VERTICES.length + 1);
    VERTICES.forEach((v, i) => expect(Math.hypot(ring[i]![0]! - v[0], ring[i]![1]! - v[1])).toBeLessThan(0.01));
    const area = overlapping(polygon);
    expect([...area.sido].sort()).toEqual(['11', '28', '41']); // Seoul, with bits of Incheon and Gyeonggi

    // Each panel by its tab: the records inside the area, as counted here from the core's records.
    const after: Record<string, { shown: number; total: number }> = {};
    for (const def of SERVICE_PANELS) {
      await page.locator(`[data-testid=panel-dock] [data-tab="${def.id}"] [role=tab]`).dispatchEvent('click');
      await host(def.id).waitFor({ timeout: 60_000 });
      await expect.poll(() => shownVsCore(def, area), { timeout: 60_000, interval: 1000 }).toSatisfy(agrees);
      const o = await shownVsCore(def, area);
      after[def.id] = { shown: o.shown, total: o.total };
    }
    // The area really cuts: datasets over the country keep some records and drop others; the hub's own
    // feed health sits at the hub (not in Seoul); keys and statutes are not placed and all stay.
    for (const def of SERVICE_PANELS) {
      const { shown, total } = after[def.id]!;
      if (def.geometry === 'none') expect(shown, def.id).toBe(total);
      else if (def.id === 'nirs') expect([shown, total > 0], def.id).toEqual([0, true]);
      else {
        expect(shown, def.id).toBeGreaterThan(0);
        expect(shown, def.id).toBeLessThan(total);
      }
    }

    writeFileSync(join(artifactsDir, 'service-panels.json'), `${JSON.stringify({ vertices: ring, sigungu: [...area.sigungu].sort(), panels: after }, null, 1)}\n`);
    await page.screenshot({ path: join(artifactsDir, 'service-panels.png') });
    expect(session.pageErrors).toEqual([]);
  }, 540_000);
});

// End to end, ITS across workstations: one standalone `sitroom hub` and two `sitroom serve` app
// instances (kim and lee, operators, each with its own data folder and browser context), driven in
// Debian's Chromium. Link speeds are fed to the hub through its admin hook as `its.traffic` events on
// schematic link ids; the road network itself is local geo-data in each app. Proves:
// - a speed change arriving live recolours the link's pixels on a workstation (read back from WebGL);
// - a closure made on kim's workstation shows its detour on lee's, and reopening removes it there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { CONGESTION_COLOURS } from '../main/common/its/congestion-colours.js';
import { startHubWithClients, type HubWithClients, type Workstation } from './helpers/two-clients.js';
import { ROOT } from './helpers/processes.js';
import { pixelsAround } from './helpers/map-page.js';

type HookWindow = Window & { __sitroomMap?: MaplibreMap; __sitroomLive?: () => { counts: Record<string, number> } };

interface LinkFeature {
  properties: { linkId: string; route: number; roadName: string; dir: 'F' | 'B'; freeFlowKmh: number };
  geometry: { coordinates: [number, number][] };
}

const NETWORK = 'its-traffic:links-network';
const links = (JSON.parse(readFileSync(join(ROOT, 'geo-data/out/roads/links.geojson'), 'utf8')) as { features: LinkFeature[] }).features;
const mid = (f: LinkFeature): [number, number] => {
  const [a, b] = f.geometry.coordinates;
  return [(a![0] + b![0]) / 2, (a![1] + b![1]) / 2];
};
// 경부 between 오산 and 안성 (away from the 영동 crossing at 신갈): every link there gets a speed.
const stretch = links.filter((f) => f.properties.route === 1 && mid(f)[1] > 37.0 && mid(f)[1] < 37.2);
const forward = stretch.filter((f) => f.properties.dir === 'F');
const target = forward[Math.floor(forward.length / 2)]!;
const targetPiece = target.properties.linkId.replace(/-F$/, '');
const targetIds = [`${targetPiece}-F`, `${targetPiece}-B`];

let ts = Date.UTC(2026, 10, 27, 0, 0, 0);
function speedEvent(f: LinkFeature, speedKmh: number) {
  ts += 1000;
  const { linkId, roadName } = f.properties;
  return {
    stream: 'its.traffic',
    id: `e2e-its:${linkId}:${ts}`,
    key: linkId,
    kind: 'link.speed',
    op: 'upsert',
    ts,
    status: 'actual',
    geometry: null,
    props: { linkId, speedKmh, travelTimeS: null, congestion: null, roadName, roadDrcType: null, startNodeId: null, endNodeId: null },
    source: 'e2e:its-two-clients',
  };
}

function rgb(hex: string): [number, number, number] {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}


/** How many pixels are within `tol` (per channel) of a colour. */
function countNear(px: number[], hex: string, tol = 24): number {
  const [r, g, b] = rgb(hex);
  let n = 0;
  for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - r) <= tol && Math.abs(px[i + 1]! - g) <= tol && Math.abs(px[i + 2]! - b) <= tol) n++;
  return n;
}

const liveCount = (page: Page, stream: string) => page.evaluate((s) => (window as HookWindow).__sitroomLive?.().counts[s] ?? 0, stream);

let rig: HubWithClients;
let kim: Workstation;
let lee: Workstation;

beforeAll(async () => {
  rig = await startHubWithClients('its', { viewport: { width: 1024, height: 720 } });
  [kim, lee] = rig.clients as [Workstation, Workstation];
  await rig.ingest(stretch.map((f) => speedEvent(f, 95)));
  await Promise.all([kim.open(), lee.open()]);
}, 600_000);

afterAll(async () => {
  await rig?.close();
});

describe('ITS across two workstations (standalone hub, two app instances)', () => {
  it('recolours a link on screen when its speed changes live', async () => {
    expect(stretch.length).toBeGreaterThan(20);
    const page = lee.page;
    await expect.poll(() => liveCount(page, 'its.traffic'), { timeout: 90_000, interval: 1000 }).toBe(stretch.length);
    await page.evaluate((c) => (window as HookWindow).__sitroomMap?.jumpTo({ center: c, zoom: 11 }), mid(target));
    const state = (id: string) => page.evaluate(([s, i]) => (window as HookWindow).__sitroomMap?.getFeatureState({ source: s, id: i })?.['speed'], [NETWORK, id] as const);
    await expect.poll(() => state(target.properties.linkId), { timeout: 60_000, interval: 1000 }).toBe(95);
    // Free flow: the free colour around the link, none of the jammed one.
    let px: number[] = [];
    await expect.poll(async () => countNear((px = await pixelsAround(page, mid(target), 6)), CONGESTION_COLOURS.free), { timeout: 60_000, interval: 1000 }).toBeGreaterThan(4);
    expect(countNear(px, CONGESTION_COLOURS.jammed)).toBe(0);

    // The hub receives a jam on both directions of that piece; lee's map recolours it.
    const appended = await rig.ingest(stretch.filter((f) => targetIds.includes(f.properties.linkId)).map((f) => speedEvent(f, 8)));
    expect(appended.appended).toBe(2);
    await expect.poll(() => state(target.properties.linkId), { timeout: 60_000, interval: 500 }).toBe(8);
    await expect.poll(async () => countNear((px = await pixelsAround(page, mid(target), 6)), CONGESTION_COLOURS.jammed), { timeout: 60_000, interval: 1000 }).toBeGreaterThan(4);
    expect(countNear(px, CONGESTION_COLOURS.free)).toBe(0);
    expect(lee.pageErrors).toEqual([]);
  }, 420_000);

  it("shows a closure made on kim's workstation with its detour on lee's, and removes it on reopening", async () => {
    const page = kim.page;
    await page.evaluate((c) => (window as HookWindow).__sitroomMap?.jumpTo({ center: c, zoom: 11 }), mid(target));
    // Click the link where kim's map draws it.
    const point = await page.evaluate((c) => {
      const map = (window as HookWindow).__sitroomMap!;
      const rect = map.getCanvas().getBoundingClientRect();
      const p = map.project(c);
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, mid(target));
    const card = page.locator('[data-testid=its-link-card]');
    await expect
      .poll(
        async () => {
          await page.mouse.click(point.x, point.y);
          return card.isVisible();
        },
        { timeout: 60_000, interval: 2000 },
      )
      .toBe(true);
    const linkId = await card.getAttribute('data-link-id');
    expect(targetIds).toContain(linkId);
    await card.locator('[data-testid=its-close-link]').click();
    await expect.poll(() => card.getAttribute('data-closed'), { timeout: 30_000 }).toBe('true');

    // Lee's workstation gets the closure and the detour kim's core computed, and draws the detour.
    await expect.poll(() => liveCount(lee.page, 'ops.closures'), { timeout: 60_000, interval: 1000 }).toBe(1);
    await expect.poll(() => liveCount(lee.page, 'ops.detours'), { timeout: 60_000, interval: 1000 }).toBe(1);
    // The detour starts and ends at the closed link's nodes, so it is drawn in lee's view of that link.
    await lee.page.evaluate((c) => (window as HookWindow).__sitroomMap?.jumpTo({ center: c, zoom: 11 }), mid(target));
    const drawn = () => lee.page.evaluate(() => (window as HookWindow).__sitroomMap?.queryRenderedFeatures({ layers: ['its-traffic:detours-line'] }).length ?? 0);
    await expect.poll(drawn, { timeout: 60_000, interval: 1000 }).toBeGreaterThan(0);
    await lee.page.screenshot({ path: join(ROOT, 'e2e', 'artifacts', 'its-two-clients-detour.png') });

    await card.locator('[data-testid=its-reopen]').click();
    await expect.poll(() => liveCount(lee.page, 'ops.detours'), { timeout: 60_000, interval: 1000 }).toBe(0);
    await expect.poll(drawn, { timeout: 60_000, interval: 1000 }).toBe(0);
    expect(kim.pageErrors).toEqual([]);
    expect(lee.pageErrors).toEqual([]);
  }, 420_000);
});

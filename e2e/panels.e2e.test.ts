// End to end, the panel framework: a standalone hub, two workstations (kim and lee, each its own
// `sitroom serve` and data folder), synthetic panel records fed through the hub's /admin/ingest. On
// kim's screen: a click on a record's point selects it in the panel; a click on a row flies the map
// there; a drawn area changes the panel's counts and the choropleth; the area published by kim shows
// on lee's screen with kim's name; a detached panel window follows the selection and the area.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { syntheticEvents, type SyntheticRegion } from '../main/common/panels/synthetic-panel.js';
import { artifactsDir } from './helpers/app-session.js';
import { startHubWithClients, type HubWithClients } from './helpers/two-clients.js';

type HookWindow = Window & { __sitroomMap?: MaplibreMap; __sitroomLive?: () => { counts: Record<string, number> } };

const index = JSON.parse(readFileSync(new URL('../geo-data/out/region-index.json', import.meta.url), 'utf8')) as { sigungu: Array<{ code: string; centroid: [number, number] }> };
// Six sigungu far apart: 종로구, 부산 중구, 의성군, 제주시, 강릉시, 광주 동구.
const CODES = ['11110', '26110', '47730', '50110', '51150', '29110'];
const regions: SyntheticRegion[] = CODES.map((code) => {
  const r = index.sigungu.find((s) => s.code === code);
  if (!r) throw new Error(`sigungu ${code} missing from the region index`);
  return { code, centroid: r.centroid };
});
const events = syntheticEvents(regions, 600);
const at = (key: string) => events.find((e) => e.key === key)!.geometry!.coordinates as [number, number];

let rig: HubWithClients;
// Buttons and rows get a DOM click event: software WebGL on a busy box can take seconds per frame, and
// Playwright's actionability waits (stable over two frames) then time out. Map clicks are real mouse clicks.
const FORCE = { force: true, timeout: 120_000 } as const;

beforeAll(async () => {
  rig = await startHubWithClients('panels', { viewport: { width: 1500, height: 900 } });
  await rig.ingest(events);
}, 240_000);

afterAll(async () => {
  await rig?.close();
});

async function openSyntheticPanel(page: Page): Promise<void> {
  // The records have reached this workstation's live store (hub → sync → core → renderer).
  await expect.poll(() => page.evaluate(() => (window as HookWindow).__sitroomLive?.().counts['test.synthetic'] ?? 0), { timeout: 120_000, interval: 1000 }).toBe(600);
  await page.locator('[data-testid=panel-dock-open]').dispatchEvent('click');
  await page.locator('[data-testid=panel-dock]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid=panel-open-select] option[value=synthetic]').waitFor({ state: 'attached', timeout: 60_000 });
  await page.locator('[data-testid=panel-open-select]').selectOption('synthetic', FORCE);
  await expect.poll(() => page.locator('[data-testid=panel-synthetic]').getAttribute('data-total'), { timeout: 60_000 }).toBe('600');
}

const shown = (page: Page) => page.locator('[data-testid=panel-synthetic]').getAttribute('data-shown');
const selected = (page: Page) => page.locator('[data-testid=panel-synthetic]').getAttribute('data-selected');

/** Pixel of a lon/lat in page coordinates. */
async function pixel(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((ll) => (window as HookWindow).__sitroomMap!.project(ll), lonLat);
  const box = (await page.locator('.map canvas').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

describe('panel framework end to end (hub + two workstations in Chromium)', () => {
  it('links records and map, filters by a drawn area, publishes it to the second workstation, and keeps a detached panel in sync', async () => {
    const [kim, lee] = rig.clients as [(typeof rig.clients)[0], (typeof rig.clients)[0]];
    const page = kim.page;
    await kim.open();
    await openSyntheticPanel(page);
    expect(await shown(page)).toBe('600');

    // A record's point on the map selects it in the panel (S-005: 광주 동구, region 5 of 6).
    const target = at('S-005');
    await page.evaluate((c) => (window as HookWindow).__sitroomMap!.jumpTo({ center: c, zoom: 14 }), target);
    const underPointer = () => page.evaluate((c) => { const m = (window as HookWindow).__sitroomMap!; return m.queryRenderedFeatures(m.project(c), { layers: ['panels:records-circle'] }).map((f) => String(f.properties['fid'])); }, target);
    await expect.poll(async () => (await underPointer()).length, { timeout: 60_000, interval: 500 }).toBeGreaterThan(0);
    const hit = (await underPointer())[0];
    expect(hit).toMatch(/^S-\d{3}$/);
    const p = await pixel(page, target);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => selected(page), { timeout: 60_000 }).toBe(hit);

    // A row click flies the map to its record (S-000, in 종로구).
    await page.locator('[data-testid=panel-synthetic] [data-key=S-000]').dispatchEvent('click');
    const seoul = at('S-000');
    await expect
      .poll(() => page.evaluate((c) => { const m = (window as HookWindow).__sitroomMap!; const ctr = m.getCenter(); return Math.hypot(ctr.lng - c[0], ctr.lat - c[1]) < 0.01 && m.getZoom() >= 10.9; }, seoul), { timeout: 30_000, interval: 300 })
      .toBe(true);
    expect(await selected(page)).toBe('S-000');

    // Draw a square around 종로구's records: only its 100 records stay, and the choropleth says so.
    const c = regions[0]!.centroid;
    await page.evaluate((ctr) => (window as HookWindow).__sitroomMap!.jumpTo({ center: ctr, zoom: 10 }), c);
    await page.locator('[data-testid=aoi-draw]').dispatchEvent('click');
    const d = 0.05;
    for (const v of [[c[0] - d, c[1] - d], [c[0] + d, c[1] - d], [c[0] + d, c[1] + d], [c[0] - d, c[1] + d]] as Array<[number, number]>) {
      const q = await pixel(page, v);
      await page.mouse.click(q.x, q.y);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => shown(page), { timeout: 30_000 }).toBe('100');
    await expect.poll(() => page.locator('[data-testid=panel-summary] [data-summary=count]').getAttribute('data-value')).toBe('100');
    const state = (code: string) => page.evaluate((id) => (window as HookWindow).__sitroomMap!.getFeatureState({ source: 'panels:choropleth-sigungu', id }), code);
    await expect.poll(async () => (await state('11110'))['n'], { timeout: 30_000 }).toBe(100);
    // The map link runs on animation frames (seconds apart under software WebGL): poll, as for 11110.
    await expect.poll(async () => (await state('26110'))['n'], { timeout: 30_000 }).toBeUndefined();

    // Publish: lee's workstation lists it with kim's name and draws it.
    await page.locator('[data-testid=aoi-publish]').dispatchEvent('click');
    await lee.open();
    await lee.page.locator('[data-testid=panel-dock-open]').dispatchEvent('click');
    const published = lee.page.locator('[data-testid=aoi-published] li[data-user=kim]');
    await published.waitFor({ timeout: 60_000 });
    await expect.poll(() => lee.page.evaluate(() => (window as HookWindow).__sitroomMap!.querySourceFeatures('panels:aoi-published').length), { timeout: 30_000 }).toBeGreaterThan(0);

    // Detach the panel: the window shows the same area's records and shares the selection both ways.
    const [popup] = await Promise.all([kim.context.waitForEvent('page', { timeout: 120_000 }), page.locator('[data-testid=panel-detach-synthetic]').dispatchEvent('click')]);
    await popup.locator('[data-testid=panel-window] [data-testid=panel-synthetic]').waitFor({ timeout: 90_000 });
    await expect.poll(() => shown(popup), { timeout: 60_000 }).toBe('100');
    await popup.locator('[data-testid=panel-synthetic] [data-key=S-006]').dispatchEvent('click');
    await expect.poll(() => selected(page), { timeout: 60_000 }).toBe('S-006');

    // The impact view of the same area: the core's summary, with the adults of the area's sigungu.
    await page.locator('[data-testid=panel-open-select]').selectOption('impact', FORCE);
    await expect.poll(async () => Number((await page.locator('[data-testid=impact-view]').getAttribute('data-adults')) || 0), { timeout: 60_000 }).toBeGreaterThan(0);

    await page.locator('[data-testid=aoi-clear]').dispatchEvent('click');
    await expect.poll(() => shown(popup), { timeout: 60_000 }).toBe('600');

    await page.screenshot({ path: join(artifactsDir, 'panels.png') });
    expect(kim.pageErrors).toEqual([]);
    expect(lee.pageErrors).toEqual([]);
  }, 600_000);
});

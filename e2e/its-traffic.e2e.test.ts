// End to end, ITS traffic: the schematic road network in the real renderer (Debian's Chromium) against a
// real `sitroom serve` with the embedded demo hub. Link speeds arrive as feature-state on the static
// network; closing a link through the link card publishes a closure whose detour is drawn, and reopening
// removes it. Few waits, one page: WebGL is software-rendered here.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { artifactsDir, openAppSession, type AppSession } from './helpers/app-session.js';
import type { SitroomServer } from './sitroom-server.js';
import { waitMapIdle } from './helpers/map-page.js';

type HookWindow = Window & { __sitroomMap?: MaplibreMap; __sitroomReady?: boolean; __sitroomLive?: () => { counts: Record<string, number> } };

const NETWORK = 'its-traffic:links-network';
let session: AppSession;
let server: SitroomServer;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  session = await openAppSession('its', { width: 1280, height: 800 });
  ({ server, page, pageErrors } = session);
});

afterAll(async () => {
  await session?.close();
});

/** Rendered network links that carry a speed in their feature-state, with a screen point on each. */
async function linksWithSpeed(): Promise<Array<{ linkId: string; speed: number; x: number; y: number }>> {
  return page.evaluate(() => {
    const map = (window as HookWindow).__sitroomMap;
    if (!map || !map.getLayer('its-traffic:links-line')) return [];
    const rect = map.getCanvas().getBoundingClientRect();
    return map.queryRenderedFeatures({ layers: ['its-traffic:links-line'] }).flatMap((f) => {
      const speed = (f.state as { speed?: unknown }).speed;
      const g = f.geometry;
      if (typeof speed !== 'number' || g.type !== 'LineString' || g.coordinates.length < 2) return [];
      const a = g.coordinates[0]!;
      const b = g.coordinates[1]!;
      const p = map.project([(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2]);
      return [{ linkId: String(f.properties?.['linkId']), speed, x: rect.left + p.x, y: rect.top + p.y }];
    });
  });
}


describe('ITS traffic end to end (Chromium + sitroom serve with the demo hub)', () => {
  it('colours the schematic network from live speeds through feature-state', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => (window as HookWindow).__sitroomReady === true, undefined, { timeout: 300_000, polling: 500 });
    await expect.poll(() => page.evaluate(() => (window as HookWindow).__sitroomLive?.().counts['its.traffic'] ?? 0), { timeout: 60_000, interval: 1000 }).toBeGreaterThan(100);
    // 경부 between 안성 and 서초 (demo corridor).
    await page.evaluate(() => (window as HookWindow).__sitroomMap?.jumpTo({ center: [127.1, 37.25], zoom: 10 }));
    await waitMapIdle(page);
    let links: Awaited<ReturnType<typeof linksWithSpeed>> = [];
    await expect.poll(async () => (links = await linksWithSpeed()).length, { timeout: 60_000, interval: 1000 }).toBeGreaterThan(5);
    expect(links.every((l) => /^EX\d{4}-s\d+-[FB]$/.test(l.linkId) && l.speed >= 0)).toBe(true);
    // The speed is feature-state on the static network source (the demo keeps updating it, so a later read
    // may hold a newer speed), and the rendered features carry no speed property: the source is not rebuilt.
    const state = await page.evaluate(([source, id]) => (window as HookWindow).__sitroomMap?.getFeatureState({ source, id }), [NETWORK, links[0]!.linkId] as const);
    expect(typeof state?.['speed']).toBe('number');
    const propertySpeeds = await page.evaluate(() => (window as HookWindow).__sitroomMap!.queryRenderedFeatures({ layers: ['its-traffic:links-line'] }).filter((f) => f.properties?.['speed'] !== undefined).length);
    expect(propertySpeeds).toBe(0);
  }, 480_000);

  it('closes a link from its card: the detour is drawn, and reopening removes it', async () => {
    // Icons (cameras, incidents, signs) sit on the roads and take the click first: aim at a link clear of them.
    const icons = await page.evaluate(() => {
      const map = (window as HookWindow).__sitroomMap;
      const rect = map?.getCanvas().getBoundingClientRect();
      const layers = ['its-traffic:incidents-icon', 'its-traffic:hazards-icon', 'its-traffic:cctv-icon', 'its-traffic:vms-icon'].filter((l) => map?.getLayer(l));
      return map && rect ? map.queryRenderedFeatures({ layers }).flatMap((f) => (f.geometry.type === 'Point' ? [map.project(f.geometry.coordinates as [number, number])] : [])).map((p) => ({ x: rect.left + p.x, y: rect.top + p.y })) : [];
    });
    const clear = (await linksWithSpeed()).filter((l) => icons.every((i) => Math.hypot(i.x - l.x, i.y - l.y) > 30));
    // Panels dock over parts of the map: aim at a link whose point shows the map itself.
    const onMap = await page.evaluate((pts) => pts.map((p) => document.elementFromPoint(p.x, p.y) instanceof HTMLCanvasElement), clear.map((l) => ({ x: l.x, y: l.y })));
    const links = clear.filter((_, i) => onMap[i]);
    const target = links[Math.floor(links.length / 2)]!;
    await page.mouse.click(target.x, target.y);
    await page.screenshot({ path: `${artifactsDir}its-traffic-click.png` });
    const card = page.locator('[data-testid=its-link-card]');
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    const linkId = await card.getAttribute('data-link-id');
    expect(linkId).toMatch(/^EX\d{4}-s\d+-[FB]$/);
    await card.locator('[data-testid=its-close-link]').click();
    await expect.poll(() => card.getAttribute('data-closed'), { timeout: 30_000 }).toBe('true');

    const detourCount = () => page.evaluate(() => (window as HookWindow).__sitroomLive?.().counts['ops.detours'] ?? 0);
    await expect.poll(detourCount, { timeout: 30_000, interval: 500 }).toBe(1);
    await page.evaluate(() => (window as HookWindow).__sitroomMap?.jumpTo({ center: [127.3, 37.0], zoom: 7.5 }));
    await waitMapIdle(page);
    const rendered = () => page.evaluate(() => (window as HookWindow).__sitroomMap?.queryRenderedFeatures({ layers: ['its-traffic:detours-line'] }).length ?? 0);
    await expect.poll(rendered, { timeout: 60_000, interval: 1000 }).toBeGreaterThan(0);

    await card.locator('[data-testid=its-reopen]').click();
    await expect.poll(detourCount, { timeout: 30_000, interval: 500 }).toBe(0);
    await waitMapIdle(page);
    await expect.poll(rendered, { timeout: 60_000, interval: 1000 }).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 300_000);
});

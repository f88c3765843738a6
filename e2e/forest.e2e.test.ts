// End to end, forest disasters: `sitroom serve` with the demo hub at 1200× (the 의성 fire starts ~9 s in)
// in Debian's Chromium. The KFS fire is drawn, the spread ellipses the core computes for the operator's
// wind are drawn, the danger choropleth carries the index as feature-state on the sigungu boundaries,
// and dispatching a helicopter from the panel puts an `ops.dispatch` assignment in the live store and
// its line on the map. One page, few waits: WebGL is software-rendered here.
import { join } from 'node:path';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { artifactsDir as artifacts, openAppSession, type AppSession } from './helpers/app-session.js';
import type { SitroomServer } from './sitroom-server.js';

type HookWindow = Window & { __sitroomMap?: MaplibreMap; __sitroomReady?: boolean; __sitroomLive?: () => { counts: Record<string, number> } };

let session: AppSession;
let server: SitroomServer;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  session = await openAppSession('forest', { width: 1600, height: 1000 }, ['--demo-speed', '1200']);
  ({ server, page, pageErrors } = session);
});

afterAll(async () => {
  await session?.close();
});

/** Rendered features of one layer: their properties and feature-state. */
function rendered(layer: string): Promise<Array<{ props: Record<string, unknown>; state: Record<string, unknown> }>> {
  return page.evaluate((id) => {
    const map = (window as HookWindow).__sitroomMap;
    if (!map?.getLayer(id)) return [];
    return map.queryRenderedFeatures({ layers: [id] }).map((f) => ({ props: { ...f.properties }, state: { ...f.state } }));
  }, layer);
}

describe('forest disasters end to end (Chromium + sitroom serve with the demo hub)', () => {
  it('draws the fire, its spread ellipses and the danger choropleth; a dispatch from the panel reaches the store and the map', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => (window as HookWindow).__sitroomReady === true, undefined, { timeout: 300_000, polling: 500 });
    // Close to the fire (의성군), so the kilometre-sized ellipses cover pixels.
    await page.evaluate(() => (window as HookWindow).__sitroomMap?.jumpTo({ center: [128.63, 36.47], zoom: 9 }));

    await expect.poll(async () => (await rendered('forest-disaster:fires-circle')).map((f) => f.props['fid']), { timeout: 90_000, interval: 1000 }).toContain('kfs-fire:DEMO-2611');
    // The index of 의성군 (47730) from the demo's fire-danger record, joined by code as feature-state.
    await expect.poll(async () => (await rendered('forest-disaster:danger-fill')).find((f) => f.props['code'] === '47730')?.state['d0'], { timeout: 60_000, interval: 1000 }).toBe(86);

    const panel = page.locator('[data-testid=forest-panel]');
    await expect.poll(() => panel.locator('[data-testid=forest-fire-select]').inputValue(), { timeout: 30_000 }).toBe('kfs-fire:DEMO-2611');
    await panel.locator('[data-testid=forest-wind-from]').fill('225');
    await panel.locator('[data-testid=forest-wind-ms]').fill('8');
    await panel.locator('[data-testid=forest-predict]').click();
    await expect.poll(async () => [...new Set((await rendered('forest-disaster:spread-fill')).map((f) => f.props['hours']))].sort(), { timeout: 60_000, interval: 1000 }).toEqual([1, 3, 6]);
    expect(await panel.locator('[data-testid=forest-assumptions]').textContent()).toContain('Anderson (1983)');

    const assign = panel.locator('[data-testid=forest-assign-KFS-701]');
    await assign.waitFor({ state: 'visible', timeout: 30_000 });
    await assign.click();
    await expect.poll(() => page.evaluate(() => (window as HookWindow).__sitroomLive?.().counts['ops.dispatch'] ?? 0), { timeout: 60_000, interval: 500 }).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => (await rendered('forest-disaster:helicopters-dispatch-line')).map((f) => f.props['fid']), { timeout: 60_000, interval: 1000 }).toContain('helicopter:KFS-701');
    // Once assigned, KFS-701 is en route and no longer offered.
    await expect.poll(() => assign.count(), { timeout: 30_000 }).toBe(0);

    await page.screenshot({ path: join(artifacts, 'forest.png') });
    expect(pageErrors).toEqual([]);
  }, 480_000);
});

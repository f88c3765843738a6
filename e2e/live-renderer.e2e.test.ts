// End to end: live data from the embedded demo hub in the real renderer (Debian's Chromium) against a
// real `sitroom serve` process. One browser, one page, few waits: WebGL is software-rendered here.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { artifactsDir as artifacts, openAppSession, type AppSession } from './helpers/app-session.js';
import type { SitroomServer } from './sitroom-server.js';

interface LiveSummary {
  loaded: boolean;
  serial: number;
  exercise: boolean;
  counts: Record<string, number>;
}
type HookWindow = Window & { __sitroomMap?: MaplibreMap; __sitroomReady?: boolean; __sitroomLive?: () => LiveSummary };

/** Live layers that the demo day fills from its first minute (link speeds and shelters start at t=0). */
const LIVE_LAYERS = ['its-traffic:links-line', 'ndms:shelters-circle', 'its-traffic:incidents-icon', 'ndms:quakes-circle', 'ndms:typhoons-centre', 'ndms:reports-circle', 'forest-disaster:fires-circle', 'forest-disaster:fires-area'];

let session: AppSession;
let server: SitroomServer;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  session = await openAppSession('live', { width: 1920, height: 1080 });
  ({ server, page, pageErrors } = session);
});

afterAll(async () => {
  await session?.close();
});

/** Rendered live features per layer, with their status, once the map has drawn them. */
async function renderedLive(): Promise<Array<{ layer: string; fid: string; status: string }>> {
  return page.evaluate((layers) => {
    const map = (window as HookWindow).__sitroomMap;
    if (!map) return [];
    const present = layers.filter((id) => map.getLayer(id));
    // The road network is static (its-traffic:links-line): a link is live when its feature-state has a speed.
    return map.queryRenderedFeatures({ layers: present }).flatMap((f) => {
      if (f.layer.id !== 'its-traffic:links-line') return [{ layer: f.layer.id, fid: String(f.properties?.['fid']), status: String(f.properties?.['status']) }];
      const state = f.state as { speed?: unknown; exercise?: unknown };
      return typeof state.speed === 'number' ? [{ layer: f.layer.id, fid: String(f.properties?.['linkId']), status: state.exercise === true ? 'exercise' : 'actual' }] : [];
    });
  }, LIVE_LAYERS);
}

async function waitForLiveFeatures(minimum: number): Promise<Array<{ layer: string; fid: string; status: string }>> {
  let found: Array<{ layer: string; fid: string; status: string }> = [];
  await expect
    .poll(
      async () => {
        found = await renderedLive();
        return new Set(found.map((f) => f.fid)).size;
      },
      { timeout: 90_000, interval: 1000 },
    )
    .toBeGreaterThanOrEqual(minimum);
  return found;
}

describe('live renderer end to end (Chromium + sitroom serve with the demo hub)', () => {
  it('shows the exercise banner and the demo hub live on the map', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => (window as HookWindow).__sitroomReady === true, undefined, { timeout: 300_000, polling: 500 });

    const banner = page.locator('[data-testid=exercise-banner]');
    await banner.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await banner.innerText()).toContain('훈련 상황 — 데모 허브');
    expect(await banner.innerText()).toContain('EXERCISE — demo hub');

    // 15 expressway links and 10 shelters exist from the demo day's first minute.
    const features = await waitForLiveFeatures(20);
    const layers = new Set(features.map((f) => f.layer));
    expect(layers.has('its-traffic:links-line')).toBe(true);
    expect(layers.has('ndms:shelters-circle')).toBe(true);
    expect(new Set(features.map((f) => f.status))).toEqual(new Set(['exercise']));

    const feedStatus = page.locator('[data-testid=feed-status]');
    await expect.poll(() => feedStatus.getAttribute('data-hub'), { timeout: 30_000 }).toBe('live');
    await expect.poll(() => feedStatus.locator('[data-stream="its.traffic"][data-state="live"]').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('[data-layer="its-traffic:links"]').getAttribute('data-freshness')).toBe('live');

    await page.screenshot({ path: join(artifacts, 'live.png') });
    expect(statSync(join(artifacts, 'live.png')).size).toBeGreaterThan(10_000);
    console.log(`e2e live: ${new Set(features.map((f) => f.fid)).size} live features rendered on ${[...layers].join(', ')}`);
  }, 420_000);

  it('rebuilds the live picture from the core after a page reload', async () => {
    const before = await page.evaluate(() => (window as HookWindow).__sitroomLive?.());
    expect(before?.loaded).toBe(true);
    expect(before?.exercise).toBe(true);
    await page.reload();
    await page.waitForFunction(() => (window as HookWindow).__sitroomReady === true, undefined, { timeout: 300_000, polling: 500 });
    const after = await page.evaluate(() => (window as HookWindow).__sitroomLive?.());
    expect(after?.loaded).toBe(true);
    // The demo keeps playing: every stream held before the reload is back, with at least as many keys
    // held (incidents may have been cleared meanwhile, so those compare loosely).
    for (const stream of ['its.traffic', 'ndms.shelters']) expect(after?.counts[stream], stream).toBe(before?.counts[stream]);
    for (const stream of Object.keys(before?.counts ?? {})) expect(Object.keys(after?.counts ?? {})).toContain(stream);
    const features = await waitForLiveFeatures(20);
    expect(new Set(features.map((f) => f.layer)).has('its-traffic:links-line')).toBe(true);
    await expect.poll(() => page.locator('[data-testid=exercise-banner]').isVisible(), { timeout: 30_000 }).toBe(true);
  }, 420_000);

  it('switches to a remote hub from the hub dialog: the exercise ends and the demo data leaves the map', async () => {
    await page.keyboard.press('h');
    const dialog = page.locator('[data-testid=hub-dialog]');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    await dialog.locator('input[value=remote]').check();
    // Nothing listens on port 9: the link stays offline, and no demo may run meanwhile.
    await dialog.locator('input[type=url]').fill('ws://127.0.0.1:9');
    const token = dialog.locator('input[type=password]');
    await token.fill('secret-token-e2e');
    await dialog.locator('button[type=submit]').click();
    await expect.poll(() => dialog.locator('[data-testid=hub-current]').innerText(), { timeout: 30_000 }).toContain('원격 허브');
    // Cleared once hub:connect has answered; never shown back.
    await expect.poll(() => token.inputValue(), { timeout: 30_000 }).toBe('');
    expect(await dialog.innerText()).not.toContain('secret-token-e2e');
    await page.keyboard.press('Escape');

    await expect.poll(() => page.locator('[data-testid=exercise-banner]').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.locator('[data-testid=feed-status]').getAttribute('data-hub'), { timeout: 30_000 }).not.toBe('live');
    await expect.poll(async () => (await renderedLive()).length, { timeout: 60_000, interval: 1000 }).toBe(0);
    expect(await page.evaluate(() => (window as HookWindow).__sitroomLive?.().exercise)).toBe(false);
    // An unreachable hub is loud: the red alarm stays until acknowledged.
    const alarm = page.locator('[data-testid=feed-down-banner]');
    await expect.poll(() => alarm.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await alarm.innerText()).toContain('허브 연결');
    await page.screenshot({ path: join(artifacts, 'live-remote.png') });
    await alarm.locator('button').click();
    await expect.poll(() => alarm.count(), { timeout: 10_000 }).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

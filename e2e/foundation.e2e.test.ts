// End to end: the real renderer in Debian's Chromium against a real `sitroom serve` process.
// WebGL is software-rendered here, so the assertions are about rendered features and the DOM, not animation.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './helpers/chromium.js';
import WebSocket from 'ws';
import { startSitroomServe, type SitroomServer } from './sitroom-server.js';

type HookWindow = Window & { __sitroomMap?: MaplibreMap; __sitroomReady?: boolean; __sitroomTimings?: { mapIdleMs: number }; __cspViolations?: string[] };

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const JONGNO: [number, number] = [126.9784, 37.5796];
const SIDO_FILL = ['k-geo:sido-fill-z0', 'k-geo:sido-fill'];
const LABELS = ['k-geo:labels-sido', 'k-geo:labels-sigungu', 'k-geo:labels-emd', 'k-geo:places-symbol'];
/** Mainland, Jeju and Ulleungdo: what "the whole country in view" must show (Dokdo lies further east). */
const KOREA_BBOX: [number, number, number, number] = [124.6, 33.1, 130.95, 38.62];
/**
 * A full-HD control-room display. The default view (zoom 6.4 on 127.8°E 36.3°N) needs a map area about
 * 935 px high to reach Marado; on smaller windows Jeju is cut off (at 1280×800 only the Chuja islands of
 * Jeju-do remain in view).
 */
const VIEWPORT = { width: 1920, height: 1080 };

let tmp: string;
let server: SitroomServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
const badResponses: string[] = [];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'sitroom-e2e-'));
  mkdirSync(artifacts, { recursive: true });
  server = await startSitroomServe(join(tmp, 'data'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) badResponses.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  // Record every CSP violation: the policy is strict, and the app must live within it.
  await page.addInitScript(() => {
    const w = window as HookWindow;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Resolve once the map has finished rendering after a camera change. */
async function settle(): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as HookWindow).__sitroomMap;
        if (!map) throw new Error('no map');
        // A repaint guarantees one more 'idle' even if the camera change already finished rendering.
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

describe('foundation end to end (Chromium + sitroom serve)', () => {
  it('loads the map to its first idle', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => (window as HookWindow).__sitroomReady === true, undefined, { timeout: 300_000, polling: 250 });
    const timings = await page.evaluate(() => (window as HookWindow).__sitroomTimings);
    expect(timings?.mapIdleMs).toBeGreaterThan(0);
    // Recorded for the report: page load (navigation start) to the map's first idle, in this Chromium.
    console.log(`e2e: page load → first map idle: ${timings?.mapIdleMs} ms`);
    await page.screenshot({ path: join(artifacts, 'foundation.png') });
    expect(statSync(join(artifacts, 'foundation.png')).size).toBeGreaterThan(10_000);
  }, 360_000);

  it('renders all 17 sido polygons at the initial whole-country view', async () => {
    const bounds = await page.evaluate(() => (window as HookWindow).__sitroomMap?.getBounds().toArray());
    expect(bounds, 'the initial view shows mainland Korea, Jeju and Ulleungdo').toBeDefined();
    const [[west, south], [east, north]] = bounds as [[number, number], [number, number]];
    expect([west <= KOREA_BBOX[0], south <= KOREA_BBOX[1], east >= KOREA_BBOX[2], north >= KOREA_BBOX[3]], `view ${JSON.stringify(bounds)}`).toEqual([true, true, true, true]);
    const codes = await page.evaluate((layers) => {
      const map = (window as HookWindow).__sitroomMap;
      if (!map) throw new Error('no map');
      const present = layers.filter((id) => map.getLayer(id));
      const features = map.queryRenderedFeatures({ layers: present });
      return [...new Set(features.map((f) => String(f.properties?.code)))].sort();
    }, SIDO_FILL);
    expect(codes).toHaveLength(17);
    expect(codes).toContain('11');
  });

  it('renders symbol features with Korean names', async () => {
    const names = await page.evaluate((layers) => {
      const map = (window as HookWindow).__sitroomMap;
      if (!map) throw new Error('no map');
      const present = layers.filter((id) => map.getLayer(id));
      return map.queryRenderedFeatures({ layers: present }).map((f) => String(f.properties?.name ?? ''));
    }, LABELS);
    const korean = names.filter((n) => /[가-힣]/.test(n));
    expect(korean.length).toBeGreaterThanOrEqual(10);
  });

  it('shows the region card of Jongno-gu after a click there', async () => {
    // Zoom 10: Jongno-gu is tens of pixels wide, and the eup-myeon-dong layers come in (software WebGL is slow).
    await page.evaluate((center) => (window as HookWindow).__sitroomMap?.jumpTo({ center, zoom: 10 }), JONGNO);
    await settle();
    const point = await page.evaluate((lngLat) => {
      const map = (window as HookWindow).__sitroomMap;
      if (!map) throw new Error('no map');
      const p = map.project(lngLat);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, JONGNO);
    await page.mouse.click(point.x, point.y);
    const card = page.locator('[data-testid=region-card]');
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain('종로구');
    await page.screenshot({ path: join(artifacts, 'foundation-jongno.png') });
  }, 180_000);

  it('switches the UI language', async () => {
    const layerList = page.locator('[data-testid=layer-list]');
    const before = { lang: await page.evaluate(() => document.documentElement.lang), text: await layerList.innerText() };
    await page.locator('[data-testid=lang-switch]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).not.toBe(before.lang);
    const after = await layerList.innerText();
    expect(before.lang).toBe('ko');
    expect(after).not.toBe(before.text);
    expect(before.text).toMatch(/[가-힣]/);
    expect(after).toMatch(/[A-Za-z]{3,}/);
  });

  it('stayed within the CSP and threw no page errors', async () => {
    expect(await page.evaluate(() => (window as HookWindow).__cspViolations)).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Every file the app asked for exists (a browser's automatic favicon request aside).
    expect(badResponses.filter((r) => !r.endsWith('/favicon.ico'))).toEqual([]);
    expect(consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
  });

  it('refuses a WebSocket with a wrong Origin or a wrong secret, and accepts the right pair', async () => {
    const attempt = (origin: string, secret: string): Promise<number | 'open'> =>
      new Promise((resolve, reject) => {
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ipc?secret=${secret}`, { origin });
        ws.once('open', () => {
          ws.close();
          resolve('open');
        });
        ws.once('unexpected-response', (_req, res) => {
          resolve(res.statusCode ?? 0);
          ws.terminate();
        });
        ws.once('error', reject);
      });
    expect(await attempt('http://evil.example', server.secret)).toBe(403);
    expect(await attempt(server.origin, '0'.repeat(64))).toBe(403);
    expect(await attempt(server.origin, server.secret)).toBe('open');
  });

  it('remembers language and map view across a restart of the host', async () => {
    // The switch above went renderer → WebSocket → core → settings.json (debounced): wait for it on disk.
    const settingsFile = join(tmp, 'data', 'settings.json');
    const saved = (): { language?: string; mapView?: { zoom: number; center: [number, number] } } => (existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : {});
    await expect.poll(() => saved().language, { timeout: 15_000 }).toBe('en');
    expect(saved().mapView?.zoom).toBeCloseTo(10, 1);

    await page.close();
    await server.stop();
    server = await startSitroomServe(join(tmp, 'data'));
    page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await page.goto(server.url);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 60_000 }).toBe('en');
    await page.waitForFunction(() => (window as HookWindow).__sitroomMap !== undefined, undefined, { timeout: 60_000 });
    const view = await page.evaluate(() => {
      const map = (window as HookWindow).__sitroomMap;
      return map ? { zoom: map.getZoom(), center: map.getCenter().toArray() } : null;
    });
    expect(view?.zoom).toBeCloseTo(10, 1);
    expect(view?.center[0]).toBeCloseTo(126.9784, 2);
    expect(view?.center[1]).toBeCloseTo(37.5796, 2);
  }, 120_000);
});

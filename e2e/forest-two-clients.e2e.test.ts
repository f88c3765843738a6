// End to end, forest disasters across workstations: one standalone `sitroom hub` playing the demo day,
// two `sitroom serve` app instances (each its own data folder and user) in Chromium.
// 1. A detection arrives live (through the hub's ingest) and joins the existing 의성 fire: both
//    workstations' panels list it among the fire's reports.
// 2. Dispatching a helicopter on workstation A shows on workstation B: the assignment line, the
//    helicopter in B's assigned list with its state as the hub's simulator flies it (en route → on
//    scene), and its track drawn as a line of past positions.
// 3. B releases it: A sees the assignment gone and the helicopter offered again.
// The hub plays at 1200× until the fire is listed (3 h in), then at 60× so the sortie's states last
// seconds, not fractions of one.
import { join } from 'node:path';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { FIRE_ORIGIN } from '../hub/scenario/demo/places.js';
import { artifactsDir } from './helpers/app-session.js';
import { startHubWithClients, type HubWithClients, type Workstation } from './helpers/two-clients.js';

type HookWindow = Window & { __sitroomMap?: MaplibreMap };
const H = 3_600_000;
/** The demo day's recorded clock (hub/scenario/demo/demo-day.ts BASE_UTC: 2026-08-27 06:00 KST); its reports are timed on it. */
const DEMO_BASE_UTC = Date.UTC(2026, 7, 26, 21, 0, 0);

let rig: HubWithClients;
let a: Workstation;
let b: Workstation;

async function hubFetch(path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${rig.hub.url}${path}`, body === undefined ? {} : { method: 'POST', headers: { authorization: `Bearer ${rig.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()) as Record<string, unknown>;
}

/** Rendered features of one layer on a page. */
function rendered(page: Page, layer: string): Promise<Array<Record<string, unknown> & { coords: number }>> {
  return page.evaluate((id) => {
    const map = (window as HookWindow).__sitroomMap;
    if (!map?.getLayer(id)) return [];
    return map.queryRenderedFeatures({ layers: [id] }).map((f) => ({ ...f.properties, coords: f.geometry.type === 'LineString' ? f.geometry.coordinates.length : 0 }));
  }, layer);
}

beforeAll(async () => {
  rig = await startHubWithClients('forest', { viewport: { width: 1400, height: 900 }, hubArgs: ['--scenario', 'demo', '--speed', '1200'] });
  [a, b] = rig.clients as [Workstation, Workstation];
  // The fire is listed 3 h into the day (9 s at 1200×); then slow down so the sortie can be watched.
  const position = async () => Number(((await hubFetch('/health'))['scenario'] as { positionMs?: number } | null)?.positionMs ?? 0);
  for (const end = Date.now() + 60_000; (await position()) <= 3.5 * H; ) {
    if (Date.now() > end) throw new Error('the demo day did not reach 3.5 h within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  await hubFetch('/admin/scenario', { speed: 60 });
  // One after the other, with room for a loaded machine (the page load alone can take half a minute here).
  for (const w of [a, b]) {
    w.page.setDefaultNavigationTimeout(120_000);
    await w.open();
  }
  for (const w of [a, b]) await w.page.evaluate(() => (window as HookWindow).__sitroomMap?.jumpTo({ center: [128.66, 36.5], zoom: 10 }));
  // Two map loads of up to 300 s each (software WebGL beside another Chromium suite in CI: 540 s once).
}, 900_000);

afterAll(async () => {
  await rig?.close();
});

describe('forest disasters on two workstations (one hub, two sitroom serve, Chromium)', () => {
  it('a live detection joins the fire on both; a dispatch on A shows on B with its state and track; B releases it and A sees that', async () => {
    for (const w of [a, b]) await expect.poll(() => w.page.locator('[data-testid=forest-fire-select]').inputValue(), { timeout: 60_000 }).toBe('kfs-fire:DEMO-2611');

    // 1. A public-app report 400 m from the origin, an hour after ignition (on the demo's recorded clock).
    const detection = {
      stream: 'forest.detections', id: 'e2e-detection-1', key: 'detection:e2e-live-1', kind: 'detection.app', op: 'upsert', ts: Date.now(), status: 'exercise',
      geometry: { type: 'Point', coordinates: [FIRE_ORIGIN.lon + 0.003, FIRE_ORIGIN.lat + 0.002] },
      props: { channel: 'app', lon: FIRE_ORIGIN.lon + 0.003, lat: FIRE_ORIGIN.lat + 0.002, detectedAt: DEMO_BASE_UTC + 4 * H, confidence: 70, sensor: '산불신고 앱', sourceRecord: { e2e: true } },
      source: 'e2e:app',
    };
    expect((await rig.ingest([detection])).appended).toBe(1);
    for (const w of [a, b]) await expect.poll(() => w.page.locator('[data-testid=forest-fire-reports]').getAttribute('data-keys'), { timeout: 60_000, interval: 500 }).toContain('detection:e2e-live-1');
    expect(await b.page.locator('[data-testid=forest-fire-reports]').getAttribute('data-keys')).toContain('kfs-fire:DEMO-2611');

    // 2. A dispatches the nearest helicopter.
    const assign = a.page.locator('[data-testid=forest-assign-KFS-701]');
    await assign.waitFor({ state: 'visible', timeout: 60_000 });
    // B's page records every state its assignment row shows (a poll from here can miss the few seconds of
    // flight when the page is busy drawing: it did once in CI).
    await b.page.evaluate(() => {
      const w = window as unknown as { __heliStates: string[] };
      w.__heliStates = [];
      const record = () => {
        const state = document.querySelector('[data-testid=forest-assigned-KFS-701]')?.getAttribute('data-state');
        if (state && w.__heliStates.at(-1) !== state) w.__heliStates.push(state);
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });
    const statesOnB = () => b.page.evaluate(() => (window as unknown as { __heliStates: string[] }).__heliStates);
    await assign.click();
    const onB = b.page.locator('[data-testid=forest-assigned-KFS-701]');
    await onB.waitFor({ state: 'visible', timeout: 60_000 });
    await expect.poll(async () => (await rendered(b.page, 'forest-disaster:helicopters-dispatch-line')).map((f) => f['fid']), { timeout: 60_000, interval: 1000 }).toContain('helicopter:KFS-701');
    // The simulator's reports reach B: en route (a 10 s spin-up and ~4 s of flight at 60×) then on scene (1 h = 60 s).
    await expect.poll(statesOnB, { timeout: 90_000, interval: 500 }).toContain('on-scene');
    const states = await statesOnB();
    expect(states).toContain('en-route');
    expect(states.indexOf('en-route')).toBeLessThan(states.indexOf('on-scene'));
    // The helicopter disc on B's map carries the state too, and its track is a line of past positions.
    await expect.poll(async () => (await rendered(b.page, 'forest-disaster:helicopters-circle')).find((f) => f['fid'] === 'helicopter:KFS-701')?.['state'], { timeout: 30_000, interval: 1000 }).toBe('on-scene');
    // (The drawn line is simplified by the renderer — a straight flight keeps 2 vertices — so count the hub's points.)
    const track = async () => (await rendered(b.page, 'forest-disaster:helicopters-track')).filter((f) => f['helicopterId'] === 'KFS-701');
    await expect.poll(async () => Math.max(0, ...(await track()).map((f) => Number(f['points']))), { timeout: 30_000, interval: 1000 }).toBeGreaterThanOrEqual(3);
    expect(Math.max(...(await track()).map((f) => f.coords))).toBeGreaterThanOrEqual(2);
    await a.page.screenshot({ path: join(artifactsDir, 'forest-two-clients-a.png') });
    await b.page.screenshot({ path: join(artifactsDir, 'forest-two-clients-b.png') });

    // 3. B releases it; A sees the assignment gone and KFS-701 offered again (available, flying home).
    await b.page.locator('[data-testid=forest-release-KFS-701]').click();
    await a.page.locator('[data-testid=forest-assigned-KFS-701]').waitFor({ state: 'detached', timeout: 60_000 });
    await assign.waitFor({ state: 'visible', timeout: 60_000 });
    await expect.poll(async () => (await rendered(a.page, 'forest-disaster:helicopters-dispatch-line')).map((f) => f['fid']), { timeout: 30_000, interval: 1000 }).not.toContain('helicopter:KFS-701');

    expect(a.pageErrors).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  }, 420_000);
});

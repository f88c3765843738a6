// Disaster text alerts across workstations: a supervisor and a viewer, each with their own app
// instance and data folder, on one standalone hub. An alert whose text is an HTML/script payload shows
// as characters on both; the supervisor drafts an alert on the map and sends it, and it appears on
// both maps and lists with its sender; the viewer is offered no drafting, and the hub refuses an
// alert.send the viewer's workstation submits anyway.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { startHubWithClients, type HubWithClients } from './helpers/two-clients.js';

type HookWindow = Window & { __sitroomMap?: MaplibreMap; __pwned?: number };

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>[시험] 하천 출입 금지';

/** Clicks the map at a longitude/latitude, first panning it there, clear of the panels floating over the map. */
async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  const p = await page.evaluate(([x, y]) => {
    const map = (window as HookWindow).__sitroomMap!;
    map.jumpTo({ center: [x!, y!] });
    const canvas = map.getCanvas();
    const r = canvas.getBoundingClientRect();
    for (const [dx, dy] of [[0, 0], [-120, -80], [120, -80], [-120, 80], [120, 80], [0, -150], [-200, 0], [200, 0]]) {
      map.jumpTo({ center: [x!, y!] });
      map.panBy([-dx!, -dy!], { duration: 0 });
      const q = map.project([x!, y!]);
      if (document.elementFromPoint(r.left + q.x, r.top + q.y) === canvas) return { x: r.left + q.x, y: r.top + q.y };
    }
    throw new Error('every candidate point is under a panel');
  }, [lon, lat]);
  await page.mouse.click(p.x, p.y);
}

/** Keys of the alert areas the map holds in its source. */
function areaKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const m = (window as HookWindow).__sitroomMap!;
    return m.querySourceFeatures('ndms:alert-areas').map((f) => String(f.properties['key']));
  });
}

describe('NDMS disaster text alerts on two workstations', () => {
  let rig: HubWithClients;
  beforeAll(async () => {
    rig = await startHubWithClients('ndms-alerts', { users: [{ name: 'park', role: 'supervisor' }, { name: 'lee', role: 'viewer' }] });
    // One at a time: software WebGL on a shared box starts two maps slower than it starts one twice.
    for (const c of rig.clients) await c.open(420_000);
  }, 900_000);
  afterAll(async () => {
    await rig?.close();
  });

  it('renders alert text as text and marks a test alert, on both workstations', async () => {
    await rig.ingest([{ stream: 'ndms.alerts', id: 'e2e-dssp-1', key: 'dssp:e2e-1', kind: 'alert.cbs', op: 'upsert', ts: Date.now(), status: 'test', geometry: null, props: { origin: 'dssp', message: PAYLOAD, level: '안전안내', severity: 'minor', disasterType: '호우', regionTexts: ['부산광역시 '], regions: null, unresolved: [] }, source: 'test:e2e' }]);
    for (const w of rig.clients) {
      const item = w.page.locator('[data-testid="ndms-alert-item"][data-key="dssp:e2e-1"]');
      await item.waitFor({ timeout: 60_000 });
      await expect(item.getByTestId('ndms-alert-mark').textContent()).resolves.toBe('시험');
      // A DOM click: on a loaded box the panel may still move under a mouse click (banners come and go above the map).
      await item.evaluate((el) => (el as HTMLElement).click());
      await expect(w.page.getByTestId('ndms-alert-message').first().textContent()).resolves.toBe(PAYLOAD);
      await expect(w.page.getByTestId('ndms-alert-regions').textContent()).resolves.toBe('부산광역시');
      expect(Number(await w.page.getByTestId('ndms-alert-adults').getAttribute('data-adults'))).toBeGreaterThan(2_500_000);
      expect(await w.page.evaluate(() => (window as HookWindow).__pwned ?? null)).toBeNull();
      expect(await w.page.locator('[data-testid="ndms-alert-card"] img, [data-testid="ndms-alert-card"] script').count()).toBe(0);
      await w.page.waitForFunction(() => (window as HookWindow).__sitroomMap!.querySourceFeatures('ndms:alert-areas').some((f) => f.properties['key'] === 'dssp:e2e-1'), undefined, { timeout: 30_000, polling: 250 });
    }
  }, 200_000);

  it('a supervisor drafts on the map and sends; the alert reaches both maps with its sender', async () => {
    const [park, lee] = rig.clients;
    const page = park!.page;
    await page.getByTestId('ndms-draft-open').click({ force: true });
    await page.getByTestId('ndms-draft-panel').waitFor();
    // Province mode, a click in the middle of 강원도: the chip names the province picked.
    await page.getByTestId('ndms-pick-sido').click({ force: true });
    await clickAt(page, 128.3, 37.75);
    const chip = page.getByTestId('ndms-draft-region');
    await chip.waitFor({ timeout: 20_000 });
    const code = await chip.getAttribute('data-code');
    expect(code).toBe('51');
    await page.getByTestId('ndms-draft-level').selectOption('긴급재난');
    await page.getByTestId('ndms-draft-ko').fill('[강원도] 대설경보. 외출 자제, 비상 연락망을 확인하세요.');
    await page.getByTestId('ndms-draft-en').fill('Heavy snow warning. Stay indoors.');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="ndms-draft-adults"]')?.getAttribute('data-adults')) > 1_000_000, undefined, { timeout: 20_000, polling: 200 });
    // The preview is recomputed by the core after each edit: poll until it has caught up with the text.
    await expect.poll(() => page.getByTestId('ndms-draft-length').getAttribute('data-length'), { timeout: 20_000 }).toBe(String([...'[강원도] 대설경보. 외출 자제, 비상 연락망을 확인하세요.'].length));
    await page.getByTestId('ndms-draft-send').click({ force: true });
    const result = page.getByTestId('ndms-draft-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute('data-ok'), await result.textContent() ?? '').toBe('true');
    await page.getByTestId('ndms-draft-open').click({ force: true });

    for (const w of [park!, lee!]) {
      const item = w.page.locator('[data-testid="ndms-alert-item"][data-key^="draft:"]');
      await item.waitFor({ timeout: 60_000 });
      // A DOM click: on a loaded box the panel may still move under a mouse click (banners come and go above the map).
      await item.evaluate((el) => (el as HTMLElement).click());
      await expect(w.page.getByTestId('ndms-alert-sender').textContent()).resolves.toBe('park');
      await expect(w.page.getByTestId('ndms-alert-regions').textContent()).resolves.toBe('강원특별자치도');
      await expect(w.page.getByTestId('ndms-alert-message').nth(1).textContent()).resolves.toBe('Heavy snow warning. Stay indoors.');
      await w.page.waitForFunction(() => (window as HookWindow).__sitroomMap!.querySourceFeatures('ndms:alert-areas').some((f) => String(f.properties['key']).startsWith('draft:')), undefined, { timeout: 30_000, polling: 250 });
      expect((await areaKeys(w.page)).some((k) => k.startsWith('draft:'))).toBe(true);
      expect(w.pageErrors).toEqual([]);
    }
  }, 200_000);

  it('a viewer is offered no drafting, and the hub refuses an alert.send from the viewer anyway', async () => {
    const lee = rig.clients[1]!;
    expect(await lee.page.getByTestId('ndms-draft-open').count()).toBe(0);
    // Go around the UI and the core's own role check: submit the command through the app's IPC socket.
    const answer = await lee.page.evaluate(async () => {
      const secret = new URLSearchParams(location.search).get('secret');
      const ws = new WebSocket(`ws://${location.host}/ipc?secret=${secret}`);
      await new Promise((resolve) => ws.addEventListener('open', resolve));
      const reply = new Promise<string>((resolve) => ws.addEventListener('message', (m) => (JSON.parse(String(m.data)).t === 'result' ? resolve(String(m.data)) : undefined)));
      ws.send(JSON.stringify({ t: 'invoke', id: 1, channel: 'ops:submit', args: { stream: 'ops.ndms', kind: 'alert.send', key: 'draft:viewer-attempt', props: { note: 'viewer' } } }));
      return reply;
    });
    expect(JSON.parse(answer)).toMatchObject({ ok: true }); // stored in the outbox ...
    // ... and refused by the hub (the workstation logs the refusal and drops the command).
    const deadline = Date.now() + 30_000;
    while (!/hub refused .*not allowed/.test(lee.server.stderr()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(lee.server.stderr()).toMatch(/hub refused .*not allowed: viewers may not issue operator actions/);
    expect(await rig.clients[0]!.page.locator('[data-key="draft:viewer-attempt"]').count()).toBe(0);
  }, 120_000);
});

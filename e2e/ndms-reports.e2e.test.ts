// End to end, situation reports across workstations: one standalone `sitroom hub`, two app instances
// (kim, operator; lee, supervisor), each its own `sitroom serve` process, data folder and browser
// context, in Debian's Chromium. Proves:
// - the "enable alerts" click is asked at start (before any alert);
// - a critical report ingested at the hub arrives live on both: attention banner, list item (marked
//   as an exercise), map symbol with the attention ring; the chime rings where alerts were enabled;
// - an HTML/script payload in the report shows as characters and runs nothing;
// - kim acknowledges with a note → lee's list shows kim and the note, the banners go, the audit trail
//   on lee's workstation lists kim's step with its note.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { startHubWithClients, type HubWithClients, type Workstation } from './helpers/two-clients.js';

type HookWindow = Window & {
  __sitroomMap?: MaplibreMap;
  __sitroomReportAlarm?: () => { ringing: boolean; chimes: number; notifications: number };
  __pwned?: boolean;
};

const KEY = 'report:e2e-quake-1';
const PAYLOAD = '<img src=x onerror="window.__pwned=true"><script>window.__pwned=true</script>';
const NOTE = '현장 확인 중 <b>굵게</b>';

/** The report's map feature and its feature-state, once drawn. */
async function symbolState(page: Page): Promise<{ attention?: boolean; selected?: boolean } | null> {
  return page.evaluate((key) => {
    const map = (window as HookWindow).__sitroomMap;
    if (!map?.getLayer('ndms:reports-circle')) return null;
    const f = map.queryRenderedFeatures({ layers: ['ndms:reports-circle'] }).find((x) => x.properties?.['fid'] === key);
    return f ? (f.state as { attention?: boolean; selected?: boolean }) : null;
  }, KEY);
}

describe('situation reports on two workstations (Chromium, standalone hub)', () => {
  let rig: HubWithClients;
  let kim: Workstation;
  let lee: Workstation;
  beforeAll(async () => {
    rig = await startHubWithClients('ndms-reports', { users: [{ name: 'kim', role: 'operator' }, { name: 'lee', role: 'supervisor' }] });
    [kim, lee] = rig.clients as [Workstation, Workstation];
    // Five engineers share two cores here: loading the app can take longer than the 30 s default.
    for (const w of [kim, lee]) w.page.setDefaultTimeout(120_000);
    await Promise.all([kim.open(), lee.open()]);
  }, 400_000);
  afterAll(async () => {
    await rig?.close();
  });

  it('asks for the alert click at start, before any alert', async () => {
    for (const w of [kim, lee]) await w.page.getByTestId('ndms-enable-alerts').waitFor({ state: 'visible', timeout: 30_000 });
    // Software WebGL on a loaded machine can keep a page busy for a while: generous action timeouts.
    await kim.page.getByTestId('ndms-enable-alerts-button').click({ timeout: 120_000 });
    await lee.page.getByTestId('ndms-enable-alerts-later').click({ timeout: 120_000 });
    await kim.page.getByTestId('ndms-enable-alerts').waitFor({ state: 'detached' });
    expect(await kim.page.getByTestId('ndms-attention-banner').count()).toBe(0);
    // lee keeps the list open; kim's stays folded until the banner opens it.
    await lee.page.getByTestId('ndms-reports-toggle').click({ timeout: 120_000 });
    await lee.page.getByTestId('ndms-reports-empty').waitFor({ state: 'visible' });
  }, 400_000);

  it('a critical report arrives live: banner, list item and map symbol on both; text stays text', async () => {
    await rig.ingest([
      {
        stream: 'ndms.reports',
        id: 'e2e-quake-1@1',
        key: KEY,
        kind: 'report.earthquake',
        op: 'upsert',
        ts: Date.now(),
        status: 'exercise',
        geometry: { type: 'Point', coordinates: [129.2, 35.8] },
        props: { severity: 'severe', level: PAYLOAD, regions: ['경북 경주시'] },
        source: 'e2e:ndms-reports',
      },
    ]);
    for (const w of [lee, kim]) {
      const banner = w.page.getByTestId('ndms-attention-banner');
      await banner.waitFor({ state: 'visible', timeout: 60_000 });
      expect(await banner.getAttribute('data-count')).toBe('1');
      expect(await banner.innerText()).toContain('훈련');
      // One click on the banner opens the report (kim's folded list unfolds, the item is selected).
      if (w === kim) await w.page.getByTestId('ndms-attention-open').click();
      const item = w.page.locator(`[data-testid=ndms-report-item][data-key="${KEY}"]`);
      await item.waitFor({ state: 'visible' });
      expect(await item.getAttribute('data-state')).toBe('new');
      expect(await item.getAttribute('data-status')).toBe('exercise');
      expect(await item.getByTestId('ndms-report-marker').innerText()).toBe('훈련');
      // The payload is shown as characters; nothing of it ran or became an element.
      expect(await item.getByTestId('ndms-report-headline').innerText()).toContain('<script>window.__pwned=true</script>');
      expect(await item.locator('img, script').count()).toBe(0);
      expect(await w.page.evaluate(() => (window as HookWindow).__pwned === true)).toBe(false);
      await expect.poll(() => symbolState(w.page), { timeout: 60_000, interval: 1000 }).toMatchObject({ attention: true });
    }
    // Map → list: a click on lee's symbol selects the report in lee's list; list → map: kim's
    // selection (from the banner) is the symbol's feature-state.
    await expect.poll(() => symbolState(kim.page), { timeout: 30_000, interval: 1000 }).toMatchObject({ selected: true });
    const at = await lee.page.evaluate(async () => {
      const map = (window as HookWindow).__sitroomMap!;
      map.jumpTo({ center: [128.4, 35.8], zoom: 8 }); // the symbol sits right of centre, clear of the list panel
      await new Promise((r) => map.once('idle', r));
      const rect = map.getCanvas().getBoundingClientRect();
      const p = map.project([129.2, 35.8]);
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    await lee.page.mouse.click(at.x, at.y);
    await expect.poll(() => lee.page.locator(`[data-testid=ndms-report-item][data-key="${KEY}"]`).getAttribute('class'), { timeout: 20_000 }).toContain('selected');
    // The chime rings where alerts were enabled at start, not where they were declined.
    await expect.poll(() => kim.page.evaluate(() => (window as HookWindow).__sitroomReportAlarm?.().ringing), { timeout: 10_000 }).toBe(true);
    expect(await lee.page.evaluate(() => (window as HookWindow).__sitroomReportAlarm?.().ringing)).toBe(false);
  }, 400_000);

  it('acknowledging on one workstation shows the user and note on the other; the audit trail lists it', async () => {
    const kimItem = kim.page.locator(`[data-testid=ndms-report-item][data-key="${KEY}"]`);
    await expect.poll(() => kimItem.getAttribute('class')).toContain('selected');
    await kimItem.getByTestId('ndms-report-ack-button').click();
    await kim.page.getByTestId('ndms-report-note').fill(NOTE);
    await kim.page.getByTestId('ndms-report-confirm').click();
    await kim.page.getByTestId('ndms-report-dialog').waitFor({ state: 'detached', timeout: 30_000 });

    const leeItem = lee.page.locator(`[data-testid=ndms-report-item][data-key="${KEY}"][data-state=acknowledged]`);
    await leeItem.waitFor({ state: 'visible', timeout: 60_000 });
    const ack = await leeItem.getByTestId('ndms-report-ack').innerText();
    expect(ack).toContain('kim');
    expect(ack).toContain(NOTE);
    expect(ack).toMatch(/KST/);
    for (const w of [kim, lee]) await w.page.getByTestId('ndms-attention-banner').waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => kim.page.evaluate(() => (window as HookWindow).__sitroomReportAlarm?.().ringing), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => symbolState(lee.page), { timeout: 30_000, interval: 1000 }).toMatchObject({ attention: false });

    await leeItem.getByTestId('ndms-report-audit-button').click();
    const ackEntry = lee.page.locator('[data-testid=ndms-audit-entry][data-kind="report.ack"]');
    await ackEntry.waitFor({ state: 'visible', timeout: 30_000 });
    // Received, acknowledged — and escalated in between if the report took longer than the 5-minute
    // delay to reach the screens (a loaded machine): that is the workflow doing its job.
    const kinds = await lee.page.getByTestId('ndms-audit-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds[0]).toBe('report.earthquake');
    expect(kinds[kinds.length - 1]).toBe('report.ack');
    expect(kinds.filter((k) => k !== 'report.escalate')).toEqual(['report.earthquake', 'report.ack']);
    expect(await ackEntry.innerText()).toContain('kim (operator)');
    expect(await ackEntry.innerText()).toContain(NOTE);
    for (const w of [kim, lee]) expect(w.pageErrors).toEqual([]);
  }, 400_000);
});

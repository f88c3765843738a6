// The multi-workstation rig itself: two app instances (own processes, own data folders) on one
// standalone hub, each told by the hub who it is, and an event ingested at the hub reaching both.
import { startHubWithClients, type HubWithClients } from './helpers/two-clients.js';

type HookWindow = Window & { __sitroomLive?: () => { counts: Record<string, number>; user: { name: string; role: string } | null } };

describe('two workstations on one standalone hub', () => {
  let rig: HubWithClients;
  beforeAll(async () => {
    rig = await startHubWithClients('rig', { users: [{ name: 'kim', role: 'operator' }, { name: 'lee', role: 'viewer' }] });
  }, 240_000);
  afterAll(async () => {
    await rig?.close();
  });

  it('gives each its own identity and the same live data', async () => {
    const [kim, lee] = rig.clients;
    expect(kim!.server.port).not.toBe(lee!.server.port);
    await Promise.all([kim!.open(), lee!.open()]);
    await rig.ingest([{ stream: 'ndms.shelters', id: 'rig-1', key: 'rig-shelter', kind: 'shelter', op: 'upsert', ts: Date.now(), status: 'test', geometry: { type: 'Point', coordinates: [126.978, 37.566] }, props: { name: '시험 대피소', capacity: 100, occupancy: 10, type: 'civil-defence' }, source: 'test:rig' }]);
    for (const w of [kim!, lee!]) {
      await w.page.waitForFunction(() => ((window as HookWindow).__sitroomLive?.().counts['ndms.shelters'] ?? 0) > 0, undefined, { timeout: 60_000, polling: 250 });
      const who = await w.page.evaluate(() => (window as HookWindow).__sitroomLive?.().user ?? null);
      expect(who).toEqual({ name: w.user.name, role: w.user.role });
      await expect(w.page.getByTestId('current-user').textContent()).resolves.toContain(w.user.name);
      expect(w.pageErrors).toEqual([]);
    }
  }, 700_000);
});

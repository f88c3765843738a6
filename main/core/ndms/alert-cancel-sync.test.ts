/**
 * Cancelling and updating a drafted alert between workstations, through a real hub: a supervisor
 * sends an alert, updates it (the update supersedes it) and cancels the update with a reason; a
 * second workstation (an operator, from its own store) lists the original as superseded and the
 * update as cancelled, with who, when and why, both steps signature-verified there. An operator's
 * and a viewer's cancel are refused by their own core and, sent straight to the hub, by the hub.
 */
import type { SyncSnapshotResult } from '../../common/live-sync.js';
import type { AlertSendArgs } from '../../common/ndms/alert-ipc.js';
import { ALERT_CANCEL_KIND, ALERT_UPDATE_KIND } from '../../common/ndms/draft.js';
import type { Role } from '../../common/roles.js';
import { getDefaultSettings } from '../../common/settings.js';
import { loadRegionIndex } from '../region/index.js';
import { useHubWorkstations, type TestWorkstation } from '../sync/testing/hub-workstations.js';
import { waitFor } from '../sync/testing/wait-for.js';
import { createNdmsHandlers } from './ndms-handlers.js';

const index = loadRegionIndex('geo-data/out');
const rig = useHubWorkstations('ndms-cancel');

/** The NDMS invokes of one workstation, over its own client and store (as the core wires them). */
function coreOf(ws: TestWorkstation, name: string, role: Role) {
  return createNdmsHandlers({
    index: async () => index,
    snapshot: (streams): SyncSnapshotResult => ({ serial: 0, exercise: true, streams: ws.client.snapshot(streams) }),
    settings: getDefaultSettings,
    identity: () => ({ name, role }),
    submit: (a) => ({ id: ws.client.outbox.submit(a).id }),
    settled: async (id) => {
      const e = await ws.client.outbox.settled(id);
      return { state: e.state, reason: e.lastError };
    },
  });
}

const draft: AlertSendArgs = {
  level: '긴급재난',
  disasterType: '호우',
  eventCode: 'HRW',
  category: 'Met',
  texts: { ko: '[훈련] 하천 출입 금지' },
  regions: [{ level: 'sigungu', code: '11110' }],
};

describe('alert cancel and update between workstations', () => {
  it('an update supersedes the alert and a cancel withdraws the update, as a second workstation sees; others are refused', async () => {
    const kimWs = rig.workstation('kim', rig.hub.users.add('kim', 'supervisor').token);
    const parkWs = rig.workstation('park', rig.hub.users.add('park', 'operator').token);
    const leeWs = rig.workstation('lee', rig.hub.users.add('lee', 'viewer').token);
    await waitFor(() => [kimWs, parkWs, leeWs].every((w) => w.client.connected), 'all connected', 20_000);
    const kim = coreOf(kimWs, 'kim', 'supervisor');
    const park = coreOf(parkWs, 'park', 'operator');

    const sent = await kim['ndms:alert-send'](draft);
    if (!sent.ok) throw new Error(sent.reason);
    expect(sent.state).toBe('sent');
    const original = `draft:${sent.alertId}`;
    await waitFor(() => parkWs.client.snapshot(['ops.ndms'])[0]!.features.some((f) => f.key === original), 'the alert on park', 20_000);

    // Operators and viewers: refused by their own core, and by the hub when sent around it.
    expect(await park['ndms:alert-cancel']({ key: original, reason: '잘못 발송' })).toMatchObject({ ok: false, reason: expect.stringMatching(/supervisors only/) });
    expect(await park['ndms:alert-send']({ ...draft, supersedes: original })).toMatchObject({ ok: false, reason: expect.stringMatching(/supervisors only/) });
    for (const ws of [parkWs, leeWs]) {
      const forged = ws.client.outbox.submit({ stream: 'ops.ndms', kind: ALERT_CANCEL_KIND, key: `cancel:${sent.alertId}`, props: { cancel: { alertKey: original, reason: 'x' } } });
      expect(await ws.client.outbox.settled(forged.id)).toMatchObject({ state: 'rejected', lastError: expect.stringMatching(/not allowed/) });
      const upd = ws.client.outbox.submit({ stream: 'ops.ndms', kind: ALERT_UPDATE_KIND, key: 'draft:forged-update', props: {} });
      expect(await ws.client.outbox.settled(upd.id)).toMatchObject({ state: 'rejected', lastError: expect.stringMatching(/not allowed/) });
    }

    const updated = await kim['ndms:alert-send']({ ...draft, texts: { ko: '[훈련] 종로구·중구 하천 출입 금지' }, regions: [{ level: 'sigungu', code: '11110' }, { level: 'sigungu', code: '11140' }], supersedes: original });
    if (!updated.ok) throw new Error(updated.reason);
    const update = `draft:${updated.alertId}`;
    // Once kim's store holds the update, the superseded alert can no longer be updated or cancelled.
    await waitFor(() => kimWs.client.snapshot(['ops.ndms'])[0]!.features.some((f) => f.key === update), 'the update on kim', 20_000);
    expect(await kim['ndms:alert-cancel']({ key: original, reason: 'x' })).toMatchObject({ ok: false, reason: expect.stringMatching(/already superseded/) });
    expect(await kim['ndms:alert-send']({ ...draft, supersedes: original })).toMatchObject({ ok: false, reason: expect.stringMatching(/already superseded/) });

    const cancelled = await kim['ndms:alert-cancel']({ key: update, reason: '강우 종료, 통제 해제' });
    if (!cancelled.ok) throw new Error(cancelled.reason);
    expect(cancelled.state).toBe('sent');

    const onPark = async () => (await park['ndms:alerts']({})).alerts;
    await waitFor(async () => (await onPark()).find((a) => a.key === update)?.lifecycle.state === 'cancelled', 'the cancel on park', 20_000);
    const alerts = await onPark();
    const o = alerts.find((a) => a.key === original)!;
    const u = alerts.find((a) => a.key === update)!;
    expect(o.lifecycle).toMatchObject({ state: 'superseded', by: 'kim', replacedBy: update });
    expect(u).toMatchObject({ msgType: 'Update', supersedes: original, sentBy: 'kim' });
    expect(u.regions.map((r) => r.code)).toEqual(['11110', '11140']);
    expect(u.lifecycle).toMatchObject({ state: 'cancelled', by: 'kim', reason: '강우 종료, 통제 해제', capXml: cancelled.capXml });
    expect(u.lifecycle.at).toEqual(expect.any(Number));
    // Both steps reached park signed by kim, and park's own check verified them.
    const steps = parkWs.client.snapshot(['ops.ndms'])[0]!.features.filter((f) => f.kind === ALERT_UPDATE_KIND || f.kind === ALERT_CANCEL_KIND);
    expect(steps.map((f) => [f.kind, f.props['user'], f.props['role'], f.props['verified']])).toEqual(
      expect.arrayContaining([[ALERT_UPDATE_KIND, 'kim', 'supervisor', true], [ALERT_CANCEL_KIND, 'kim', 'supervisor', true]]),
    );
    expect(steps).toHaveLength(2);
  }, 90_000);
});

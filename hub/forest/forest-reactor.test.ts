// The hub end of dispatch: an operator's assignment on a scenario hub makes the simulator fly the
// helicopter (positions and states on forest.helicopters) and the hub publish its track; a release
// brings it back to available. A hub without a scenario only keeps tracks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventEnvelope } from '../../main/common/events.js';
import { buildAssignCommand, buildReleaseCommand } from '../../main/common/forest/dispatch-command.js';
import type { OpsAck } from '../../main/common/sync-protocol.js';
import { allEvents, connectClient, tempDir, waitFor } from '../test-support/helpers.js';
import { testSigner } from '../test-support/signing.js';
import { createHub, type Hub } from '../server/create-hub.js';
import { SIM_SOURCE } from './helicopter-sim.js';

const heli = { id: 'KFS-701', callsign: '산림 701', lon: 128.7, lat: 36.57, state: 'available', cruiseKmh: 230, spinUpMin: 10, assignedFireKey: null, updatedAt: 1_787_000_000_000 };
const heliEvent = { stream: 'forest.helicopters', id: 'heli-701', key: 'helicopter:KFS-701', kind: 'helicopter', op: 'upsert', ts: 0, status: 'exercise', geometry: { type: 'Point', coordinates: [128.7, 36.57] }, props: heli, source: 'scenario:test' };

describe('forest reactor in the hub', () => {
  let t: ReturnType<typeof tempDir>;
  let hub: Hub;
  afterEach(async () => {
    await hub?.close();
    t.cleanup();
  });

  it('flies an assigned helicopter on a scenario hub, publishes its track, and releases it', async () => {
    t = tempDir();
    const file = join(t.dir, 'scenario.ndjson');
    // One helicopter at t=0 and a far-off entry so the scenario keeps playing.
    writeFileSync(file, `${JSON.stringify({ at: 0, event: heliEvent })}\n${JSON.stringify({ at: 86_400_000, event: { ...heliEvent, id: 'late', key: 'helicopter:OTHER', props: { ...heli, id: 'OTHER' } } })}\n`);
    hub = await createHub({ dataDir: join(t.dir, 'hub'), scenario: file, speed: 600, logger: () => {} });
    const op = connectClient(hub.url, { token: hub.users.add('kim', 'operator').token });
    await waitFor(() => op.got.caughtUp.length === 1);
    const signer = testSigner();
    await signer.register(op.socket);
    const states = () => allEvents(op.got).filter((e) => e.key === 'helicopter:KFS-701' && e.source === SIM_SOURCE).map((e) => (e.props as { state: string }).state);

    const assign = buildAssignCommand('cmd-assign-0001', { helicopterId: 'KFS-701', fireKey: 'kfs-fire:X', fireAt: [128.63, 36.47], etaMin: 13, distanceKm: 12.5 }, Date.now());
    expect(((await op.socket.emitWithAck('ops:command', signer.sign(assign))) as OpsAck).ok).toBe(true);
    // At 600× the 10-minute spin-up is 1 s and the 12.5 km transit under 0.5 s.
    await waitFor(() => states().includes('on-scene'), 15_000, 'on scene');
    expect(states()[0]).toBe('en-route');
    const track = allEvents(op.got).filter((e: EventEnvelope) => e.key === 'helicopter-track:KFS-701').at(-1);
    expect(track?.geometry?.type).toBe('LineString');
    expect((track?.geometry as { coordinates: number[][] }).coordinates.length).toBeGreaterThanOrEqual(2);
    expect(track?.status).toBe('exercise');

    const release = buildReleaseCommand('cmd-release-001', { helicopterId: 'KFS-701' }, Date.now());
    expect(((await op.socket.emitWithAck('ops:command', signer.sign(release))) as OpsAck).ok).toBe(true);
    await waitFor(() => states().at(-1) === 'available', 10_000, 'available after release');
    op.socket.close();
  }, 30_000);

  it('keeps tracks but flies nothing on a hub without a scenario', async () => {
    t = tempDir();
    hub = await createHub({ dataDir: t.dir, logger: () => {} });
    hub.ingest([{ ...heliEvent, status: 'actual', ts: 1 }, { ...heliEvent, id: 'heli-701-b', ts: 2, status: 'actual', geometry: { type: 'Point', coordinates: [128.71, 36.56] }, props: { ...heli, lon: 128.71, lat: 36.56, updatedAt: heli.updatedAt + 60_000 } }]);
    const head = hub.log.heads()['forest.helicopters'];
    expect(head).toBe(3); // two reports and the track
    const op = connectClient(hub.url, { token: hub.users.add('kim', 'operator').token });
    await waitFor(() => op.got.caughtUp.length === 1);
    const signer = testSigner();
    await signer.register(op.socket);
    const assign = buildAssignCommand('cmd-assign-0002', { helicopterId: 'KFS-701', fireKey: 'kfs-fire:X', fireAt: [128.63, 36.47], etaMin: 13, distanceKm: 12.5 }, Date.now());
    expect(((await op.socket.emitWithAck('ops:command', signer.sign(assign))) as OpsAck).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 1200));
    expect(hub.log.heads()['forest.helicopters']).toBe(3);
    op.socket.close();
  });
});

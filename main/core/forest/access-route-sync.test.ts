/**
 * Forest road closures between workstations: a real hub holds a fire report and the forest management
 * panel's road records; an operator on one workstation marks the road the crews would take impassable
 * (the panel's signed `ops.forest-roads` action), and the access route computed on a second workstation,
 * from its own store, moves onto the other road, and the hub marks the road record impassable for the
 * panel; re-opening it there brings the first route back on the first workstation. A closure injected
 * without a valid signature is flagged and ignored.
 */
import type { EventInput } from '../../common/events.js';
import { FOREST_ROAD_IMPASSABLE_KIND, FOREST_ROAD_OPEN_KIND, FOREST_ROADS_OPS_STREAM, forestMgmtPanel } from '../../common/panels/defs/forest-mgmt.js';
import type { SyncSnapshotResult } from '../../common/live-sync.js';
import { useHubWorkstations, type TestWorkstation } from '../sync/testing/hub-workstations.js';
import { waitFor } from '../sync/testing/wait-for.js';
import { createForestHandlers, FOREST_ROAD_STREAMS } from './forest-handlers.js';

const rig = useHubWorkstations('forest-roads');

const base = { op: 'upsert' as const, ts: 1_790_000_000_000, status: 'exercise' as const, source: 'test' };
const road = (key: string, name: string, coordinates: number[][]): EventInput => ({
  ...base, stream: forestMgmtPanel.stream, id: `seed:${key}`, key, kind: forestMgmtPanel.recordKind, geometry: { type: 'LineString', coordinates }, props: { name, type: 'road', status: 'open', demo: true },
});
const SEED: EventInput[] = [
  { ...base, stream: 'forest.detections', id: 'seed:ranger-1', key: 'detection:ranger-1', kind: 'detection.ranger', geometry: { type: 'Point', coordinates: [128.63, 36.44] }, props: { channel: 'ranger', lon: 128.63, lat: 36.44, detectedAt: base.ts, confidence: 80, sourceRecord: {} } },
  road('road:trunk', '남쪽 임도', [[128.63, 36.4], [128.63, 36.42]]),
  road('road:branch', '괴산 지선', [[128.63, 36.42], [128.63, 36.435]]),
  road('road:spur', '서쪽 임도', [[128.58, 36.44], [128.61, 36.44]]),
];

/** The forest invokes of one workstation, over its own store (as the core's live link gives them). */
const handlersOf = (ws: TestWorkstation) => createForestHandlers((streams): SyncSnapshotResult => ({ serial: 0, exercise: true, streams: ws.client.snapshot(streams) }));
const roadsOf = async (ws: TestWorkstation) => (await handlersOf(ws)['forest:access-route']({ fireKey: 'detection:ranger-1' }))?.route?.roads.map((r) => r.key) ?? null;

describe('forest road closures between workstations', () => {
  it("a road marked impassable on one workstation changes the access route on the other; re-opening restores it", async () => {
    const kim = rig.workstation('kim', rig.hub.users.add('kim', 'operator').token);
    const park = rig.workstation('park', rig.hub.users.add('park', 'operator').token);
    rig.hub.ingest(SEED);
    await waitFor(() => [kim, park].every((w) => w.client.connected && w.store.currentState(forestMgmtPanel.stream).length === 3 && w.store.currentState('forest.detections').length === 1), 'roads and the fire on both', 20_000);
    expect(await roadsOf(park)).toEqual(['road:trunk', 'road:branch']);
    expect(FOREST_ROAD_STREAMS).toContain(FOREST_ROADS_OPS_STREAM);

    const close = kim.client.outbox.submit({ stream: FOREST_ROADS_OPS_STREAM, kind: FOREST_ROAD_IMPASSABLE_KIND, key: 'forest-mgmt:road-impassable:1', props: { panelId: 'forest-mgmt', actionId: 'road-impassable', recordKey: 'road:branch', reason: '산사태로 유실' } });
    expect(await kim.client.outbox.settled(close.id)).toMatchObject({ state: 'done' });
    await waitFor(async () => (await roadsOf(park))?.[0] === 'road:spur', 'route on the spur on park', 20_000);
    const onPark = await handlersOf(park)['forest:access-route']({ fireKey: 'detection:ranger-1' });
    expect(onPark!.route!.roads).toEqual([{ key: 'road:spur', name: '서쪽 임도' }]);
    expect(onPark!.closedNearby).toEqual([expect.objectContaining({ roadKey: 'road:branch', roadName: '괴산 지선', user: 'kim', reason: '산사태로 유실', verified: true })]);
    expect(onPark!.collection.features.map((f) => f.properties.part)).toEqual(['drive', 'walk']);
    // The hub marks the panel's road record impassable, so the forest management panel row says so too.
    const record = (ws: TestWorkstation) => ws.store.currentState(forestMgmtPanel.stream).find((f) => f.key === 'road:branch')!.props;
    await waitFor(() => record(park)['status'] === 'impassable', 'road record impassable on park');
    expect(record(park)).toMatchObject({ statusBy: 'kim', statusReason: '산사태로 유실' });

    const reopen = park.client.outbox.submit({ stream: FOREST_ROADS_OPS_STREAM, kind: FOREST_ROAD_OPEN_KIND, key: 'forest-mgmt:road-open:1', props: { panelId: 'forest-mgmt', actionId: 'road-open', recordKey: 'road:branch' } });
    expect(await park.client.outbox.settled(reopen.id)).toMatchObject({ state: 'done' });
    await waitFor(async () => (await roadsOf(kim))?.[1] === 'road:branch', 'branch open again on kim', 20_000);
    await waitFor(() => record(kim)['status'] === 'open', 'road record open again on kim');
  }, 60_000);

  it('a closure that reaches the log without a valid signature is flagged and does not close the road', async () => {
    const park = rig.workstation('park', rig.hub.users.add('park', 'operator').token);
    rig.hub.ingest([
      ...SEED,
      { ...base, stream: FOREST_ROADS_OPS_STREAM, id: 'forged-1', key: 'forest-mgmt:road-impassable:forged', kind: FOREST_ROAD_IMPASSABLE_KIND, geometry: null, props: { recordKey: 'road:branch', reason: 'stand down', user: 'kim', role: 'operator' } },
    ]);
    await waitFor(() => park.client.connected && park.store.currentState(FOREST_ROADS_OPS_STREAM).length === 1 && park.store.currentState(forestMgmtPanel.stream).length === 3, 'forged closure on park', 20_000);
    const r = await handlersOf(park)['forest:access-route']({ fireKey: 'detection:ranger-1' });
    expect(r!.route!.roads.map((x) => x.key)).toEqual(['road:trunk', 'road:branch']);
    expect(r!.closedNearby).toEqual([]);
    expect(r!.ignored).toEqual([expect.objectContaining({ roadKey: 'road:branch', verified: false, verifyReason: 'unsigned' })]);
  }, 60_000);
});

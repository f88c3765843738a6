/**
 * The forest invokes over a store snapshot built from the demo day (played through the real adapters):
 * the KFS fire and its four-channel reports are one fire, the spread ellipses nest, the dispatch list
 * is ordered by ETA and drops a helicopter once an assignment for it is in the store.
 */
import { adapters } from '../../../hub/connectors/adapters/index.js';
import { generateDemoDay } from '../../../hub/scenario/demo/demo-day.js';
import { materialize } from '../../../hub/scenario/player.js';
import type { EventInput } from '../../common/events.js';
import { buildAssignCommand } from '../../common/forest/dispatch-command.js';
import { forestDispatchArgsSchema, forestSpreadArgsSchema } from '../../common/forest/forest-ipc.js';
import { invokeArgSchemas } from '../../common/ipc-contract.js';
import type { LiveFeature, SyncSnapshotResult } from '../../common/live-sync.js';
import { createForestHandlers, FOREST_STATE_STREAMS } from './forest-handlers.js';
import type { StandFeature } from './stands.js';

const H = 3600_000;

/** The store's view after `untilMs` of the demo day: the newest version per key. */
function snapshotAt(untilMs: number, extra: EventInput[] = []): SyncSnapshotResult {
  const byKey = new Map<string, LiveFeature>();
  let seq = 0;
  const events = generateDemoDay(undefined, { roadLinksFile: null }).entries.filter((e) => e.at <= untilMs).map((e) => materialize(e, { now: 1_000 + e.at, runId: 'r', name: 'demo', adapters }));
  for (const e of [...events, ...extra]) {
    if (!('stream' in e) || !(FOREST_STATE_STREAMS as readonly string[]).includes(e.stream)) continue;
    seq++;
    if (e.op === 'remove') byKey.delete(`${e.stream}|${e.key}`);
    else byKey.set(`${e.stream}|${e.key}`, { stream: e.stream, key: e.key, kind: e.kind, status: e.status, ts: e.ts, receivedAt: e.ts, seq, props: e.props, geometry: e.geometry ?? null });
  }
  const streams = FOREST_STATE_STREAMS.map((stream) => ({ stream, cursor: seq, features: [...byKey.values()].filter((f) => f.stream === stream) }));
  return { serial: 1, exercise: true, streams };
}

describe('forest invokes', () => {
  it('spread: one fire from the KFS record and the four-channel reports; 1/3/6 h ellipses nest and grow downwind', async () => {
    const h = createForestHandlers(() => snapshotAt(5 * H));
    const r = await h['forest:spread']({ fireKey: 'kfs-fire:DEMO-2611', windFromDeg: 225, windMs: 8 });
    expect(r).not.toBeNull();
    const same = await h['forest:spread']({ fireKey: 'detection:demo-1', windFromDeg: 225, windMs: 8 });
    expect(same?.fireId).toBe(r!.fireId);
    const hours = r!.collection.features.map((f) => f.properties['hours']);
    expect(hours).toEqual([6, 3, 1]);
    const areas = r!.collection.features.map((f) => Number(f.properties['areaHa']));
    expect(areas[0]!).toBeGreaterThan(areas[1]!);
    expect(areas[1]!).toBeGreaterThan(areas[2]!);
    // Wind from the south-west: the 6-hour outline reaches further north-east of the origin than south-west.
    const ring = r!.collection.features[0]!.geometry.coordinates[0]!;
    const maxLat = Math.max(...ring.map((p) => p[1]));
    const minLat = Math.min(...ring.map((p) => p[1]));
    expect(maxLat - r!.origin[1]).toBeGreaterThan(r!.origin[1] - minLat);
    expect(r!.assumptions.length).toBeGreaterThan(3);
    expect(await h['forest:spread']({ fireKey: 'kfs-fire:nope', windFromDeg: 0, windMs: 3 })).toBeNull();
  });

  it('dispatch options: available helicopters only, by ETA; an assignment in the store takes one off the list', async () => {
    const before = await createForestHandlers(() => snapshotAt(5 * H))['forest:dispatch-options']({ fireKey: 'kfs-fire:DEMO-2611' });
    expect(before!.options.length).toBeGreaterThanOrEqual(2);
    expect(before!.options.every((o) => o.state === 'available')).toBe(true);
    const etas = before!.options.map((o) => o.etaMin);
    expect(etas).toEqual([...etas].sort((a, b) => a - b));
    expect(before!.options[0]!.helicopterId).toBe('KFS-701'); // based in 안동, ~15 km away
    // The reports the fire was built from: the four channels and the Forest Service record.
    expect(new Set(before!.reports.map((r) => r.channel))).toEqual(new Set(['call119', 'app', 'ranger', 'satellite', 'kfs']));
    expect(before!.reports.map((r) => r.key)).toContain('kfs-fire:DEMO-2611');
    const first = before!.options[0]!;
    const { id: _id, issuedAt: _at, ...cmd } = buildAssignCommand('cmd-00000001', { helicopterId: first.helicopterId, fireKey: 'kfs-fire:DEMO-2611', fireAt: before!.fireAt, etaMin: first.etaMin, distanceKm: first.distanceKm }, 2_000);
    const assign: EventInput = { ...cmd, op: 'upsert', id: 'ops-1', ts: 5 * H + 2_000, status: 'exercise', geometry: cmd.geometry ?? null, source: 'operator' };
    const after = await createForestHandlers(() => snapshotAt(5 * H, [assign]))['forest:dispatch-options']({ fireKey: 'kfs-fire:DEMO-2611' });
    expect(after!.options.map((o) => o.helicopterId)).not.toContain(first.helicopterId);
  });

  it('the fleet follows the hub order across streams: later position reports (on scene, home and available) win over the assignment; tracks are ignored', async () => {
    const fireKey = 'kfs-fire:DEMO-2611';
    const { id: _id, issuedAt: _at, ...cmd } = buildAssignCommand('cmd-00000002', { helicopterId: 'KFS-701', fireKey, fireAt: [128.63, 36.47], etaMin: 14, distanceKm: 12 }, 2_000);
    const assign: EventInput = { ...cmd, op: 'upsert', id: 'ops-2', ts: 5 * H + 2_000, status: 'exercise', geometry: cmd.geometry ?? null, source: 'user:kim' };
    const heli = { id: 'KFS-701', callsign: '산림 701 (Ka-32)', lon: 128.63, lat: 36.47, cruiseKmh: 230, spinUpMin: 10, assignedFireKey: fireKey };
    const report = (state: string, ts: number, extra: Record<string, unknown> = {}): EventInput => ({ stream: 'forest.helicopters', id: `sim-${ts}`, key: 'helicopter:KFS-701', kind: 'helicopter', op: 'upsert', ts, status: 'exercise', geometry: { type: 'Point', coordinates: [128.63, 36.47] }, props: { ...heli, state, updatedAt: 1_800_000_000_000 + ts, ...extra }, source: 'scenario:helicopter-sim' });
    const track: EventInput = { stream: 'forest.helicopters', id: 'track-1', key: 'helicopter-track:KFS-701', kind: 'helicopter.track', op: 'upsert', ts: 5 * H + 3_500, status: 'exercise', geometry: { type: 'LineString', coordinates: [[128.7, 36.57], [128.63, 36.47]] }, props: { helicopterId: 'KFS-701' }, source: 'hub:helicopter-tracks' };
    const ids = async (extra: EventInput[]) => (await createForestHandlers(() => snapshotAt(5 * H, extra))['forest:dispatch-options']({ fireKey }))!.options.map((o) => o.helicopterId);
    expect(await ids([assign, report('on-scene', 5 * H + 3_000), track])).not.toContain('KFS-701');
    expect(await ids([assign, report('available', 5 * H + 9_000, { assignedFireKey: null }), track])).toContain('KFS-701');
  });

  it('fuel: demo stands only in an exercise without imported stands; imported stands win; a real hub without stands assumes mixed', async () => {
    const square = (fuel: 'conifer' | 'broadleaf', demo: boolean): StandFeature => ({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[128, 36], [129, 36], [129, 37], [128, 37], [128, 36]]] }, properties: { standId: fuel, fuel, zone: null, demo }, bbox: [128, 36, 129, 37] });
    const args = { fireKey: 'kfs-fire:DEMO-2611', windFromDeg: 225, windMs: 8 };
    const demo = await createForestHandlers(() => snapshotAt(5 * H), { demoStandsAt: () => [square('conifer', true)] })['forest:spread'](args);
    expect(demo).toMatchObject({ fuel: 'conifer', fuelDefaulted: false, standDemo: true });
    const imported = await createForestHandlers(() => snapshotAt(5 * H), { stands: [square('broadleaf', false)], demoStandsAt: () => [square('conifer', true)] })['forest:spread'](args);
    expect(imported).toMatchObject({ fuel: 'broadleaf', standDemo: false });
    const real = await createForestHandlers(() => ({ ...snapshotAt(5 * H), exercise: false }), { demoStandsAt: () => [square('conifer', true)] })['forest:spread'](args);
    expect(real).toMatchObject({ fuel: 'mixed', fuelDefaulted: true, standDemo: false });
  });

  it('validates the arguments (the contract uses these schemas)', () => {
    expect(invokeArgSchemas['forest:spread']).toBe(forestSpreadArgsSchema);
    expect(forestSpreadArgsSchema.safeParse({ fireKey: 'f', windFromDeg: 90, windMs: 61 }).success).toBe(false);
    expect(forestSpreadArgsSchema.safeParse({ fireKey: 'f', windFromDeg: -1, windMs: 5 }).success).toBe(false);
    expect(forestSpreadArgsSchema.safeParse({ fireKey: 'f', windFromDeg: 90, windMs: 5, extra: 1 }).success).toBe(false);
    expect(forestDispatchArgsSchema.safeParse({ fireKey: '' }).success).toBe(false);
  });
});

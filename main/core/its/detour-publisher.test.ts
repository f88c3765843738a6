import type { LiveFeature, SyncSnapshotResult } from '../../common/live-sync.js';
import { detourPropsSchema } from '../../common/its/types.js';
import { createDetourPublisher } from './detour-publisher.js';
import { RoadGraph, type GraphLink } from './road-graph.js';

const pos: Record<string, [number, number]> = { A: [127, 37], B: [127.05, 37.05], C: [127.02, 37], D: [127.05, 37] };
const link = (id: string, from: string, to: string, km: number): GraphLink => ({ linkId: id, fromNode: from, toNode: to, lengthM: km * 1000, freeFlowKmh: 100, coordinates: [pos[from]!, pos[to]!] });
const graph = new RoadGraph([link('AB', 'A', 'B', 10), link('BD', 'B', 'D', 10), link('AC', 'A', 'C', 5), link('CD', 'C', 'D', 5), link('AD', 'A', 'D', 12)]);

const feature = (stream: string, key: string, props: Record<string, unknown>): LiveFeature => ({ stream, key, kind: 'x', status: 'exercise', ts: 1, receivedAt: 1, seq: 1, props, geometry: null });
const closureProps = (id: string, linkIds: string[]) => ({ closureId: id, linkIds, reason: 'test', by: 'user:kim', startTs: 1000, endTs: null });

function fakeLink(features: LiveFeature[]) {
  return {
    snapshot: (streams?: string[]): SyncSnapshotResult => ({
      serial: 1,
      exercise: true,
      streams: (streams ?? []).map((stream) => ({ stream, cursor: 1, features: features.filter((f) => f.stream === stream) })),
    }),
  };
}

describe('detour publisher', () => {
  it('publishes the detour of a submitted closure on current speeds, and its removal on reopening', () => {
    // AD is slow (12 km at 10 km/h): closing AC leaves A→B→D as the fastest way round C.
    const store: LiveFeature[] = [feature('its.traffic', 'AD', { linkId: 'AD', speedKmh: 10, travelTimeS: null, congestion: null, roadName: null, roadDrcType: null, startNodeId: null, endNodeId: null })];
    const p = createDetourPublisher(() => graph, fakeLink(store));
    const [d] = p.detoursFor({ stream: 'ops.closures', kind: 'closure', key: 'c1', props: closureProps('c1', ['AC', 'CD']) }, 2000);
    expect(d).toMatchObject({ stream: 'ops.detours', kind: 'detour', key: 'c1', op: 'upsert', geometry: { type: 'LineString' } });
    const props = detourPropsSchema.parse(d!.props);
    expect(props.stretches[0]).toMatchObject({ found: true, linkIds: ['AB', 'BD'] });

    // The closure is now in the store; reopening it removes the detour.
    store.push(feature('ops.closures', 'c1', closureProps('c1', ['AC', 'CD'])));
    expect(p.detoursFor({ stream: 'ops.closures', kind: 'closure', key: 'c1', op: 'remove', props: { closureId: 'c1' } }, 3000)).toMatchObject([{ stream: 'ops.detours', key: 'c1', op: 'remove' }]);
  });

  it('avoids links of other closures, ignores other streams, and publishes nothing without a road network', () => {
    const store = [feature('ops.closures', 'c0', closureProps('c0', ['AB']))];
    const p = createDetourPublisher(() => graph, fakeLink(store));
    const [d] = p.detoursFor({ stream: 'ops.closures', kind: 'closure', key: 'c2', props: closureProps('c2', ['AC', 'CD']) });
    expect(detourPropsSchema.parse(d!.props).stretches[0]).toMatchObject({ found: true, linkIds: ['AD'] });
    expect(p.detoursFor({ stream: 'ops.notes', kind: 'note', key: 'n', props: {} })).toEqual([]);
    expect(createDetourPublisher(() => null, fakeLink([])).detoursFor({ stream: 'ops.closures', kind: 'closure', key: 'c3', props: closureProps('c3', ['AB']) })).toEqual([]);
  });
});

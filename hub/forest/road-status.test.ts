/** Road status on the forest management panel's records follows the logged road actions. */
import type { EventEnvelope } from '../../main/common/events.js';
import { FOREST_ROAD_IMPASSABLE_KIND, FOREST_ROAD_OPEN_KIND, FOREST_ROADS_OPS_STREAM, forestMgmtPanel } from '../../main/common/panels/defs/forest-mgmt.js';
import { roadStatusUpdates } from './road-status.js';

let seq = 0;
const env = (stream: string, key: string, kind: string, props: Record<string, unknown>): EventEnvelope => {
  seq++;
  return { stream, id: `e${seq}`, key, kind, op: 'upsert', ts: seq, status: 'exercise', geometry: null, props, source: 'test', seq, receivedAt: seq };
};
const road = env(forestMgmtPanel.stream, 'road:a', forestMgmtPanel.recordKind, { type: 'road', name: 'A', status: 'open' });
const stand = env(forestMgmtPanel.stream, 'stand:a', forestMgmtPanel.recordKind, { type: 'stand', name: 'S', status: 'open' });
const current = (records: EventEnvelope[]) => (stream: string) => (stream === forestMgmtPanel.stream ? records : []);
const act = (kind: string, recordKey: string) => env(FOREST_ROADS_OPS_STREAM, `forest-mgmt:x:${seq}`, kind, { recordKey, user: 'kim', reason: '낙석' });

describe('forest road status on the panel records', () => {
  it('impassable then open: new versions of the road record, with who and why', () => {
    const closed = roadStatusUpdates([act(FOREST_ROAD_IMPASSABLE_KIND, 'road:a')], current([road]));
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ stream: forestMgmtPanel.stream, key: 'road:a', kind: forestMgmtPanel.recordKind, props: { type: 'road', name: 'A', status: 'impassable', statusBy: 'kim', statusReason: '낙석' } });
    const reopened = roadStatusUpdates([act(FOREST_ROAD_OPEN_KIND, 'road:a')], current([{ ...road, props: closed[0]!.props }]));
    expect(reopened[0]!.props).toMatchObject({ status: 'open' });
  });

  it('nothing for a road already so, a stand, an unknown record, or other streams', () => {
    expect(roadStatusUpdates([act(FOREST_ROAD_OPEN_KIND, 'road:a')], current([road]))).toEqual([]);
    expect(roadStatusUpdates([act(FOREST_ROAD_IMPASSABLE_KIND, 'stand:a')], current([stand]))).toEqual([]);
    expect(roadStatusUpdates([act(FOREST_ROAD_IMPASSABLE_KIND, 'road:zz')], current([road]))).toEqual([]);
    expect(roadStatusUpdates([env('ops.notes', 'n', FOREST_ROAD_IMPASSABLE_KIND, { recordKey: 'road:a' })], current([road]))).toEqual([]);
  });
});

import type { LiveFeature } from '../../../main/common/live-sync';
import { activeIncidents, roadsOf, slowestLinks } from './traffic-panel-model';

const traffic = (linkId: string, roadName: string, speedKmh: number): LiveFeature => ({ stream: 'its.traffic', key: linkId, kind: 'link.speed', status: 'exercise', ts: 1, receivedAt: 1, seq: 1, geometry: null, props: { linkId, roadName, speedKmh, congestion: speedKmh < 20 ? 'jammed' : 'free' } });
const incident = (key: string, roadName: string, ts: number, endTs: number | null): LiveFeature => ({ stream: 'its.events', key, kind: 'incident', status: 'exercise', ts, receivedAt: ts, seq: 1, geometry: { type: 'Point', coordinates: [127.1, 37.2] }, props: { kind: 'accident', roadName, message: '추돌', lanesBlocked: '2차로', endTs } });

const t = { a: traffic('a', '경부고속도로', 80), b: traffic('b', '경부고속도로', 12), c: traffic('c', '영동고속도로', 30), d: traffic('d', '영동고속도로', 12) };
const e = { x: incident('x', '경부고속도로', 10, null), y: incident('y', '영동고속도로', 20, null), z: incident('z', '경부고속도로', 30, 40) };

describe('traffic panel model', () => {
  it('lists the slowest links, ties by id, filtered by road', () => {
    expect(slowestLinks(t, null, 3).map((l) => l.linkId)).toEqual(['b', 'd', 'c']);
    expect(slowestLinks(t, '경부고속도로').map((l) => [l.linkId, l.speedKmh, l.congestion])).toEqual([['b', 12, 'jammed'], ['a', 80, 'free']]);
  });

  it('lists active incidents newest first with their position, filtered by road', () => {
    expect(activeIncidents(e, null).map((i) => i.key)).toEqual(['y', 'x']);
    expect(activeIncidents(e, '경부고속도로')).toEqual([{ key: 'x', kind: 'accident', roadName: '경부고속도로', message: '추돌', lanesBlocked: '2차로', lon: 127.1, lat: 37.2 }]);
  });

  it('offers the roads present in either stream', () => {
    expect(roadsOf(t, e)).toEqual(['경부고속도로', '영동고속도로']);
    expect(roadsOf(undefined, undefined)).toEqual([]);
  });
});

import type { LiveFeature } from '../../../main/common/live-sync';
import { activeIncidents, incidentsToLocate, inRegion, roadsOf, slowestLinks } from './traffic-panel-model';

const traffic = (linkId: string, roadName: string, speedKmh: number): LiveFeature => ({ stream: 'its.traffic', key: linkId, kind: 'link.speed', status: 'exercise', ts: 1, receivedAt: 1, seq: 1, geometry: null, props: { linkId, roadName, speedKmh, congestion: speedKmh < 20 ? 'jammed' : 'free' } });
const incident = (key: string, roadName: string, ts: number, endTs: number | null, linkId: string | null = null): LiveFeature => ({ stream: 'its.events', key, kind: 'incident', status: 'exercise', ts, receivedAt: ts, seq: 1, geometry: { type: 'Point', coordinates: [127.1, 37.2] }, props: { kind: 'accident', roadName, message: '추돌', lanesBlocked: '2차로', endTs, linkId } });

const t = { a: traffic('a', '경부고속도로', 80), b: traffic('b', '경부고속도로', 12), c: traffic('c', '영동고속도로', 30), d: traffic('d', '영동고속도로', 12) };
const e = { x: incident('x', '경부고속도로', 10, null), y: incident('y', '영동고속도로', 20, null), z: incident('z', '경부고속도로', 30, 40) };
/** Links a, b in 수원시 장안구 (41111, 경기 41); c in 서초구 (11650, 서울 11); d unknown. */
const linkRegion = (id: string) => ({ a: '41111', b: '41111', c: '11650' })[id] ?? null;

describe('traffic panel model', () => {
  it('lists the slowest links, ties by id, filtered by road', () => {
    expect(slowestLinks(t, null, 3).map((l) => l.linkId)).toEqual(['b', 'd', 'c']);
    expect(slowestLinks(t, '경부고속도로').map((l) => [l.linkId, l.speedKmh, l.congestion])).toEqual([['b', 12, 'jammed'], ['a', 80, 'free']]);
  });

  it('filters links by sido or sigungu through the link\u2019s sigungu, and by road and region together', () => {
    expect(slowestLinks(t, { road: null, region: '41' }, 10, linkRegion).map((l) => l.linkId)).toEqual(['b', 'a']);
    expect(slowestLinks(t, { road: null, region: '11650' }, 10, linkRegion).map((l) => l.linkId)).toEqual(['c']);
    expect(slowestLinks(t, { road: '영동고속도로', region: '41' }, 10, linkRegion)).toEqual([]);
    // A link of unknown region is only listed without a region filter.
    expect(slowestLinks(t, { road: null, region: null }, 10, linkRegion).map((l) => l.linkId)).toContain('d');
    expect(inRegion('41111', '411')).toBe(true);
    expect(inRegion(null, '41')).toBe(false);
  });

  it('lists active incidents newest first with their position, filtered by road and region', () => {
    expect(activeIncidents(e, null).map((i) => i.key)).toEqual(['y', 'x']);
    expect(activeIncidents(e, '경부고속도로')).toEqual([{ key: 'x', kind: 'accident', roadName: '경부고속도로', message: '추돌', lanesBlocked: '2차로', lon: 127.1, lat: 37.2 }]);
    const incidentRegion = (key: string) => ({ x: '41111', y: '11650' })[key] ?? null;
    expect(activeIncidents(e, { road: null, region: '11' }, incidentRegion).map((i) => i.key)).toEqual(['y']);
  });

  it('asks the core only for active incidents that have a point but no link in the network', () => {
    const inc = { p: incident('p', '경부고속도로', 1, null, 'a'), q: incident('q', '국도', 2, null, 'unknown-link'), r: incident('r', '국도', 3, 9, null), s: incident('s', '국도', 4, null, null) };
    expect(incidentsToLocate(inc, linkRegion, new Set()).map((i) => i.key)).toEqual(['q', 's']);
    expect(incidentsToLocate(inc, linkRegion, new Set(['q'])).map((i) => i.key)).toEqual(['s']);
  });

  it('offers the roads present in either stream', () => {
    expect(roadsOf(t, e)).toEqual(['경부고속도로', '영동고속도로']);
    expect(roadsOf(undefined, undefined)).toEqual([]);
  });
});

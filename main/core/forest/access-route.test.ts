/**
 * Crew access over a small forest road network south and west of a fire: a trunk road from the south
 * with a branch that ends 0.55 km short of the fire, and a spur from the west ending 1.8 km from it.
 * Closing roads moves the route onto the alternative, or leaves no access by forest road; closures and
 * re-openings are read from the operators' actions, the latest per road winning, unverified ones ignored.
 */
import { demoFireRoads } from '../../../hub/scenario/demo/demo-fire-roads.js';
import type { PanelGeo } from '../../../hub/scenario/demo/panel-geo.js';
import { FIRE_ORIGIN } from '../../../hub/scenario/demo/places.js';
import { FOREST_ROAD_IMPASSABLE_KIND, FOREST_ROAD_OPEN_KIND } from '../../common/panels/defs/forest-mgmt.js';
import { accessRoute, MAX_WALK_KM, type ForestRoad } from './access-route.js';
import type { LonLat } from './geo.js';
import { forestRoadsOf, roadClosures } from './road-closures.js';

const FIRE: LonLat = [128.63, 36.44];
const J: LonLat = [128.63, 36.42];
const trunk: ForestRoad = { key: 'road:trunk', name: '남쪽 임도', lines: [[[128.63, 36.4], [128.63, 36.41], J]] };
const branch: ForestRoad = { key: 'road:branch', name: '괴산 지선', lines: [[J, [128.63, 36.435]]] };
const spur: ForestRoad = { key: 'road:spur', name: '서쪽 임도', lines: [[[128.58, 36.44], [128.61, 36.44]]] };
const network = [trunk, branch, spur];

describe('access route over forest roads', () => {
  it('drives the trunk and the branch, then walks the last half kilometre', () => {
    const a = accessRoute(FIRE, network, new Set());
    expect(a.noAccess).toBeNull();
    expect(a.route!.roads).toEqual(['road:trunk', 'road:branch']);
    expect(a.route!.entry).toEqual([128.63, 36.4]);
    expect(a.route!.walkKm).toBeCloseTo(0.6, 1);
    expect(a.route!.roadKm).toBeGreaterThan(3.5);
    expect(a.route!.drive.at(-1)).toEqual(a.route!.leaveAt);
    expect(a.closedNearby).toEqual([]);
  });

  it('a branch marked impassable moves the route onto the western spur', () => {
    const a = accessRoute(FIRE, network, new Set(['road:branch']));
    expect(a.route!.roads).toEqual(['road:spur']);
    expect(a.route!.entry).toEqual([128.58, 36.44]);
    expect(a.route!.walkKm).toBeCloseTo(1.8, 1);
    expect(a.closedNearby).toEqual(['road:branch']);
    const open = accessRoute(FIRE, network, new Set());
    expect(a.route!.minutes).toBeGreaterThan(open.route!.minutes);
  });

  it('closing the trunk cuts the branch off too (it starts on the trunk, not at an entry)', () => {
    expect(accessRoute(FIRE, network, new Set(['road:trunk'])).route!.roads).toEqual(['road:spur']);
    const none = accessRoute(FIRE, network, new Set(['road:trunk', 'road:spur']));
    expect(none).toMatchObject({ route: null, noAccess: 'roads-closed' });
    expect(none.closedNearby).toEqual(['road:spur', 'road:trunk']);
  });

  it('marking the only road impassable leaves no access by forest road', () => {
    expect(accessRoute(FIRE, [spur], new Set()).route!.roads).toEqual(['road:spur']);
    expect(accessRoute(FIRE, [spur], new Set(['road:spur']))).toEqual({ route: null, noAccess: 'roads-closed', closedNearby: ['road:spur'] });
  });

  it(`a fire farther than ${MAX_WALK_KM} km from every forest road has none nearby`, () => {
    expect(accessRoute([128.75, 36.6], network, new Set())).toEqual({ route: null, noAccess: 'no-roads-nearby', closedNearby: [] });
  });
});

describe("the demo roads around the demo day's fire", () => {
  const geo: PanelGeo = { sigungu: [{ code: '47730', name: '의성군', nameEn: 'Uiseong-gun', sidoCode: '47', sidoName: '경상북도', adults2022: 45_000, centroid: [128.7, 36.35], anchors: [] }], places: [] };
  const roads = forestRoadsOf(demoFireRoads(geo).map((r, i) => ({ key: r.key, kind: 'forest-mgmt.record', props: r.props, geometry: r.geometry, receivedAt: 1, seq: i + 1 })));
  const fire: LonLat = [FIRE_ORIGIN.lon, FIRE_ORIGIN.lat];
  const via = (closed: string[]) => accessRoute(fire, roads, new Set(closed.map((n) => `road:uiseong-fire:${n}`)));

  it('trunk and branch; branch closed: the west spur; spur closed too: the trunk with a longer walk; all closed: none', () => {
    expect(roads.every((r) => r.name.startsWith('괴산리 임도'))).toBe(true);
    expect(via([]).route!.roads).toEqual(['road:uiseong-fire:1', 'road:uiseong-fire:2']);
    expect(via(['2']).route!.roads).toEqual(['road:uiseong-fire:3']);
    expect(via(['2', '3']).route).toMatchObject({ roads: ['road:uiseong-fire:1'] });
    expect(via(['2', '3']).route!.walkKm).toBeGreaterThan(via(['2']).route!.walkKm);
    expect(via(['1', '2', '3'])).toMatchObject({ route: null, noAccess: 'roads-closed' });
  });
});

describe('forest roads and their closures from the store', () => {
  let seq = 0;
  const action = (kind: string, recordKey: string, props: Record<string, unknown> = {}) => {
    seq++;
    return { key: `forest-mgmt:x:${seq}`, kind, props: { recordKey, user: 'kim', verified: true, ...props }, geometry: null, receivedAt: 1000 + seq, seq };
  };

  it('reads road records (lines and multi-lines), not stands', () => {
    const roads = forestRoadsOf([
      { key: 'road:a', kind: 'k', props: { type: 'road', name: 'A' }, geometry: { type: 'LineString', coordinates: [[128, 36], [128.01, 36]] }, receivedAt: 1, seq: 1 },
      { key: 'road:b', kind: 'k', props: { type: 'road' }, geometry: { type: 'MultiLineString', coordinates: [[[128, 36], [128, 36.01]], [[128.1, 36]]] }, receivedAt: 1, seq: 2 },
      { key: 'stand:c', kind: 'k', props: { type: 'stand' }, geometry: { type: 'Polygon', coordinates: [[[128, 36], [128.01, 36], [128, 36.01], [128, 36]]] }, receivedAt: 1, seq: 3 },
    ]);
    expect(roads).toEqual([
      { key: 'road:a', name: 'A', lines: [[[128, 36], [128.01, 36]]] },
      { key: 'road:b', name: 'road:b', lines: [[[128, 36], [128, 36.01]]] },
    ]);
  });

  it('the latest action per road wins: closed, re-opened, closed again', () => {
    const close = action(FOREST_ROAD_IMPASSABLE_KIND, 'road:a', { reason: '낙석' });
    expect([...roadClosures([close]).closed.keys()]).toEqual(['road:a']);
    expect(roadClosures([close]).closed.get('road:a')).toMatchObject({ user: 'kim', reason: '낙석', verified: true });
    const reopen = action(FOREST_ROAD_OPEN_KIND, 'road:a');
    expect(roadClosures([reopen, close]).closed.size).toBe(0);
    const again = action(FOREST_ROAD_IMPASSABLE_KIND, 'road:a');
    expect([...roadClosures([again, close, reopen]).closed.keys()]).toEqual(['road:a']);
  });

  it('an action whose signature did not verify changes nothing and is listed as ignored', () => {
    const forged = action(FOREST_ROAD_IMPASSABLE_KIND, 'road:b', { verified: false, verifyReason: 'bad signature' });
    const r = roadClosures([forged]);
    expect(r.closed.size).toBe(0);
    expect(r.ignored).toEqual([expect.objectContaining({ roadKey: 'road:b', verified: false, verifyReason: 'bad signature' })]);
  });
});

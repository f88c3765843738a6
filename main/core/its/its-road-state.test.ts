import type { EventInput } from '../../common/events.js';
import { eventInputSchema } from '../../common/events.js';
import { detourPropsSchema, type ClosureProps, type DetourProps } from '../../common/its/types.js';
import { ItsRoadState } from './its-road-state.js';
import { RoadGraph, type GraphLink } from './road-graph.js';

const pos: Record<string, [number, number]> = { A: [127, 37], B: [127.05, 37.05], C: [127.02, 37], D: [127.05, 37] };
const link = (id: string, from: string, to: string, km: number): GraphLink => ({ linkId: id, fromNode: from, toNode: to, lengthM: km * 1000, freeFlowKmh: 100, coordinates: [pos[from]!, pos[to]!] });
const graph = () => new RoadGraph([link('AB', 'A', 'B', 10), link('BD', 'B', 'D', 10), link('AC', 'A', 'C', 5), link('CD', 'C', 'D', 5)]);

const ev = (stream: string, key: string, props: Record<string, unknown>, over: Partial<EventInput> = {}): EventInput => ({
  stream, id: `${key}:${over.ts ?? 1000}`, key, kind: 'x', op: 'upsert', ts: 1000, status: 'actual', geometry: null, props, source: 'test', ...over,
});
const closure = (id: string, linkIds: string[], over: Partial<ClosureProps> = {}) => ev('ops.closures', id, { closureId: id, linkIds, reason: 'test', by: 'user:kim', startTs: 1000, endTs: null, ...over });
const propsOf = (e: EventInput) => detourPropsSchema.parse(e.props) as DetourProps;

describe('ItsRoadState', () => {
  it('publishes a valid ops.detours event for a closure and removes it on reopening', () => {
    const s = new ItsRoadState(graph(), 'test');
    const [d] = s.apply(closure('c1', ['AC', 'CD']));
    expect(eventInputSchema.safeParse(d).success).toBe(true);
    expect(d).toMatchObject({ stream: 'ops.detours', key: 'c1', op: 'upsert', geometry: { type: 'LineString', coordinates: [pos['A'], pos['B'], pos['D']] } });
    expect(propsOf(d!).stretches).toEqual([{ found: true, fromNode: 'A', toNode: 'D', closedLinkIds: ['AC', 'CD'], linkIds: ['AB', 'BD'], distanceM: 20_000, timeS: 720 }]);
    expect(s.apply(closure('c1', ['AC', 'CD']))).toEqual([]); // unchanged: nothing to publish again
    expect(s.apply({ ...closure('c1', ['AC', 'CD']), op: 'remove' })).toMatchObject([{ stream: 'ops.detours', key: 'c1', op: 'remove' }]);
    expect(s.activeClosures()).toEqual([]);
  });

  it('answers "no detour" when the closure leaves no way round, and avoids links of other closures', () => {
    const s = new ItsRoadState(graph(), 'test');
    s.apply(closure('c1', ['AB']));
    const [d] = s.apply(closure('c2', ['AC', 'CD']));
    expect(d!.geometry).toBeNull();
    expect(propsOf(d!).stretches[0]).toMatchObject({ found: false, fromNode: 'A', toNode: 'D', reason: expect.stringMatching(/^no detour/) });
  });

  it('uses current speeds from its.traffic and republishes on recompute when the best detour changes', () => {
    const g = new RoadGraph([...[link('AB', 'A', 'B', 10), link('BD', 'B', 'D', 10), link('AC', 'A', 'C', 5), link('CD', 'C', 'D', 5)], link('AD', 'A', 'D', 12)]);
    const s = new ItsRoadState(g, 'test');
    const [first] = s.apply(closure('c1', ['AD']));
    expect(propsOf(first!).stretches[0]).toMatchObject({ found: true, linkIds: ['AC', 'CD'] });
    s.apply(ev('its.traffic', 'AC', { linkId: 'AC', speedKmh: 5, travelTimeS: 3600, congestion: 'jammed', roadName: null, roadDrcType: null, startNodeId: null, endNodeId: null }));
    expect(s.congestion('AC')).toBe('jammed');
    expect(s.congestion('AB')).toBeNull();
    const [second] = s.recompute(2000);
    expect(propsOf(second!).stretches[0]).toMatchObject({ found: true, linkIds: ['AB', 'BD'] });
    expect(s.recompute(3000)).toEqual([]);
  });

  it('closes the link of a full-closure incident and reopens it when the incident ends', () => {
    const s = new ItsRoadState(graph(), 'test');
    const incident = { kind: 'accident', eventType: 'acc', eventDetailType: null, type: null, startTs: 1000, endTs: null, linkId: 'AC', roadName: null, roadNo: null, roadDrcType: null, lanesBlock: 'full', lanesBlocked: '전차로', message: '' };
    expect(s.apply(ev('its.events', 'e1', incident))).toMatchObject([{ key: 'incident:e1', op: 'upsert' }]);
    expect(s.apply(ev('its.events', 'e2', { ...incident, lanesBlock: 'partial' }))).toEqual([]);
    expect(s.apply(ev('its.events', 'e1', { ...incident, endTs: 5000 }, { ts: 5000 }))).toMatchObject([{ key: 'incident:e1', op: 'remove' }]);
  });
});

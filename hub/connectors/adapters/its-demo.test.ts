import { join } from 'node:path';
import type { EventInput } from '../../../main/common/events.js';
import { buildSchematicNetwork } from '../../../geo-data/roads/build-roads.js';
import { ItsRoadState } from '../../../main/core/its/its-road-state.js';
import { graphLinksFromGeoJson } from '../../../main/core/its/load-road-graph.js';
import { RoadGraph } from '../../../main/core/its/road-graph.js';
import { adapters } from './index.js';
import { demoCorridorLinks, itsDemoEntries, type DemoLink } from './its-demo.js';

const OUT = join(import.meta.dirname, '..', '..', '..', 'geo-data', 'out');
const BASE = Date.UTC(2026, 7, 26, 21, 0, 0); // 06:00 KST
let links: DemoLink[];
let graph: RoadGraph;
beforeAll(() => {
  const net = buildSchematicNetwork(OUT);
  links = net.links.features.map((f) => ({ ...f.properties, coordinates: f.geometry.coordinates }));
  graph = new RoadGraph(graphLinksFromGeoJson(net.links));
}, 60_000);

describe('ITS demo records', () => {
  it('are accepted in full by the adapters a connector uses, and are deterministic', () => {
    const entries = itsDemoEntries(links, { baseUtc: BASE, durationMs: 24 * 3600_000, stepMs: 15 * 60_000 });
    expect(itsDemoEntries(links, { baseUtc: BASE, durationMs: 24 * 3600_000, stepMs: 15 * 60_000 })).toEqual(entries);
    const events: EventInput[] = [];
    for (const e of entries) {
      const r = adapters[e.adapter]!.record(e.record, { now: BASE + e.at });
      if (!('stream' in r)) throw new Error(`rejected: ${r.reason} ${JSON.stringify(e.record)}`);
      events.push(r);
    }
    const corridor = demoCorridorLinks(links);
    expect(corridor.length).toBeGreaterThan(200);
    expect(events.filter((e) => e.stream === 'its.traffic')).toHaveLength(corridor.length * 97);
    expect(events.filter((e) => e.stream === 'its.events')).toHaveLength(8);
  });

  it('drive congestion waves: 경부 towards Seoul jams around 08:00 KST and is free at 03:00; 남해 slows in the typhoon', () => {
    const entries = itsDemoEntries(links, { baseUtc: BASE, durationMs: 24 * 3600_000 });
    const at = (hourKst: number, prefix: string) =>
      entries
        .filter((e) => e.adapter === 'its-traffic' && e.at === ((hourKst - 6 + 24) % 24) * 3600_000 && e.record['linkId']!.startsWith(prefix))
        .map((e) => adapters['its-traffic']!.record(e.record, { now: 0 }) as EventInput)
        .map((e) => (e.props as { congestion: string | null }).congestion);
    const rush = at(8, 'EX0001-s2');
    const night = at(3, 'EX0001-s2');
    expect(rush.filter((c) => c === 'congested' || c === 'jammed').length).toBeGreaterThan(rush.length / 4);
    expect(night.every((c) => c === 'free')).toBe(true);
    const storm = at(15, 'EX0010');
    expect(storm.filter((c) => c !== 'free').length).toBeGreaterThan(storm.length / 2);
  });

  it('script a full closure of 경부 that a workstation turns into a closure (lanesBlock full on a known link)', () => {
    const entries = itsDemoEntries(links, { baseUtc: BASE, durationMs: 24 * 3600_000 });
    const acc = entries.filter((e) => e.adapter === 'its-events' && e.record['linkId'] === 'EX0001-s215-B').map((e) => adapters['its-events']!.record(e.record, { now: 0 }) as EventInput);
    expect(acc.map((e) => e.props)).toMatchObject([{ kind: 'accident', lanesBlock: 'full', endTs: null }, { kind: 'accident', lanesBlock: 'full', endTs: BASE + 3.5 * 3600_000 }]);
    expect(acc[0]!.key).toBe(acc[1]!.key);
  });

  it('played through the adapters into a workstation\'s road state, the accident yields a detour and then its removal', () => {
    const state = new ItsRoadState(graph, 'schematic');
    const published: EventInput[] = [];
    for (const e of itsDemoEntries(links, { baseUtc: BASE, durationMs: 6 * 3600_000 })) {
      const r = adapters[e.adapter]!.record(e.record, { now: BASE + e.at });
      if ('stream' in r) published.push(...state.apply(r));
    }
    const detours = published.filter((e) => e.key.startsWith('incident:'));
    const accident = detours.filter((e) => (e.props as { stretches?: Array<{ closedLinkIds: string[] }> }).stretches?.[0]?.closedLinkIds[0] === 'EX0001-s215-B' || e.op === 'remove');
    expect(accident.map((e) => e.op)).toEqual(['upsert', 'remove']);
    expect(accident[0]!.props).toMatchObject({ network: 'schematic', stretches: [{ found: true, closedLinkIds: ['EX0001-s215-B'] }] });
    expect(accident[0]!.geometry?.type).toBe('LineString');
  });
});

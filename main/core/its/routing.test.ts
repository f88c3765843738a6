import { join } from 'node:path';
import { buildSchematicNetwork } from '../../../geo-data/roads/build-roads.js';
import { closedStretches, detour, detours } from './detour.js';
import { graphLinksFromGeoJson } from './load-road-graph.js';
import { RoadGraph, type GraphLink } from './road-graph.js';

const pos: Record<string, [number, number]> = { A: [127, 37], B: [127.05, 37.05], C: [127.02, 37], D: [127.05, 37], E: [128, 36] };
const link = (id: string, from: string, to: string, km: number, kmh = 100): GraphLink => ({
  linkId: id, fromNode: from, toNode: to, lengthM: km * 1000, freeFlowKmh: kmh, coordinates: [pos[from]!, pos[to]!],
});
// Two ways from A to D: via B (20 km) and via C (10 km); E is reachable only one way.
const small = () =>
  new RoadGraph([link('AB', 'A', 'B', 10), link('BD', 'B', 'D', 10), link('AC', 'A', 'C', 5), link('CD', 'C', 'D', 5), link('DE', 'D', 'E', 120)]);

describe('RoadGraph.shortestPath on a hand-built graph', () => {
  it('takes the known fastest path at free-flow', () => {
    const p = small().shortestPath('A', 'D');
    expect(p).toMatchObject({ found: true, linkIds: ['AC', 'CD'], distanceM: 10_000 });
    if (p.found) expect(p.timeS).toBeCloseTo(360, 6);
  });

  it('switches to the longer road when current speeds make it faster', () => {
    const g = small();
    g.setSpeed('AC', 10); // 5 km at 10 km/h = 30 min
    const p = g.shortestPath('A', 'D');
    expect(p).toMatchObject({ found: true, linkIds: ['AB', 'BD'] });
    if (p.found) expect(p.timeS).toBeCloseTo(720, 6);
    g.clearSpeed('AC');
    expect(g.shortestPath('A', 'D')).toMatchObject({ linkIds: ['AC', 'CD'] });
  });

  it('costs stopped traffic at 1 km/h instead of forbidding it', () => {
    const g = small();
    g.setSpeed('DE', 0);
    expect(g.travelTimeS('DE')).toBeCloseTo(120_000 / (1 / 3.6), 3);
    expect(g.shortestPath('A', 'E')).toMatchObject({ found: true, linkIds: ['AC', 'CD', 'DE'] });
  });

  it('says clearly when there is no route or a node is unknown', () => {
    const g = small();
    expect(g.shortestPath('E', 'A')).toMatchObject({ found: false, reason: 'no route from E to A' });
    expect(g.shortestPath('A', 'Z')).toMatchObject({ found: false, reason: 'unknown node Z' });
  });
});

describe('detour on a hand-built graph', () => {
  it('a closure forces the route onto the alternative', () => {
    const d = detour(small(), ['AC', 'CD']);
    expect(d).toMatchObject({ found: true, fromNode: 'A', toNode: 'D', linkIds: ['AB', 'BD'], distanceM: 20_000 });
    if (d.found) {
      expect(d.geometry.features[0]!.geometry.coordinates).toEqual([pos['A'], pos['B'], pos['D']]);
      expect(d.geometry.features).toHaveLength(3);
    }
  });

  it('answers "no detour" when the closure cuts the only way', () => {
    const d = detour(small(), ['DE']);
    expect(d).toMatchObject({ found: false, fromNode: 'D', toNode: 'E' });
    if (!d.found) expect(d.reason).toMatch(/^no detour: no route from D to E avoiding 1 closed link/);
  });

  it('rejects unknown links and splits separate stretches', () => {
    expect(detour(small(), ['XX'])).toMatchObject({ found: false, reason: 'unknown link(s): XX' });
    expect(closedStretches(small(), ['CD', 'AC', 'DE'])).toEqual([{ fromNode: 'A', toNode: 'E', linkIds: ['AC', 'CD', 'DE'] }]);
    const two = closedStretches(small(), ['AB', 'CD']);
    expect(two).toHaveLength(2);
    expect(detour(small(), ['AB', 'CD'])).toMatchObject({ found: false, reason: expect.stringMatching(/2 separate stretches/) });
  });
});

const OUT = join(import.meta.dirname, '..', '..', '..', 'geo-data', 'out');

describe('detour on the schematic expressway network', () => {
  let graph: RoadGraph;
  beforeAll(() => {
    graph = new RoadGraph(graphLinksFromGeoJson(buildSchematicNetwork(OUT).links));
  }, 60_000);

  const contiguous = (ids: string[], from: string, to: string) => {
    let at = from;
    for (const id of ids) {
      const l = graph.link(id)!;
      expect(l.fromNode).toBe(at);
      at = l.toNode;
    }
    expect(at).toBe(to);
  };

  it('closing a 경부 link gives a detour that avoids it and reconnects its ends', () => {
    const closed = ['EX0001-s100-F'];
    const d = detour(graph, closed);
    expect(d.found).toBe(true);
    if (!d.found) return;
    const l = graph.link(closed[0]!)!;
    expect(d.fromNode).toBe(l.fromNode);
    expect(d.toNode).toBe(l.toNode);
    expect(d.linkIds).not.toContain(closed[0]);
    contiguous(d.linkIds, l.fromNode, l.toNode);
    expect(d.distanceM).toBeGreaterThan(l.lengthM);
  });

  it('closing both directions of a stretch between two junctions gives one detour per direction', () => {
    const f = ['EX0050-s040-F', 'EX0050-s041-F', 'EX0050-s042-F'];
    const b = ['EX0050-s042-B', 'EX0050-s041-B', 'EX0050-s040-B'];
    const all = detours(graph, [...f, ...b]);
    expect(all).toHaveLength(2);
    for (const d of all) {
      expect(d.found).toBe(true);
      if (!d.found) continue;
      for (const id of [...f, ...b]) expect(d.linkIds).not.toContain(id);
      contiguous(d.linkIds, d.stretch.fromNode, d.stretch.toNode);
    }
  });

  it('A* finds the same travel time as a plain Dijkstra for random pairs under random speeds', () => {
    const links = graphLinksFromGeoJson(buildSchematicNetwork(OUT).links);
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const speeds = new Map<string, number>();
    for (const l of links) if (rand() < 0.3) speeds.set(l.linkId, Math.round(rand() * 130));
    for (const [id, v] of speeds) graph.setSpeed(id, v);
    const cost = (l: GraphLink) => l.lengthM / (Math.max(1, speeds.get(l.linkId) ?? l.freeFlowKmh) / 3.6);
    const out = new Map<string, GraphLink[]>();
    for (const l of links) out.set(l.fromNode, [...(out.get(l.fromNode) ?? []), l]);
    const nodes = [...out.keys()];
    const dijkstra = (from: string, to: string): number => {
      const dist = new Map([[from, 0]]);
      const done = new Set<string>();
      for (;;) {
        let best: string | null = null;
        for (const [n, d] of dist) if (!done.has(n) && (best === null || d < dist.get(best)!)) best = n;
        if (best === null) return Infinity;
        if (best === to) return dist.get(best)!;
        done.add(best);
        for (const l of out.get(best) ?? []) {
          const c = dist.get(best)! + cost(l);
          if (c < (dist.get(l.toNode) ?? Infinity)) dist.set(l.toNode, c);
        }
      }
    };
    try {
      for (let i = 0; i < 12; i++) {
        const a = nodes[Math.floor(rand() * nodes.length)]!;
        const b = nodes[Math.floor(rand() * nodes.length)]!;
        const p = graph.shortestPath(a, b);
        expect(p.found).toBe(true);
        if (p.found) expect(p.timeS).toBeCloseTo(dijkstra(a, b), 6);
      }
    } finally {
      graph.clearSpeed();
    }
  }, 120_000);

  it('a detour reflects current speeds: jamming the first detour moves the second elsewhere', () => {
    const first = detour(graph, ['EX0001-s100-F']);
    if (!first.found) throw new Error(first.reason);
    const jammed = first.linkIds.filter((id) => !id.startsWith('EX0001-s100'));
    // Jam a link of the detour that is not next to the closure's ends (those have no alternative).
    const mid = jammed[Math.floor(jammed.length / 2)]!;
    graph.setSpeed(mid, 0);
    const second = detour(graph, ['EX0001-s100-F']);
    graph.clearSpeed();
    expect(second.found).toBe(true);
    if (second.found) {
      expect(second.linkIds).not.toContain(mid);
      expect(second.timeS).toBeGreaterThanOrEqual(first.timeS);
    }
  });
});

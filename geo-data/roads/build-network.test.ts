import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildNetwork, haversineM, type Network, type WaypointResolver } from './build-network.js';
import { buildRoads, buildSchematicNetwork } from './build-roads.js';
import type { ExpresswayRoute } from './expressways.js';
import { EXPRESSWAYS } from './expressways.js';

const OUT = join(import.meta.dirname, '..', 'out');
let net: Network;
beforeAll(() => {
  net = buildSchematicNetwork(OUT);
}, 60_000);

/** Nodes reachable from `start` following links forward (or backward). */
function reach(n: Network, start: string, backward: boolean): Set<string> {
  const adj = new Map<string, string[]>();
  for (const f of n.links.features) {
    const [a, b] = backward ? [f.properties.toNode, f.properties.fromNode] : [f.properties.fromNode, f.properties.toNode];
    const list = adj.get(a) ?? [];
    list.push(b);
    adj.set(a, list);
  }
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const next of adj.get(stack.pop()!) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  return seen;
}

describe('schematic expressway network', () => {
  it('covers the required routes, each within 25% of its official length', () => {
    const required = [1, 10, 12, 15, 16, 25, 30, 35, 40, 45, 50, 55, 60, 65, 100];
    expect(net.routes.map((r) => r.no)).toEqual(expect.arrayContaining(required));
    for (const r of net.routes) {
      const ratio = r.builtKm / r.officialKm;
      expect({ route: r.no, ok: ratio > 0.75 && ratio < 1.25, ratio }).toMatchObject({ route: r.no, ok: true });
      expect(r.source).toMatch(/https?:\/\//);
      // Every official length was read on its cited page; none is left as written from memory.
      expect({ route: r.no, lengthCheck: r.lengthCheck }).toEqual({ route: r.no, lengthCheck: 'checked' });
    }
  });

  it('is strongly connected: every node (so every link) reaches and is reached from every other', () => {
    const start = net.links.features[0]!.properties.fromNode;
    const used = new Set(net.links.features.flatMap((f) => [f.properties.fromNode, f.properties.toNode]));
    expect(reach(net, start, false).size).toBe(used.size);
    expect(reach(net, start, true).size).toBe(used.size);
    expect(used.size).toBe(net.nodes.length);
  });

  it('splits legs into directional links of 1–2 km with unique ids and both directions', () => {
    const ids = new Set<string>();
    const numeric = new Set<number>();
    for (const f of net.links.features) {
      const p = f.properties;
      ids.add(p.linkId);
      numeric.add(f.id);
      expect(p.lengthM).toBeLessThanOrEqual(2001);
      expect(p.linkId).toMatch(/^EX\d{4}-s\d{3,}-[FB]$/);
      expect([4, 6, 8]).toContain(p.lanes);
      expect([100, 110]).toContain(p.freeFlowKmh);
      const [a, b] = f.geometry.coordinates;
      expect(Math.abs(haversineM(a!, b!) - p.lengthM)).toBeLessThan(2);
    }
    expect(ids.size).toBe(net.links.features.length);
    expect(numeric.size).toBe(net.links.features.length);
    const short = net.links.features.filter((f) => f.properties.lengthM < 1000);
    // Only legs shorter than 1 km overall may give a link under 1 km; none exist in this network.
    expect(short).toEqual([]);
    const fwd = net.links.features.filter((f) => f.properties.dir === 'F').length;
    expect(fwd * 2).toBe(net.links.features.length);
  });

  it('gives the same ids and bytes on every build, and anchors ids to the authored order', () => {
    const again = buildSchematicNetwork(OUT);
    expect(JSON.stringify(again)).toBe(JSON.stringify(net));
    const first = net.links.features.find((f) => f.properties.linkId === 'EX0001-s000-F')!;
    expect(first.id).toBe(10_000);
    expect(first.properties.fromNode).toBe('EX0001-n000');
    const back = net.links.features.find((f) => f.properties.linkId === 'EX0001-s000-B')!;
    expect(back.properties.fromNode).toBe(first.properties.toNode);
    expect(back.geometry.coordinates).toEqual([...first.geometry.coordinates].reverse());
  });

  it('tags links with the sigungu under their midpoint', () => {
    const located = net.links.features.filter((f) => f.properties.sigunguCode !== null);
    expect(located.length / net.links.features.length).toBeGreaterThan(0.97);
    // The first 경부 link leaves 부산 금정구 (26410).
    expect(net.links.features.find((f) => f.properties.linkId === 'EX0001-s000-F')!.properties.sigunguCode).toBe('26410');
  });

  it('shares junction nodes between the routes that meet there', () => {
    const singal = net.nodes.find((n) => n.id === 'JC-singal')!;
    expect(singal.routes).toEqual([1, 50]);
    expect(singal.kind).toBe('junction');
    const junctions = net.nodes.filter((n) => n.kind === 'junction');
    for (const jn of junctions) expect(jn.routes.length).toBeGreaterThanOrEqual(2);
  });

  it('writes roads/ files and records them, their sources and schematic: true in the manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roads-'));
    try {
      symlinkSync(join(OUT, 'region-index.json'), join(dir, 'region-index.json'));
      symlinkSync(join(OUT, 'regions'), join(dir, 'regions'));
      cpSync(join(OUT, 'manifest.json'), join(dir, 'manifest.json'));
      const { log } = await buildRoads(dir);
      expect(log[0]).toMatch(new RegExp(`^roads: ${EXPRESSWAYS.length} routes`));
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        roads: { schematic: boolean; routes: Array<{ no: number; source: string }> };
        outputs: Array<{ file: string }>;
      };
      expect(manifest.roads.schematic).toBe(true);
      expect(manifest.roads.routes).toHaveLength(EXPRESSWAYS.length);
      expect(manifest.outputs.map((o) => o.file)).toEqual(expect.arrayContaining(['roads/links.geojson', 'roads/nodes.json', 'roads/routes.json']));
      const links = JSON.parse(readFileSync(join(dir, 'roads', 'links.geojson'), 'utf8')) as Network['links'];
      expect(links.features.length).toBe(net.links.features.length);
      expect(Object.keys(links.features[0]!.properties).sort()).toEqual(['dir', 'freeFlowKmh', 'fromNode', 'lanes', 'lengthM', 'linkId', 'roadName', 'roadNameEn', 'route', 'sigunguCode', 'toNode']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('buildNetwork on authored mistakes', () => {
  const place: Record<string, [number, number]> = { A: [127, 37], B: [127.1, 37], C: [127.2, 37] };
  const resolver: WaypointResolver = (w) => (place[w.name] ? { code: w.name, lon: place[w.name]![0], lat: place[w.name]![1] } : { error: 'not found' });
  const route = (no: number, names: string[], jc?: Record<string, string>): ExpresswayRoute => ({
    no, nameKo: `r${no}`, nameEn: `r${no}`, officialKm: 10, source: 'test', lengthCheck: 'checked', lanes: 4, freeFlowKmh: 100,
    segments: [names.map((n) => ({ province: 'P', name: n, ...(jc?.[n] ? { junction: { key: jc[n]!, nameKo: jc[n]! } } : {}) }))],
  });

  it('reports unknown sigungu and a junction placed in two different sigungu', () => {
    expect(() => buildNetwork([route(1, ['A', 'Z'])], resolver)).toThrow(/P Z: not found/);
    expect(() => buildNetwork([route(1, ['A', 'B'], { A: 'x' }), route(2, ['C', 'B'], { C: 'x' })], resolver)).toThrow(/junction x/);
  });

  it('splits a 8.9 km leg into five equal links and joins routes at a shared junction', () => {
    const n = buildNetwork([route(1, ['A', 'B'], { B: 'x' }), route(2, ['B', 'C'], { B: 'x' })], resolver);
    const r1 = n.links.features.filter((f) => f.properties.route === 1 && f.properties.dir === 'F');
    expect(r1).toHaveLength(5);
    expect(r1[4]!.properties.toNode).toBe('JC-x');
    expect(n.links.features.find((f) => f.properties.route === 2 && f.properties.dir === 'F')!.properties.fromNode).toBe('JC-x');
  });
});

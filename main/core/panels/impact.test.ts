import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { area, circle, feature, featureCollection, intersect } from '@turf/turf';
import type { LiveFeature, LiveStreamSnapshot } from '../../common/live-sync.js';
import type { PanelDefinition } from '../../common/panels/panel-definition.js';
import { importBatchCommands, PANEL_IMPORT_STREAM } from '../../common/panels/panel-records.js';
import { loadRegionIndex, type RegionIndex } from '../region/index.js';
import { adultsInArea, resolveAoi, sigunguShares } from './area-adults.js';
import { computeImpact } from './impact.js';
import { ImpactService } from './impact-service.js';
import { LiveSpatialIndex } from './live-index.js';
import { loadRoadLinkIndex, type RoadLinkIndex } from './road-links.js';

// Polygon work on full-detail boundaries: generous on a busy 2-core box (seconds when quiet).
vi.setConfig({ testTimeout: 120_000 });

const geoDataDir = join(fileURLToPath(new URL('../../..', import.meta.url)), 'geo-data', 'out');

let ix: RegionIndex;
let roads: RoadLinkIndex | null;
beforeAll(() => {
  if (!existsSync(join(geoDataDir, 'manifest.json'))) throw new Error(`geo-data is not built (${geoDataDir}); run: GEO_DATA_MIRROR=../shared/geodata npm run geo-data`);
  ix = loadRegionIndex(geoDataDir);
  roads = loadRoadLinkIndex(geoDataDir);
});

let seq = 0;
function feat(stream: string, key: string, geometry: LiveFeature['geometry'], props: Record<string, unknown> = {}, kind = 'test'): LiveFeature {
  seq++;
  return { stream, key, kind, status: 'test', ts: 1_700_000_000_000, receivedAt: 1_700_000_000_000 + seq, seq, props, geometry };
}
const pt = (lon: number, lat: number): LiveFeature['geometry'] => ({ type: 'Point', coordinates: [lon, lat] });
function snapshot(features: LiveFeature[]): LiveStreamSnapshot[] {
  const by = new Map<string, LiveFeature[]>();
  for (const f of features) by.set(f.stream, [...(by.get(f.stream) ?? []), f]);
  return [...by].map(([stream, fs]) => ({ stream, cursor: fs.length, features: fs }));
}

describe('impact: adults on the 2022 roll', () => {
  it("a region's own boundary, drawn as a polygon, gives exactly its own adults count", () => {
    for (const code of ['11110', '47730']) {
      const g = ix.geometry('sigungu', code)!;
      const aoi = resolveAoi({ type: 'polygon', geometry: g }, ix);
      const pop = adultsInArea(aoi, ix);
      expect(pop.adultsMethod).toBe('area-weighted');
      expect(aoi.regions.map((r) => [r.code, r.fraction])).toEqual([[code, 1]]);
      expect(pop.adults).toBe(ix.adults2022(code));
    }
  });

  it('a region AOI gives its exact roll count (sigungu and province), and says no population estimate exists', () => {
    const sg = adultsInArea(resolveAoi({ type: 'region', level: 'sigungu', code: '47730' }, ix), ix);
    expect(sg).toMatchObject({ adults: ix.adults2022('47730'), adultsMethod: 'region', estimate: null });
    expect(sg.estimateNote).toMatch(/No documented population estimate/);
    const province = resolveAoi({ type: 'region', level: 'sido', code: '47' }, ix);
    const pop = adultsInArea(province, ix);
    expect(pop.adults).toBe(ix.adults2022('47'));
    // The province's sigungu, whole, add up to the same figure.
    expect(pop.parts.every((p) => p.fraction === 1)).toBe(true);
    expect(pop.parts.reduce((s, p) => s + p.adults, 0)).toBe(ix.adults2022('47'));
  });

  it('a 10 km buffer around a point gives the area-weighted sum computed by hand', () => {
    const centre: [number, number] = [128.6, 36.4]; // between 안동시 and 의성군, 경북
    const aoi = resolveAoi({ type: 'buffer', geometry: { type: 'Point', coordinates: centre }, radiusKm: 10 }, ix);
    const pop = adultsInArea(aoi, ix);
    // By hand: the two sigungu a 10 km circle there touches, each adults × area(sg ∩ circle) / area(sg),
    // with turf's circle (256 steps) rather than the buffer the core uses.
    const disc = circle(centre, 10, { steps: 256, units: 'kilometers' });
    let expected = 0;
    for (const code of ['47170', '47730']) {
      const sg = feature(ix.geometry('sigungu', code)!);
      const inter = intersect(featureCollection([sg, disc]))!;
      expected += ix.adults2022(code)! * (area(inter) / area(sg));
    }
    expect(pop.parts.map((p) => p.code)).toEqual(['47170', '47730']);
    expect(Math.abs(pop.adults - expected) / expected).toBeLessThan(0.005); // 64- vs 256-gon: ~0.2 % apart
    expect(aoi.areaKm2).toBeGreaterThan(312);
    expect(aoi.areaKm2).toBeLessThan(314.2); // π·10²
  });
});

const panel: PanelDefinition = {
  id: 'test-panel',
  title: { ko: '시험', en: 'Test' },
  stream: 'test.records',
  recordKind: 'rec',
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [],
  filters: [],
  summary: [
    { id: 'n', label: { ko: '건수', en: 'Records' }, op: 'count' },
    { id: 'sum', label: { ko: '합계', en: 'Sum' }, op: 'sum', key: 'value' },
    { id: 'max', label: { ko: '최대', en: 'Max' }, op: 'max', key: 'value' },
  ],
  actions: [],
};

describe('impact: every domain and panel over the live index', () => {
  it('counts what is inside the area, and follows data changes', () => {
    const aoi = resolveAoi({ type: 'region', level: 'sigungu', code: '47730' }, ix);
    const [cx, cy] = ix.centroid('sigungu', '47730')!;
    const seoul = pt(126.978, 37.5665);
    // A road link of the network inside 의성군, closed by an operator.
    const link = roads!.search(aoi.bbox).find((l) => l.coordinates.every(([x, y]) => ix.at(x, y)?.sigungu.code === '47730'))!;
    expect(link).toBeDefined();
    const features = [
      feat('ndms.shelters', 's1', pt(cx, cy), { open: true, capacity: 100, occupancy: 30 }),
      feat('ndms.shelters', 's2', pt(cx + 0.01, cy), { open: true, capacity: null, occupancy: 5 }),
      feat('ndms.shelters', 's3', pt(cx, cy + 0.01), { open: false, capacity: 50, occupancy: 0 }),
      feat('ndms.shelters', 's4', seoul, { open: true, capacity: 1000, occupancy: 0 }),
      feat('its.cctv', 'c1', pt(cx, cy)),
      feat('its.cctv', 'c2', pt(cx - 0.01, cy)),
      feat('its.cctv', 'c3', seoul),
      feat('its.vms', 'v1', pt(cx, cy)),
      feat('its.traffic', link.linkId, null, { linkId: link.linkId, congestion: 'jam' }),
      feat('ops.closures', 'cl1', null, { closureId: 'cl1', linkIds: [link.linkId], reason: 'fire', by: 'user:kim', startTs: 0, endTs: null }),
      feat('its.events', 'e1', pt(cx, cy), { lanesBlock: 'partial', endTs: null, linkId: null }),
      feat('forest.fires', 'f1', pt(cx, cy), { status: 'burning' }),
      feat('forest.fires', 'f2', pt(cx + 0.005, cy), { status: 'extinguished' }),
      feat('forest.detections', 'd1', pt(cx, cy)),
      feat('ndms.alerts', 'a1', null, { level: '긴급재난', regions: [{ text: '의성군', level: 'sigungu', region: { code: '47730' }, sido: { code: '47' } }] }),
      feat('ndms.alerts', 'a2', null, { level: '안전안내', regions: [{ text: '종로구', level: 'sigungu', region: { code: '11110' }, sido: { code: '11' } }] }),
      feat('ndms.damage', 'dm1', null, { sigunguCode: '47730', amountKrw: 5000 }),
      feat(panel.stream, 'r1', pt(cx, cy), { value: 10 }),
      feat(panel.stream, 'r2', pt(cx, cy - 0.01), { value: 5 }),
      feat(panel.stream, 'r3', seoul, { value: 1000 }),
      feat(panel.stream, 'r4', null, { sigungu: '47730', value: 1 }),
    ];
    // An import for the panel: r3 moves into the area, and one new record.
    const { commands } = importBatchCommands({ panelId: panel.id, importId: 'imp1', fileName: 'x.csv', records: [
      { key: 'r3', props: { value: 7 }, geometry: pt(cx + 0.002, cy) },
      { key: 'n1', props: { value: 2 }, geometry: pt(cx - 0.002, cy) },
    ] });
    features.push(feat(PANEL_IMPORT_STREAM, commands[0]!.key, null, commands[0]!.props, 'panel.records'));

    const index = new LiveSpatialIndex();
    index.load(snapshot(features));
    const s = computeImpact({ aoi, index, regions: ix, roads, panels: [panel], exercise: false, now: 1_700_000_100_000 });
    expect(s.population.adults).toBe(ix.adults2022('47730'));
    expect(s.shelters).toEqual({ count: 3, open: 2, capacity: 150, occupancy: 35, freeCapacity: 70, capacityUnknown: 1 });
    expect(s.cctv.count).toBe(2);
    expect(s.messageSigns.count).toBe(1);
    expect(s.roads.links).toBeGreaterThan(0);
    expect(s.roads).toMatchObject({ closures: 1, closedLinks: 1, incidents: 1, fullBlocks: 0 });
    expect(s.roads.congestion).toEqual({ jam: 1 });
    expect(s.fires).toEqual({ active: 1, total: 2, detections: 1 });
    expect(s.alerts).toMatchObject({ count: 1, byLevel: { 긴급재난: 1 } });
    expect(s.damage).toEqual({ count: 1, amountKrw: 5000 });
    expect(s.streams['ndms.shelters']).toBe(3);
    const p = s.panels[0]!;
    expect(p.records).toBe(5); // r1, r2, r4 (by region), r3 (imported into the area), n1
    expect(p.figures.map((f) => f.value)).toEqual([5, 10 + 5 + 1 + 7 + 2, 10]);

    // Data changes: a shelter closes down (removed), a CCTV appears, the imported batch is withdrawn.
    index.apply([
      { stream: 'ndms.shelters', upserts: [], removes: ['s1'] },
      { stream: 'its.cctv', upserts: [feat('its.cctv', 'c4', pt(cx, cy + 0.003))], removes: [] },
      { stream: PANEL_IMPORT_STREAM, upserts: [], removes: [commands[0]!.key] },
    ]);
    const t = computeImpact({ aoi, index, regions: ix, roads, panels: [panel], exercise: false });
    expect(t.shelters.count).toBe(2);
    expect(t.cctv.count).toBe(3);
    expect(t.panels[0]!.records).toBe(3);
  });

  it('the service builds its index from the snapshot, follows diffs and announces impact:changed', async () => {
    const [cx, cy] = ix.centroid('sigungu', '11110')!;
    const changed: string[][] = [];
    const svc = new ImpactService({
      regionIndex: async () => ix,
      geoDataDir,
      snapshot: () => ({ serial: 0, exercise: true, streams: snapshot([feat('its.cctv', 'c1', pt(cx, cy))]) }),
      panels: () => [],
      emit: (e) => changed.push(e.streams),
      changedIntervalMs: 10,
    });
    const spec = { type: 'buffer' as const, geometry: { type: 'Point' as const, coordinates: [cx, cy] }, radiusKm: 2 };
    const first = await svc.summary(spec);
    expect(first).toMatchObject({ cctv: { count: 1 }, exercise: true });
    svc.onDiff({ serial: 1, reset: false, diffs: [{ stream: 'its.cctv', upserts: [feat('its.cctv', 'c2', pt(cx + 0.001, cy))], removes: [] }] });
    expect((await svc.summary(spec)).cctv.count).toBe(2);
    await vi.waitFor(() => expect(changed).toEqual([['its.cctv']]));
    svc.close();
  });
});

describe('impact: whole sigungu inside a drawn area', () => {
  it("a province's own boundary, drawn, gives exactly its adults (interior sigungu counted whole without intersection)", () => {
    const g = ix.geometry('sido', '47')!;
    const aoi = resolveAoi({ type: 'polygon', geometry: g }, ix);
    const province = resolveAoi({ type: 'region', level: 'sido', code: '47' }, ix);
    expect(aoi.regions.map((r) => [r.code, r.fraction])).toEqual(province.regions.map((r) => [r.code, 1]));
    expect(adultsInArea(aoi, ix).adults).toBe(ix.adults2022('47'));
  });
});

describe('impact: clipping a detailed area before intersecting', () => {
  it('gives the same shares as intersecting the whole area', () => {
    // 부산 강서구: a detailed coastline with islands (a MultiPolygon) and several neighbours.
    const g = ix.geometry('sigungu', '26440')!;
    const whole = sigunguShares(g, ix, { clipAbove: Infinity });
    const clipped = sigunguShares(g, ix, { clipAbove: 0 });
    expect(clipped.map((r) => r.code)).toEqual(whole.map((r) => r.code));
    clipped.forEach((r, i) => expect(Math.abs(r.fraction - whole[i]!.fraction)).toBeLessThan(1e-9));
  });
});

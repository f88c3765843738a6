// Pest-control zones from GeoJSON (forest-pests adapter) and the demo day's generated zones.
import { geometryContains, type AreaGeometry } from '../../../main/common/forest/demo-grid.js';
import { pestZoneSchema } from '../../../main/common/forest/types.js';
import { demoPestEntries, defaultSigunguFile, DEMO_PEST_SIGUNGU } from '../../scenario/demo/demo-pests.js';
import { createPestZonesAdapter } from './forest-pests.js';
import { existsSync, readFileSync } from 'node:fs';

const ctx = { now: 1_790_000_000_000 };
const square = (x: number, y: number, d = 0.01) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];
const adapter = createPestZonesAdapter();

describe('forest-pests adapter (GeoJSON)', () => {
  it('accepts a FeatureCollection with English or Korean field names, Polygon and MultiPolygon', () => {
    const doc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(128.6, 36.4) }, properties: { zoneId: 'Z-1', pest: '소나무재선충병', measure: '벌채·훈증', areaHa: 12.5, sigucode: '47730' } },
        { type: 'Feature', id: 77, geometry: { type: 'MultiPolygon', coordinates: [square(128.9, 35.4), square(128.92, 35.42)] }, properties: { 병해충명: '참나무시들음병', 방제방법: '끈끈이롤트랩', 면적: '3.2' } },
      ],
    };
    const r = adapter.payload(JSON.stringify(doc), ctx);
    expect(r.rejects).toEqual([]);
    expect(r.events).toHaveLength(2);
    const [a, b] = r.events;
    expect(a).toMatchObject({ stream: 'forest.pests', key: 'pest:Z-1', kind: 'pest.zone', op: 'upsert', props: { zoneId: 'Z-1', pest: '소나무재선충병', measure: '벌채·훈증', areaHa: 12.5, region: { code: '47730' }, demo: false } });
    expect(b).toMatchObject({ key: 'pest:77', props: { pest: '참나무시들음병', measure: '끈끈이롤트랩', areaHa: 3.2, region: null, demo: false } });
    expect(b!.geometry?.type).toBe('MultiPolygon');
    for (const e of r.events) expect(pestZoneSchema.safeParse(e.props).success).toBe(true);
    // The same zone again is the same event id (re-importing a file is not new input).
    expect(adapter.payload(JSON.stringify(doc), { now: 1 }).events.map((e) => e.id)).toEqual(r.events.map((e) => e.id));
  });

  it('rejects with a reason: projected coordinates, no pest, lines, no id; whole-file errors', () => {
    const bad = [
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(350000, 380000, 100) }, properties: { zoneId: 'P', pest: 'x' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(128.6, 36.4) }, properties: { zoneId: 'Q' } },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[128.6, 36.4], [128.7, 36.5]] }, properties: { zoneId: 'R', pest: 'x' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(128.6, 36.4) }, properties: { pest: 'x' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(128.6, 36.4) }, properties: { zoneId: 'S', pest: 'x', areaHa: 'lots' } },
    ];
    const r = adapter.payload(JSON.stringify({ type: 'FeatureCollection', features: bad }), ctx);
    expect(r.events).toEqual([]);
    expect(r.rejects.map((x) => x.reason)).toEqual([
      expect.stringMatching(/outside Korea.*WGS84/),
      expect.stringMatching(/Q: no pest name/),
      expect.stringMatching(/LineString is not a Polygon/),
      expect.stringMatching(/no zone id/),
      expect.stringMatching(/S: area lots is not a number/),
    ]);
    expect(adapter.payload('{nope', ctx).rejects[0]!.reason).toMatch(/not JSON/);
    expect(adapter.payload('{"type":"Topology"}', ctx).rejects[0]!.reason).toMatch(/not a GeoJSON FeatureCollection/);
  });
});

describe('demo pest zones (needs geo-data/out; fails without it)', () => {
  if (!existsSync(defaultSigunguFile() ?? '')) throw new Error('geo-data/out is missing: run npm run geo-data');
  it('lie inside their real sigungu, are marked demo, deterministic, and all pass the adapter', () => {
    const entries = demoPestEntries();
    expect(entries.length).toBeGreaterThan(10);
    expect(JSON.stringify(demoPestEntries())).toBe(JSON.stringify(entries));
    const sigungu = JSON.parse(readFileSync(defaultSigunguFile()!, 'utf8')) as { features: Array<{ properties: { code: string }; geometry: AreaGeometry }> };
    const events = entries.map((e) => ('record' in e ? adapter.record(e.record, ctx) : null));
    const codes = new Set<string>();
    for (const ev of events) {
      expect(ev && 'stream' in ev).toBe(true);
      if (!ev || !('stream' in ev)) continue;
      const p = ev.props as { demo: boolean; region: { code: string }; pest: string };
      expect(p.demo).toBe(true);
      codes.add(p.region.code);
      const region = sigungu.features.find((f) => f.properties.code === p.region.code)!;
      const ring = (ev.geometry as { coordinates: number[][][] }).coordinates[0]!;
      const cx = (ring[0]![0]! + ring[2]![0]!) / 2;
      const cy = (ring[0]![1]! + ring[2]![1]!) / 2;
      expect(geometryContains(region.geometry, cx, cy)).toBe(true);
    }
    expect([...codes].sort()).toEqual([...DEMO_PEST_SIGUNGU].sort());
    expect(new Set(events.map((e) => (e && 'stream' in e ? (e.props as { pest: string }).pest : null)))).toEqual(new Set(['소나무재선충병', '참나무시들음병']));
  });
});

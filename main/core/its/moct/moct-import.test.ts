import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detour } from '../detour.js';
import { graphLinksFromGeoJson } from '../load-road-graph.js';
import { RoadGraph } from '../road-graph.js';
import { readDbf } from './dbf-reader.js';
import { importMoctLinks, importMoctNodes, readMoctFolder, type ImportReject } from './moct-import.js';
import { readShp } from './shp-reader.js';
import { writeDbf, writeShp, type TestField } from './testing/write-shapefile.js';

/**
 * Inverse transverse Mercator (Snyder, "Map Projections: A Working Manual", USGS PP 1395, eqs.
 * 8-18 … 8-25) for EPSG:5186, written out here so the importer's proj4 result is checked against an
 * independent computation.
 */
function inverse5186(x: number, y: number): [number, number] {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const e2 = f * (2 - f);
  const ep2 = e2 / (1 - e2);
  const lat0 = (38 * Math.PI) / 180;
  const M = (p: number) =>
    a * ((1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256) * p - ((3 * e2) / 8 + (3 * e2 ** 2) / 32 + (45 * e2 ** 3) / 1024) * Math.sin(2 * p) + ((15 * e2 ** 2) / 256 + (45 * e2 ** 3) / 1024) * Math.sin(4 * p) - ((35 * e2 ** 3) / 3072) * Math.sin(6 * p));
  const mu = (M(lat0) + (y - 600000)) / (a * (1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256));
  const e1 = (1 - Math.sqrt(1 - e2)) / (1 + Math.sqrt(1 - e2));
  const p1 = mu + ((3 * e1) / 2 - (27 * e1 ** 3) / 32) * Math.sin(2 * mu) + ((21 * e1 ** 2) / 16 - (55 * e1 ** 4) / 32) * Math.sin(4 * mu) + ((151 * e1 ** 3) / 96) * Math.sin(6 * mu) + ((1097 * e1 ** 4) / 512) * Math.sin(8 * mu);
  const C = ep2 * Math.cos(p1) ** 2;
  const T = Math.tan(p1) ** 2;
  const N = a / Math.sqrt(1 - e2 * Math.sin(p1) ** 2);
  const R = (a * (1 - e2)) / (1 - e2 * Math.sin(p1) ** 2) ** 1.5;
  const D = (x - 200000) / N;
  const lat = p1 - ((N * Math.tan(p1)) / R) * (D ** 2 / 2 - ((5 + 3 * T + 10 * C - 4 * C ** 2 - 9 * ep2) * D ** 4) / 24 + ((61 + 90 * T + 298 * C + 45 * T ** 2 - 252 * ep2 - 3 * C ** 2) * D ** 6) / 720);
  const lon = (D - ((1 + 2 * T + C) * D ** 3) / 6 + ((5 - 2 * C + 28 * T - 3 * C ** 2 + 8 * ep2 + 24 * T ** 2) * D ** 5) / 120) / Math.cos(p1);
  return [127 + (lon * 180) / Math.PI, (lat * 180) / Math.PI];
}

const LINK_FIELDS: TestField[] = [
  { name: 'LINK_ID', type: 'C', length: 10 }, { name: 'F_NODE', type: 'C', length: 10 }, { name: 'T_NODE', type: 'C', length: 10 },
  { name: 'LANES', type: 'N', length: 4 }, { name: 'ROAD_RANK', type: 'C', length: 3 }, { name: 'ROAD_NAME', type: 'C', length: 30 },
  { name: 'MAX_SPD', type: 'N', length: 4 }, { name: 'LENGTH', type: 'N', length: 12, decimals: 3 },
];
const NODE_FIELDS: TestField[] = [{ name: 'NODE_ID', type: 'C', length: 10 }, { name: 'NODE_NAME', type: 'C', length: 30 }];
const row = (id: string, f: string, t: string, name: string, over: Record<string, string | number | null> = {}) => ({ LINK_ID: id, F_NODE: f, T_NODE: t, LANES: 4, ROAD_RANK: '101', ROAD_NAME: name, MAX_SPD: 100, LENGTH: 10000.5, ...over });

// Projected (EPSG:5186) positions of three nodes: the projection origin and two others.
const P = { a: [200000, 600000], b: [210000, 550000], c: [205000, 560000] } as const satisfies Record<string, readonly [number, number]>;
const good = [
  { shape: [[[...P.a], [205000, 575000], [...P.b]]] as Array<Array<[number, number]>>, row: row('1000000001', 'N1', 'N2', '경부고속도로') },
  { shape: [[[...P.b], [...P.a]]] as Array<Array<[number, number]>>, row: row('1000000002', 'N2', 'N1', '경부고속도로', { LANES: 3, MAX_SPD: 110, ROAD_NAME: '서울양양고속도로' }) },
  { shape: [[[...P.a], [...P.c]], [[...P.c], [...P.b]]] as Array<Array<[number, number]>>, row: row('1000000003', 'N1', 'N2', '올림픽대로', { ROAD_RANK: '102', MAX_SPD: 80 }) },
];
const bad = [
  { shape: [[[...P.a], [...P.b]]], row: row('1000000004', 'N1', 'N2', '국도1호선', { LANES: 0 }), reason: /LANES must be a whole number/ },
  { shape: [[[...P.a], [...P.b]]], row: row('1000000005', 'N1', 'N2', '국도1호선', { MAX_SPD: null }), reason: /MAX_SPD must be 1–200/ },
  { shape: [[[...P.a], [...P.b]]], row: row('1000000001', 'N1', 'N2', '중복'), reason: /duplicate LINK_ID 1000000001/ },
  { shape: [[[...P.a], [9_000_000, 9_000_000]]], row: row('1000000006', 'N1', 'N2', '좌표오류'), reason: /not in Korea after EPSG:5186/ },
  { shape: [[[...P.a], [...P.c]], [[...P.b], [...P.a]]], row: row('1000000007', 'N1', 'N2', '다중'), reason: /2 disconnected parts/ },
  { shape: [[[...P.a], [...P.b]]], row: row('', 'N1', 'N2', '아이디없음'), reason: /LINK_ID missing/ },
  { shape: [[[...P.a], [...P.b]]], row: row('1000000008', '', 'N2', '노드없음'), reason: /F_NODE missing/ },
  { shape: null, row: row('1000000009', 'N1', 'N2', '빈도형'), reason: /geometry is Null, expected PolyLine/ },
  { shape: [[[...P.a], [...P.b]]], row: row('1000000010', 'N1', 'N2', '삭제됨'), reason: /marked deleted/, deleted: true },
] as const;

function linkFiles() {
  const all = [...good, ...bad];
  const { shp, shx } = writeShp('polyline', all.map((r) => r.shape as Array<Array<[number, number]>> | null));
  const deleted = all.flatMap((r, i) => ('deleted' in r && r.deleted ? [i] : []));
  // One .dbf row more than there are shapes: the unpaired row must be reported too.
  const dbf = writeDbf(LINK_FIELDS, [...all.map((r) => r.row), row('1000000099', 'N1', 'N2', '고아')], { deleted });
  return { shp, shx, dbf };
}
function nodeFiles() {
  const { shp, shx } = writeShp('point', [[...P.a], [...P.b], [0, 0]]);
  const dbf = writeDbf(NODE_FIELDS, [{ NODE_ID: 'N1', NODE_NAME: '판교JC' }, { NODE_ID: 'N2', NODE_NAME: '' }, { NODE_ID: 'N3', NODE_NAME: '바다' }]);
  return { shp, shx, dbf };
}

describe('shapefile readers on files written by the test', () => {
  it('reads PolyLine parts and Point records, and the .shx offsets match', () => {
    const { shp, shx } = linkFiles();
    const f = readShp(shp);
    expect(f.shapeType).toBe(3);
    expect(f.records).toHaveLength(good.length + bad.length);
    expect(f.records[0]).toEqual({ number: 1, geometry: { type: 'PolyLine', parts: [[[200000, 600000], [205000, 575000], [210000, 550000]]] } });
    expect(shx.readInt32BE(100) * 2).toBe(100);
    expect(readShp(nodeFiles().shp).records[1]).toEqual({ number: 2, geometry: { type: 'Point', coordinates: [210000, 550000] } });
    expect(() => readShp(Buffer.alloc(100))).toThrow(/not a shapefile/);
  });

  it('decodes CP949 text and numbers from the .dbf', () => {
    const d = readDbf(linkFiles().dbf);
    expect(d.fields.map((x) => x.name)).toEqual(LINK_FIELDS.map((x) => x.name));
    expect(d.rows[1]!.values).toMatchObject({ LINK_ID: '1000000002', ROAD_NAME: '서울양양고속도로', LANES: 3, MAX_SPD: 110, LENGTH: 10000.5 });
    expect(d.rows[4]!.values['MAX_SPD']).toBeNull();
  });
});

describe('MOCT importer', () => {
  it('imports valid links with Korean names and EPSG:5186 → WGS84 coordinates checked independently', () => {
    const { shp, dbf } = linkFiles();
    const rejects: ImportReject[] = [];
    const links = importMoctLinks({ shp, dbf }, rejects);
    expect(links.map((l) => l.properties.linkId)).toEqual(['1000000001', '1000000002', '1000000003']);
    expect(links.map((l) => l.properties.roadName)).toEqual(['경부고속도로', '서울양양고속도로', '올림픽대로']);
    expect(links[1]!.properties).toMatchObject({ lanes: 3, freeFlowKmh: 110, lengthM: 10000.5, fromNode: 'N2', toNode: 'N1', roadRank: '101' });
    const [origin, mid, end] = links[0]!.geometry.coordinates;
    expect(origin![0]).toBeCloseTo(127, 9);
    expect(origin![1]).toBeCloseTo(38, 9);
    for (const [got, xy] of [[mid!, [205000, 575000]], [end!, [210000, 550000]]] as const) {
      const want = inverse5186(xy[0], xy[1]);
      expect(Math.abs(got[0] - want[0])).toBeLessThan(1e-6);
      expect(Math.abs(got[1] - want[1])).toBeLessThan(1e-6);
    }
    // The two parts of link 3 meet at P.c and are joined into one line.
    expect(links[2]!.geometry.coordinates).toHaveLength(3);
  });

  it('rejects every bad record with its reason and record number, none silently dropped', () => {
    const { shp, dbf } = linkFiles();
    const rejects: ImportReject[] = [];
    importMoctLinks({ shp, dbf }, rejects);
    expect(rejects).toHaveLength(bad.length + 1);
    bad.forEach((b, i) => {
      const r = rejects.find((x) => x.record === good.length + i + 1);
      expect(r?.reason).toMatch(b.reason);
      expect(r?.file).toBe('MOCT_LINK');
    });
    expect(rejects.find((x) => x.record === good.length + bad.length + 1)!.reason).toMatch(/no \.shp shape for record 13 \(12 shapes, 13 rows\)/);
  });

  it('imports nodes with names and rejects one outside Korea', () => {
    const { shp, dbf } = nodeFiles();
    const rejects: ImportReject[] = [];
    const nodes = importMoctNodes({ shp, dbf }, rejects);
    expect(nodes).toHaveLength(2);
    expect(nodes[0]).toMatchObject({ id: 'N1', name: '판교JC', kind: 'node' });
    expect(nodes[0]!.lon).toBeCloseTo(127, 9);
    expect(nodes[1]!.name).toBeUndefined();
    expect(rejects).toEqual([expect.objectContaining({ file: 'MOCT_NODE', record: 3, reason: expect.stringMatching(/not in Korea/) })]);
  });

  it('reads a folder (with a .cpg) and the imported links route like the schematic network', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moct-'));
    try {
      const l = linkFiles();
      const n = nodeFiles();
      for (const [base, f] of [['MOCT_LINK', l], ['MOCT_NODE', n]] as const) {
        writeFileSync(join(dir, `${base}.shp`), f.shp);
        writeFileSync(join(dir, `${base}.shx`), f.shx);
        writeFileSync(join(dir, `${base}.dbf`), f.dbf);
        writeFileSync(join(dir, `${base}.cpg`), 'CP949\n');
      }
      const imp = readMoctFolder(dir);
      expect(imp.links.features).toHaveLength(3);
      expect(imp.nodes).toHaveLength(2);
      expect(imp.rejects).toHaveLength(bad.length + 2);
      const graph = new RoadGraph(graphLinksFromGeoJson(imp.links));
      // Closing the fast link N1→N2 (100 km/h) leaves the 80 km/h one.
      expect(detour(graph, ['1000000001'])).toMatchObject({ found: true, linkIds: ['1000000003'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The forest management base importer: stands, zones and roads from GeoJSON and from shapefiles the
// test writes itself (EPSG:5186, CP949 attributes, a polygon with a hole), through `sitroom forest-import`
// into the data folder, where the core reads the stands for the spread model.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import proj4 from 'proj4';
import { run } from '../../cli/commands/forest-import.js';
import { EPSG_5186 } from '../its/moct/moct-import.js';
import { writeDbf, writeShp } from '../its/moct/testing/write-shapefile.js';
import { demoStandsFrom, forestBaseFile, loadImportedStands } from './forest-base.js';
import { importForestBaseGeoJson, ringsToPolygons } from './forest-base-import.js';
import { fuelClassAt } from './stands.js';

const toTm = proj4('WGS84', EPSG_5186);
const tm = (lon: number, lat: number): [number, number] => toTm.forward([lon, lat]) as [number, number];
/** A square ring around (lon, lat) in EPSG:5186 metres; clockwise unless `ccw`. */
function squareTm(lon: number, lat: number, halfM: number, ccw = false): Array<[number, number]> {
  const [x, y] = tm(lon, lat);
  const cw: Array<[number, number]> = [[x - halfM, y - halfM], [x - halfM, y + halfM], [x + halfM, y + halfM], [x + halfM, y - halfM], [x - halfM, y - halfM]];
  return ccw ? [...cw].reverse() : cw;
}
/** A polygon shapefile: the polyline layout with shape type 5 (ESRI technical description). */
function writePolygonShp(shapes: Array<Array<Array<[number, number]>>>): Buffer {
  const { shp } = writeShp('polyline', shapes);
  shp.writeInt32LE(5, 32);
  let off = 100;
  while (off + 8 <= shp.length) {
    const len = shp.readInt32BE(off + 4) * 2;
    shp.writeInt32LE(5, off + 8);
    off += 8 + len;
  }
  return shp;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-forest-base-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lines: { out: string[]; err: string[] } = { out: [], err: [] };
const cli = (args: string[]) => {
  lines.out = [];
  lines.err = [];
  return run(args, (l) => lines.out.push(l), (l) => lines.err.push(l));
};

describe('forest base import', () => {
  it('stands from a shapefile in EPSG:5186 with CP949 attributes, a hole respected, an unusable class rejected; the core reads them', async () => {
    const shp = writePolygonShp([
      [squareTm(128.63, 36.44, 1000), squareTm(128.63, 36.44, 200, true)], // conifer stand with a 400 m clearing in the middle
      [squareTm(128.66, 36.44, 500)],
      [squareTm(128.69, 36.44, 500)],
    ]);
    const dbf = writeDbf([{ name: 'STAND_ID', type: 'C', length: 10 }, { name: 'FRTP_NM', type: 'C', length: 20 }, { name: 'FRTP_CD', type: 'N', length: 2 }], [
      { STAND_ID: 'S-1', FRTP_NM: '침엽수림', FRTP_CD: 1 },
      { STAND_ID: 'S-2', FRTP_NM: null, FRTP_CD: 2 },
      { STAND_ID: 'S-3', FRTP_NM: '죽림', FRTP_CD: 4 },
    ]);
    writeFileSync(join(dir, 'stands.shp'), shp);
    writeFileSync(join(dir, 'stands.dbf'), dbf);
    const data = join(dir, 'data');
    expect(await cli(['stands', join(dir, 'stands.shp'), '--data', data])).toBe(0);
    expect(JSON.parse(lines.out[0]!)).toEqual({ layer: 'stands', imported: 2, rejected: 1, file: forestBaseFile(data, 'stands') });
    expect(JSON.parse(lines.err[0]!)).toMatchObject({ record: 3, reason: expect.stringMatching(/S-3: no fuel class.*죽림/) });

    const written = JSON.parse(readFileSync(forestBaseFile(data, 'stands'), 'utf8')) as { features: Array<{ geometry: { type: string; coordinates: number[][][] }; properties: Record<string, unknown> }> };
    expect(written.features[0]!.properties).toEqual({ standId: 'S-1', fuel: 'conifer', zone: null, demo: false });
    expect(written.features[0]!.geometry.type).toBe('Polygon');
    expect(written.features[0]!.geometry.coordinates).toHaveLength(2); // outer ring and the hole
    expect(written.features[1]!.properties).toMatchObject({ standId: 'S-2', fuel: 'broadleaf' });

    const stands = loadImportedStands(data)!;
    expect(fuelClassAt(stands, [128.635, 36.444])).toBe('conifer'); // ~450 m east and north of the centre, inside the stand
    expect(fuelClassAt(stands, [128.63, 36.44])).toBeNull(); // the clearing
    expect(fuelClassAt(stands, [128.66, 36.44])).toBe('broadleaf');
    expect(fuelClassAt(stands, [128.69, 36.44])).toBeNull(); // rejected stand
  });

  it('forest roads from a polyline shapefile and management zones from GeoJSON; wrong shapes and positions rejected with reasons', async () => {
    writeFileSync(join(dir, 'roads.shp'), writeShp('polyline', [[[tm(128.6, 36.4), tm(128.62, 36.41)]], [[tm(128.6, 36.4), tm(128.61, 36.4)], [tm(128.62, 36.4), tm(128.63, 36.4)]]]).shp);
    writeFileSync(join(dir, 'roads.dbf'), writeDbf([{ name: 'ROAD_NM', type: 'C', length: 20 }, { name: 'WIDTH', type: 'N', length: 4, decimals: 1 }], [{ ROAD_NM: '괴산임도', WIDTH: 3.5 }, { ROAD_NM: '신월임도', WIDTH: null }]));
    expect(await cli(['roads', join(dir, 'roads.shp'), '--data', dir])).toBe(0);
    const roads = JSON.parse(readFileSync(forestBaseFile(dir, 'roads'), 'utf8')) as { features: Array<{ geometry: { type: string; coordinates: number[][] }; properties: Record<string, unknown> }> };
    expect(roads.features.map((f) => f.geometry.type)).toEqual(['LineString', 'MultiLineString']);
    expect(roads.features[0]!.properties).toEqual({ roadId: 'road-1', name: '괴산임도', widthM: 3.5, demo: false });
    const [lon, lat] = roads.features[0]!.geometry.coordinates[0]!;
    expect(lon).toBeCloseTo(128.6, 6);
    expect(lat).toBeCloseTo(36.4, 6);

    const zones = { type: 'FeatureCollection', features: [
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[128.6, 36.4], [128.7, 36.4], [128.7, 36.5], [128.6, 36.4]]] }, properties: { ZONE_ID: 'Z1', 구역명: '의성 경영계획구 1' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[350000, 380000], [351000, 380000], [351000, 381000], [350000, 380000]]] }, properties: { ZONE_ID: 'Z2' } },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[128.6, 36.4], [128.7, 36.5]] }, properties: { ZONE_ID: 'Z3' } },
    ] };
    writeFileSync(join(dir, 'zones.geojson'), JSON.stringify(zones));
    expect(await cli(['zones', join(dir, 'zones.geojson'), '--dry-run'])).toBe(0);
    expect(JSON.parse(lines.out[0]!)).toEqual({ layer: 'zones', imported: 1, rejected: 2, file: null });
    expect(lines.err.map((l) => (JSON.parse(l) as { reason: string }).reason)).toEqual([expect.stringMatching(/outside Korea/), expect.stringMatching(/LineString does not fit the zones layer/)]);
    expect(importForestBaseGeoJson('zones', JSON.stringify(zones)).collection.features[0]!.properties).toEqual({ zoneId: 'Z1', name: '의성 경영계획구 1', demo: false });
  });

  it('refuses bad arguments and unreadable files with their exit codes', async () => {
    expect(await cli(['trees', 'x.geojson'])).toBe(1);
    expect(await cli(['stands', join(dir, 'missing.geojson')])).toBe(2);
    writeFileSync(join(dir, 'a.shp'), writeShp('polyline', []).shp);
    expect(await cli(['roads', join(dir, 'a.shp')])).toBe(2);
    expect(lines.err[0]).toMatch(/no \.dbf/);
    expect(await cli(['roads', join(dir, 'a.shp'), '--crs', 'EPSG:9999'])).toBe(1);
  });

  it('groups ESRI rings: clockwise outers, holes into the outer that holds them', () => {
    const outer: Array<[number, number]> = [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]];
    const hole: Array<[number, number]> = [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]];
    const other: Array<[number, number]> = [[20, 0], [20, 5], [25, 5], [25, 0], [20, 0]];
    expect(ringsToPolygons([outer, hole, other])).toEqual([[outer, hole], [other]]);
  });
});

const geoData = join(process.cwd(), 'geo-data', 'out');
describe('demo stands (needs geo-data/out; fails without it)', () => {
  if (!existsSync(join(geoData, 'map', 'sigungu.geojson'))) throw new Error('geo-data/out is missing: run npm run geo-data');
  it('come from the sigungu under the point and are marked demo', () => {
    const at = demoStandsFrom(geoData);
    const stands = at([128.63, 36.44]); // the demo fire's origin
    expect(stands.length).toBeGreaterThan(50);
    expect(stands.every((s) => s.properties.demo && s.properties.standId.startsWith('demo:'))).toBe(true);
    expect(new Set(stands.map((s) => s.properties.standId.split(':')[1])).size).toBe(1); // one sigungu's stands
    expect(fuelClassAt(stands, [128.63, 36.44])).not.toBeNull();
    expect(at([130.5, 34.5])).toEqual([]); // sea
  });
});

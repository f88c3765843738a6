import type { LiveFeature } from '../live-sync.js';
import { AOI_STREAM, publishAoiCommand, publishedAoiFromFeature, resolveAoiGeometry, unpublishAoiCommand, type AreaGeometry } from './aoi.js';
import { filterByArea, regionCounts } from './aoi-filter.js';
import { CsvStreamParser, parseCsvText } from './csv-stream.js';
import { exportMapping, toCsv, toGeoJson } from './export.js';
import { CsvImporter, importGeoJson, importMappingSchema } from './import-mapping.js';
import type { PanelDefinition } from './panel-definition.js';
import { importBatchCommands, panelRecords, PANEL_IMPORT_STREAM, type PanelRecord } from './panel-records.js';

const def: PanelDefinition = {
  id: 'demo-panel',
  title: { ko: '시험', en: 'Test' },
  stream: 'test.demo',
  recordKind: 'rec',
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: { ko: '이름', en: 'Name' }, type: 'text' },
    { key: 'value', label: { ko: '값', en: 'Value' }, type: 'number' },
    { key: 'open', label: { ko: '운영', en: 'Open' }, type: 'boolean' },
    { key: 'since', label: { ko: '시작', en: 'Since' }, type: 'date' },
    { key: 'sigungu', label: { ko: '시군구', en: 'Sigungu' }, type: 'text' },
  ],
  filters: [],
  summary: [],
  actions: [],
};

const squareRing = (x0: number, y0: number, d: number): number[][] => [[x0, y0], [x0 + d, y0], [x0 + d, y0 + d], [x0, y0 + d], [x0, y0]];
const square = (x0: number, y0: number, d: number): AreaGeometry => ({ type: 'Polygon', coordinates: [squareRing(x0, y0, d)] });
const rec = (key: string, geometry: PanelRecord['geometry'], props: Record<string, unknown> = {}): PanelRecord => ({ key, geometry, props, ts: 0, status: 'test', origin: 'feed' });

describe('CSV streaming', () => {
  it('gives the same rows however the text is cut into chunks (quotes, doubled quotes, CRLF, BOM)', () => {
    const text = '\ufeffa,b,c\r\n"x, y","say ""hi""",3\r\n"multi\nline",,\r\n\r\nlast,row,9';
    const whole = parseCsvText(text);
    expect(whole.map((r) => r.fields)).toEqual([['a', 'b', 'c'], ['x, y', 'say "hi"', '3'], ['multi\nline', '', ''], ['last', 'row', '9']]);
    expect(whole.map((r) => r.line)).toEqual([1, 2, 3, 6]);
    for (let size = 1; size <= 7; size++) {
      const p = new CsvStreamParser();
      const rows = [];
      for (let i = 0; i < text.length; i += size) rows.push(...p.push(text.slice(i, i + size)));
      rows.push(...p.end());
      expect(rows, `chunks of ${size}`).toEqual(whole);
    }
  });
});

describe('import with a column mapping', () => {
  const mapping = importMappingSchema.parse({
    columns: [
      { from: '시설명', to: 'name', required: true },
      { from: '수용인원', to: 'value', type: 'number' },
      { from: '운영', to: 'open', type: 'boolean' },
    ],
    key: '관리번호',
    location: { kind: 'lonlat', lon: '경도', lat: '위도' },
  });

  it('maps good rows and reports every rejected row with its line and reason', () => {
    const csv = [
      '관리번호,시설명,수용인원,운영,경도,위도',
      'A1,중앙초등학교,"1,200",예,128.6,36.4', // line 2: ok (thousands separator)
      'A2,,100,예,128.6,36.4', // 3: name empty
      'A3,체육관,many,예,128.6,36.4', // 4: not a number
      'A4,마을회관,50,예,36.4,128.6', // 5: swapped
      'A5,섬,50,예,140.0,36.4', // 6: outside Korea
      'A6,공터,50,예,,', // 7: no coordinates
      'A1,중복,10,아니오,128.7,36.5', // 8: duplicate key
      'A7,짧은행,10', // 9: wrong field count
      'A8,경로당,20,maybe,128.61,36.41', // 10: not yes/no
      'A9,도서관,30,아니오,128.62,36.42', // 11: ok
    ].join('\n');
    const imp = new CsvImporter(mapping, { importId: 'i1' });
    imp.push(csv);
    const r = imp.end();
    expect(r.rows).toBe(10);
    expect(r.records).toEqual([
      { key: 'A1', props: { name: '중앙초등학교', value: 1200, open: true }, geometry: { type: 'Point', coordinates: [128.6, 36.4] } },
      { key: 'A9', props: { name: '도서관', value: 30, open: false }, geometry: { type: 'Point', coordinates: [128.62, 36.42] } },
    ]);
    expect(r.rejects.map((x) => [x.line, x.reason])).toEqual([
      [3, '시설명 is empty'],
      [4, '수용인원: "many" is not a number'],
      [5, 'longitude 36.4 and latitude 128.6 look swapped'],
      [6, 'position 140, 36.4 is outside Korea'],
      [7, 'coordinates missing (경도, 위도)'],
      [8, 'duplicate key A1 (the first row was kept)'],
      [9, 'row has 3 fields, the header 6'],
      [10, '운영: "maybe" is not yes/no'],
    ]);
    expect(r.records.length + r.rejects.length).toBe(r.rows); // nothing dropped silently
  });

  it('reports a header without the mapped columns, and region codes the index does not know', () => {
    const imp = new CsvImporter(importMappingSchema.parse({ columns: [{ from: 'n', to: 'name' }], location: { kind: 'region', column: 'code', prop: 'sigungu' } }), { importId: 'i2', regionExists: (c) => c === '47730' });
    imp.push('n,code\n의성,47730\n어딘가,99999\n이상,4773\n');
    const r = imp.end();
    expect(r.records).toEqual([{ key: 'i2:2', props: { name: '의성', sigungu: '47730' }, geometry: null }]);
    expect(r.rejects.map((x) => x.reason)).toEqual(['region code 99999 is unknown', 'region code "4773" in code is not 2, 5 or 10 digits']);
    const bad = new CsvImporter(mapping, { importId: 'i3' });
    bad.push('x,y\n1,2\n');
    expect(bad.end().rejects[0]!.reason).toMatch(/header lacks column\(s\) 시설명, 수용인원, 운영, 관리번호, 경도, 위도/);
  });
});

describe('export and import round trip', () => {
  const records: PanelRecord[] = [
    rec('k1', { type: 'Point', coordinates: [128.6, 36.4] }, { name: '쉼표, 그리고 "따옴표"', value: 12.5, open: true, since: Date.UTC(2026, 2, 1, 3), sigungu: '47730' }),
    rec('k2', { type: 'Point', coordinates: [126.978, 37.5665] }, { name: '줄\n바꿈', value: null, open: false, since: null, sigungu: '11110' }),
  ];

  it('CSV: export → import gives the same records', () => {
    const csv = toCsv(records, def.columns);
    expect(csv.startsWith('\ufeffkey,name,value,open,since,sigungu,lon,lat,geometry\r\n')).toBe(true);
    const imp = new CsvImporter(exportMapping(def, 'csv'), { importId: 'rt' });
    // Streamed in small chunks, as a large file would be.
    for (let i = 0; i < csv.length; i += 5) imp.push(csv.slice(i, i + 5));
    const r = imp.end();
    expect(r.rejects).toEqual([]);
    expect(r.records).toEqual(records.map(({ key, props, geometry }) => ({ key, props, geometry })));
  });

  it('GeoJSON: export → import gives the same records, with progress', () => {
    const text = toGeoJson(records, def.columns);
    const progress: Array<[number, number]> = [];
    const r = importGeoJson(text, exportMapping(def, 'geojson'), { importId: 'rt' }, (d, t) => progress.push([d, t]));
    expect(r.rejects).toEqual([]);
    expect(r.records).toEqual(records.map(({ key, props, geometry }) => ({ key, props, geometry })));
    expect(progress).toEqual([[2, 2]]);
  });

  it('masks sensitive columns for users without the grant', () => {
    const cols = [{ ...def.columns[0]!, sensitive: true }];
    expect(toCsv(records.slice(0, 1), cols)).toContain('k1,***,');
    expect(toCsv(records.slice(0, 1), cols, { sensitiveGrant: true })).toContain('"쉼표, 그리고 ""따옴표"""');
  });
});

describe('area of interest filter and region counts', () => {
  const aoi = { geometry: square(128, 36, 1), regions: [{ level: 'sigungu' as const, code: '47730', name: '의성군', sidoCode: '47', fraction: 0.4 }] };
  const records = [
    rec('in', { type: 'Point', coordinates: [128.5, 36.5] }, { sigungu: '47730' }),
    rec('out', { type: 'Point', coordinates: [127.5, 36.5] }, { sigungu: '43111' }),
    rec('line-crossing', { type: 'LineString', coordinates: [[127.5, 36.5], [128.5, 36.6]] }),
    rec('line-outside', { type: 'LineString', coordinates: [[127.5, 36.5], [127.6, 36.6]] }),
    rec('region-in', null, { sigungu: '4773012300' }),
    rec('province-in', null, { sigungu: '47' }),
    rec('region-out', null, { sigungu: '11110' }),
  ];

  it('keeps points inside, geometries that intersect, and region-coded records whose region overlaps', () => {
    expect(filterByArea(records, aoi, 'sigungu').map((r) => r.key)).toEqual(['in', 'line-crossing', 'region-in', 'province-in']);
    expect(filterByArea(records, null, 'sigungu')).toHaveLength(records.length);
    const holed: AreaGeometry = { type: 'Polygon', coordinates: [squareRing(128, 36, 1), squareRing(128.4, 36.4, 0.2)] };
    expect(filterByArea(records, { geometry: holed, regions: [] }).map((r) => r.key)).toEqual(['line-crossing']);
  });

  it('counts records per sigungu and per province, reporting those it cannot place', () => {
    expect(regionCounts(records, { regionKey: 'sigungu' })).toEqual({ counts: { '47730': 2, '43111': 1, '11110': 1 }, unplaced: 3 });
    expect(regionCounts(records, { regionKey: 'sigungu', level: 'sido' })).toEqual({ counts: { '47': 3, '43': 1, '11': 1 }, unplaced: 2 });
    const located = regionCounts(records, { locate: (r) => (r.geometry?.type === 'LineString' ? '47730' : null) });
    expect(located).toEqual({ counts: { '47730': 2 }, unplaced: 5 });
  });
});

describe('imports travel as ops.panel-records batches', () => {
  it('packs records into commands under the size limit and expands them back, later batches winning', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ key: `r${i}`, props: { name: `이름 ${i}`, value: i }, geometry: { type: 'Point' as const, coordinates: [128 + i / 1000, 36] } }));
    const huge = { key: 'huge', props: { blob: 'x'.repeat(60_000) }, geometry: null };
    const { commands, tooLarge } = importBatchCommands({ panelId: def.id, importId: 'imp', fileName: 'f.csv', records: [...many, huge] });
    expect(tooLarge.map((t) => t.record.key)).toEqual(['huge']);
    expect(commands.length).toBeGreaterThan(1);
    for (const c of commands) {
      expect(c.stream).toBe(PANEL_IMPORT_STREAM);
      expect(JSON.stringify(c).length).toBeLessThan(48_000);
    }
    let seq = 0;
    const asFeature = (stream: string, key: string, props: Record<string, unknown>, geometry: LiveFeature['geometry'] = null): LiveFeature => ({ stream, key, kind: 'k', status: 'test', ts: 1, receivedAt: 1, seq: ++seq, props, geometry });
    const features = [asFeature(def.stream, 'r5', { value: -1 }), asFeature(def.stream, 'feed-only', { value: 0 }), ...commands.map((c) => asFeature(c.stream, c.key, c.props)), asFeature(PANEL_IMPORT_STREAM, 'other', { panelId: 'another-panel', importId: 'x', fileName: '', batch: 0, records: [] })];
    const fix = importBatchCommands({ panelId: def.id, importId: 'imp2', fileName: 'fix.csv', records: [{ key: 'r7', props: { value: 700 }, geometry: null }] });
    features.push(asFeature(PANEL_IMPORT_STREAM, fix.commands[0]!.key, fix.commands[0]!.props));
    const out = panelRecords(def, features);
    expect(out).toHaveLength(1001);
    expect(out.find((r) => r.key === 'r5')).toMatchObject({ origin: 'import', props: { value: 5 } });
    expect(out.find((r) => r.key === 'r7')).toMatchObject({ importId: 'imp2', props: { value: 700 } });
    expect(out.find((r) => r.key === 'feed-only')).toMatchObject({ origin: 'feed' });
  });
});

describe('publishing an area of interest', () => {
  it('publishes a buffer as its compacted area and reads it back; regions travel as codes', () => {
    const spec = { type: 'buffer' as const, geometry: { type: 'Point' as const, coordinates: [128.6, 36.4] }, radiusKm: 10, source: 'forest.fires/f1' };
    const geometry = resolveAoiGeometry(spec, null);
    const cmd = publishAoiCommand({ id: 'a1', name: '의성 산불 10 km', spec, geometry, areaKm2: 313.6 });
    expect(cmd).toMatchObject({ stream: AOI_STREAM, kind: 'aoi.publish', key: 'aoi:a1', op: 'upsert', props: { name: '의성 산불 10 km', spec: { type: 'buffer', radiusKm: 10 } } });
    const f: LiveFeature = { stream: cmd.stream, key: cmd.key, kind: cmd.kind, status: 'exercise', ts: 1, receivedAt: 2, seq: 1, props: { ...cmd.props, user: 'kim' }, geometry: cmd.geometry ?? null };
    const back = publishedAoiFromFeature(f)!;
    expect(back).toMatchObject({ key: 'aoi:a1', name: '의성 산불 10 km', user: 'kim', areaKm2: 313.6, publishedAt: 2 });
    expect(back.geometry?.type).toBe('Polygon');
    const region = publishAoiCommand({ id: 'r', name: '의성군', spec: { type: 'region', level: 'sigungu', code: '47730' }, geometry: square(128, 36, 1), areaKm2: 1 });
    expect(region.geometry).toBeNull();
    expect(publishedAoiFromFeature({ ...f, props: region.props, geometry: null })?.spec).toEqual({ type: 'region', level: 'sigungu', code: '47730' });
    expect(unpublishAoiCommand('a1')).toEqual({ stream: AOI_STREAM, kind: 'aoi.unpublish', key: 'aoi:a1', op: 'remove', props: {} });
  });

  it('simplifies a detailed area until the command fits', () => {
    const ring = Array.from({ length: 20_000 }, (_, i) => [128 + 0.1 * Math.cos((2 * Math.PI * i) / 20_000), 36 + 0.1 * Math.sin((2 * Math.PI * i) / 20_000)]);
    ring.push(ring[0]!);
    const g: AreaGeometry = { type: 'Polygon', coordinates: [ring] };
    const cmd = publishAoiCommand({ id: 'big', name: 'big', spec: { type: 'polygon', geometry: g }, geometry: g, areaKm2: 1 });
    expect(JSON.stringify(cmd.geometry).length).toBeLessThanOrEqual(40_000);
  });
});

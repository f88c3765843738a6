import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { LiveFeature, OpsSubmitArgs } from '../../common/live-sync.js';
import { importMappingSchema } from '../../common/panels/import-mapping.js';
import { panelRecords } from '../../common/panels/panel-records.js';
import { importFile, importFileToHub } from './import-file.js';

// Polygon work on full-detail boundaries: generous on a busy 2-core box (seconds when quiet).
vi.setConfig({ testTimeout: 120_000 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mapping = importMappingSchema.parse({
  columns: [
    { from: '업소명', to: 'name', required: true },
    { from: '종업원수', to: 'staff', type: 'number' },
  ],
  key: '인허가번호',
  location: { kind: 'lonlat', lon: 'X', lat: 'Y' },
});

/** `n` rows of a food-business style file; every 1000th row has no name (a rejection). */
function csvText(n: number): string {
  const lines = ['인허가번호,업소명,종업원수,X,Y'];
  for (let i = 0; i < n; i++) lines.push(`P${i},${i % 1000 === 999 ? '' : `"한식당 ${i}호, 본점"`},${i % 7},${(127 + (i % 100) / 100).toFixed(4)},${(36 + (i % 50) / 100).toFixed(4)}`);
  return lines.join('\r\n');
}

describe('file import (Node streams)', () => {
  it('streams a large CP949 CSV: Korean text intact across chunk cuts, progress in bytes, rejects reported', async () => {
    const path = join(dir, 'food-cp949.csv');
    writeFileSync(path, iconv.encode(csvText(60_000), 'cp949'));
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(2 << 20); // several 1 MiB chunks
    const progress: number[] = [];
    const r = await importFile({ path, format: 'csv', encoding: 'cp949', mapping, importId: 'f1', onProgress: (read, total) => {
      expect(total).toBe(size);
      progress.push(read);
    } });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(size);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(r.rows).toBe(60_000);
    expect(r.records).toHaveLength(60_000 - 60);
    expect(r.rejects).toHaveLength(60);
    expect(r.rejects[0]).toMatchObject({ line: 1001, reason: '업소명 is empty' });
    expect(r.records.every((x, k) => x.props['name'] === `한식당 ${k + Math.floor(k / 999)}호, 본점`)).toBe(true);
  });

  it('reads UTF-8 and GeoJSON files', async () => {
    const csv = join(dir, 'utf8.csv');
    writeFileSync(csv, `\ufeff${csvText(10)}`);
    expect((await importFile({ path: csv, format: 'csv', mapping, importId: 'u' })).records).toHaveLength(10);
    const gj = join(dir, 'a.geojson');
    writeFileSync(gj, JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { 인허가번호: 'G1', 업소명: '분식', 종업원수: 2 }, geometry: { type: 'Point', coordinates: [128.6, 36.4] } },
      { type: 'Feature', properties: { 인허가번호: 'G2', 업소명: '없음' }, geometry: null },
    ] }));
    const r = await importFile({ path: gj, format: 'geojson', mapping: { ...mapping, location: { kind: 'geometry' } }, importId: 'g' });
    expect(r.records).toEqual([{ key: 'G1', props: { name: '분식', staff: 2 }, geometry: { type: 'Point', coordinates: [128.6, 36.4] } }]);
    expect(r.rejects).toEqual([{ line: 2, reason: 'the feature has no geometry', raw: { 인허가번호: 'G2', 업소명: '없음' } }]);
  });

  it('sends the records as ops.panel-records batches that expand back to the same records', async () => {
    const path = join(dir, 'hub.csv');
    writeFileSync(path, csvText(5_000));
    const sent: OpsSubmitArgs[] = [];
    const report = await importFileToHub({ path, format: 'csv', mapping, importId: 'h1', panelId: 'food-safety', submit: (c) => sent.push(c) });
    expect(report).toMatchObject({ importId: 'h1', fileName: 'hub.csv', rows: 5_000, imported: 4_995, batches: sent.length });
    expect(report.rejected).toHaveLength(5);
    expect(sent.every((c) => JSON.stringify(c).length < 64 * 1024)).toBe(true);
    expect(new Set(sent.map((c) => c.key)).size).toBe(sent.length);
    const features: LiveFeature[] = sent.map((c, i) => ({ stream: c.stream, key: c.key, kind: c.kind, status: 'actual', ts: 1, receivedAt: 1, seq: i + 1, props: c.props, geometry: null }));
    const records = panelRecords({ id: 'food-safety', stream: 'food.businesses' }, features);
    expect(records).toHaveLength(4_995);
    expect(records.find((r) => r.key === 'P42')).toMatchObject({ origin: 'import', importId: 'h1', props: { name: '한식당 42호, 본점', staff: 0 } });
  });
});

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadRegionIndex } from '../../core/region/index.js';
import { EventStore } from '../../core/store/event-store.js';
import { makeEvent } from '../../core/store/testing/make-event.js';
import { impactForFiles, specFromGeoJson } from './impact.js';

// Polygon work on full-detail boundaries: generous on a busy 2-core box (seconds when quiet).
vi.setConfig({ testTimeout: 120_000 });

const root = fileURLToPath(new URL('../../..', import.meta.url));
const geoDataDir = join(root, 'geo-data', 'out');
const exec = promisify(execFile);

let dir: string;
beforeAll(() => {
  if (!existsSync(join(geoDataDir, 'manifest.json'))) throw new Error('geo-data is not built; run: GEO_DATA_MIRROR=../shared/geodata npm run geo-data');
  dir = mkdtempSync(join(tmpdir(), 'sitroom-impact-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ix = () => loadRegionIndex(geoDataDir);

describe('sitroom impact', () => {
  it('reads an area from a FeatureCollection, a Feature or a bare geometry; points need --buffer-km', () => {
    const poly = { type: 'Polygon', coordinates: [[[127, 37], [127.1, 37], [127.1, 37.1], [127, 37]]] };
    expect(specFromGeoJson(poly, null)).toEqual({ type: 'polygon', geometry: poly });
    expect(specFromGeoJson({ type: 'Feature', properties: {}, geometry: poly }, null).type).toBe('polygon');
    const two = specFromGeoJson({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: poly }, { type: 'Feature', geometry: poly }] }, null);
    expect(two.type === 'polygon' && two.geometry.type).toBe('MultiPolygon');
    const point = { type: 'Point', coordinates: [128.6, 36.4] };
    expect(() => specFromGeoJson(point, null)).toThrow(/--buffer-km/);
    expect(specFromGeoJson(point, 10)).toEqual({ type: 'buffer', geometry: point, radiusKm: 10 });
  });

  it('with no store still reports the adults of the built-in data (a sigungu boundary: its own count)', () => {
    const g = ix().geometry('sigungu', '11110')!;
    const s = impactForFiles({ spec: { type: 'polygon', geometry: g }, dataDir: dir, geoDataDir, panels: [] });
    expect(Object.keys(s)[0]).toBe('population');
    expect(s.population.adults).toBe(ix().adults2022('11110'));
    expect(s.store).toBeNull();
    expect(s.shelters.count).toBe(0);
  });

  it('counts what a synced store holds inside the area', () => {
    const data = join(dir, 'synced');
    const [cx, cy] = ix().centroid('sigungu', '11110')!;
    mkdirSync(data, { recursive: true });
    const store = EventStore.open(join(data, 'store.sqlite'));
    store.applyBatch([
      makeEvent('ndms.shelters', 1, { key: 'a', geometry: { type: 'Point', coordinates: [cx, cy] }, props: { open: true, capacity: 40, occupancy: 10 } }),
      makeEvent('ndms.shelters', 2, { key: 'b', geometry: { type: 'Point', coordinates: [129.07, 35.18] }, props: { open: true, capacity: 40, occupancy: 10 } }),
      makeEvent('its.cctv', 1, { key: 'c', geometry: { type: 'Point', coordinates: [cx, cy] } }),
    ]);
    store.close();
    const s = impactForFiles({ spec: { type: 'region', level: 'sigungu', code: '11110' }, dataDir: data, geoDataDir, panels: [] });
    expect(s.shelters).toMatchObject({ count: 1, capacity: 40, freeCapacity: 30 });
    expect(s.cctv.count).toBe(1);
    expect(s.population).toMatchObject({ adults: ix().adults2022('11110'), adultsMethod: 'region' });
  });

  it('runs as a command through bin/sitroom.mjs and prints one JSON document', async () => {
    const built = join(root, 'dist', 'main', 'cli', 'commands', 'impact.js');
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(join(root, 'main', 'cli', 'commands', 'impact.ts')).mtimeMs) throw new Error(`${built} is missing or stale: run \`npx tsc -b\` before this test`);
    const area = join(dir, 'point.geojson');
    writeFileSync(area, JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [128.6, 36.4] } }));
    const { stdout } = await exec(process.execPath, [join(root, 'bin', 'sitroom.mjs'), 'impact', '--geojson', area, '--buffer-km', '10', '--data', dir], { cwd: root, env: { ...process.env, SITROOM_GEO_DATA: '' } });
    const out = JSON.parse(stdout) as { population: { adults: number; parts: Array<{ code: string }> } };
    expect(out.population.parts.map((p) => p.code)).toEqual(['47170', '47730']);
    expect(out.population.adults).toBeGreaterThan(15_000);
    expect(out.population.adults).toBeLessThan(17_000);
    const bad = await exec(process.execPath, [join(root, 'bin', 'sitroom.mjs'), 'impact', '--geojson', area], { cwd: root }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in bad && bad.code).toBe(1);
    expect('stderr' in bad && bad.stderr).toMatch(/--buffer-km/);
  });
});


import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGeoData } from './lib/build-geo-data.js';
import type { MultiPolygonCoords, PolygonCoords } from '../main/core/region/geometry.js';
import { pointInMultiPolygon } from '../main/core/region/geometry.js';
import { ChecksumError, listInputs, loadInput, readSources, sha256 } from './lib/inputs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const mirror = process.env.GEO_DATA_MIRROR ?? join(root, '..', 'shared', 'geodata');

let tmp: string;
beforeAll(() => {
  if (!existsSync(join(mirror, 'southkorea-maps-kostat2018'))) {
    throw new Error(`geo-data mirror not found at ${mirror}; set GEO_DATA_MIRROR to the mirror folder`);
  }
  tmp = mkdtempSync(join(tmpdir(), 'sitroom-geo-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under a folder, relative, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)]))
    .sort();
}

describe('geo-data inputs', () => {
  it('fails loudly on a checksum mismatch, naming the file and both hashes', async () => {
    // A mirror copy where one byte of one input differs; the rest are links to the real mirror.
    const bad = join(tmp, 'bad-mirror');
    mkdirSync(bad);
    for (const entry of readdirSync(mirror)) {
      if (entry !== 'admdongkor-2022') symlinkSync(join(mirror, entry), join(bad, entry));
    }
    mkdirSync(join(bad, 'admdongkor-2022'));
    const name = 'ver20220309_sgg_vote_simple.geojson';
    copyFileSync(join(mirror, 'admdongkor-2022', name), join(bad, 'admdongkor-2022', name));
    const bytes = readFileSync(join(bad, 'admdongkor-2022', name));
    bytes[100] = bytes[100] === 0x31 ? 0x32 : 0x31;
    writeFileSync(join(bad, 'admdongkor-2022', name), bytes);

    const attempt = buildGeoData({ root, outDir: join(tmp, 'never'), mirror: bad });
    await expect(attempt).rejects.toBeInstanceOf(ChecksumError);
    await expect(attempt).rejects.toThrow(new RegExp(`${name}[\\s\\S]*expected sha256 a9aeee96[0-9a-f]{56}[\\s\\S]*actual   sha256 ${sha256(bytes)}`));
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  it('downloads from the canonical URL when there is no mirror, and checks it', async () => {
    const sources = await readSources(join(root, 'geo-data', 'sources.json'));
    const specs = listInputs(sources);
    const served = new Map(specs.filter((s) => !s.npm).map((s) => [s.url, readFileSync(join(mirror, s.file))]));
    const fakeFetch = (async (url: string | URL | Request) => {
      const body = served.get(String(url));
      return body ? new Response(new Uint8Array(body)) : new Response('not found', { status: 404 });
    }) as typeof fetch;
    const vote = specs.find((s) => s.id === 'admdongkor-2022-sgg-vote')!;
    expect(vote.url).toMatch(/^https:\/\/raw\.githubusercontent\.com\/vuski\/admdongkor\/[0-9a-f]{40}\//);
    const got = await loadInput(vote, { mirror: null, root, fetchImpl: fakeFetch });
    expect(sha256(got)).toBe(vote.sha256);
    // Natural Earth: the upstream file is filtered to the Korea bbox and compared feature by feature.
    const ports = specs.find((s) => s.id === 'ne-ports')!;
    const extract = JSON.parse((await loadInput(ports, { mirror: null, root, fetchImpl: fakeFetch })).toString('utf8')) as { features: unknown[] };
    expect(extract.features.length).toBe(12);
    served.set(vote.url, Buffer.from('tampered'));
    await expect(loadInput(vote, { mirror: null, root, fetchImpl: fakeFetch })).rejects.toBeInstanceOf(ChecksumError);
  });
});

describe('geo-data build', () => {
  it('is deterministic and its manifest lists every input and output', async () => {
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    const first = await buildGeoData({ root, outDir: a, mirror });
    await buildGeoData({ root, outDir: b, mirror });
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const f of files) expect(sha256(readFileSync(join(b, f))), f).toBe(sha256(readFileSync(join(a, f))));

    const manifest = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8')) as {
      inputs: Array<{ id: string; file: string; url: string; licence: string; attribution: string; sha256: string }>;
      outputs: Array<{ file: string; sha256: string }>;
      attributions: Array<{ text: string; licence: string }>;
    };
    const sources = listInputs(await readSources(join(root, 'geo-data', 'sources.json')));
    expect(manifest.inputs.map((i) => i.id)).toEqual(sources.map((s) => s.id));
    for (const input of manifest.inputs) {
      expect(input.url, input.id).toMatch(/^https:\/\//);
      expect(input.licence.length, input.id).toBeGreaterThan(2);
      expect(input.attribution.length, input.id).toBeGreaterThan(2);
      expect(input.sha256, input.id).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(manifest.inputs.find((i) => i.id === 'world-atlas-land-10m')).toMatchObject({ npm: { package: 'world-atlas', version: '2.0.2' } });
    expect(manifest.attributions.map((x) => x.text).join('\n')).toMatch(/Statistics Korea[\s\S]*admdongkor[\s\S]*Natural Earth/);
    // Every written file except the manifest itself is listed with its hash.
    expect(manifest.outputs.map((o) => o.file)).toEqual(files.filter((f) => f !== 'manifest.json'));
    for (const o of manifest.outputs) expect(sha256(readFileSync(join(a, o.file))), o.file).toBe(o.sha256);
    expect(first.log.join('\n')).toMatch(/250 SGIS 2018 sigungu ↔ 250 Interior 2022 sigungu, one-to-one/);
  }, 180_000);

  it('writes map layers with numeric ids, codes and names, light enough for the renderer', () => {
    const out = join(tmp, 'a');
    const read = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8')) as { features: Array<{ id?: number; properties: Record<string, unknown>; geometry: { type: string } }> };
    const counts: Record<string, number> = { 'sido-z0': 17, sido: 17, 'sigungu-z0': 250, sigungu: 250, emd: 3504 };
    for (const [band, n] of Object.entries(counts)) {
      const fc = read(`map/${band}.geojson`);
      expect(fc.features, band).toHaveLength(n);
      for (const f of fc.features) {
        expect(typeof f.id, band).toBe('number');
        expect(f.properties, band).toMatchObject({ sgisCode: expect.any(String), name: expect.any(String), nameEn: expect.any(String) });
        if (band !== 'emd') expect(f.properties['code'], band).toMatch(/^\d{2}(\d{3})?$/);
      }
    }
    // Gunwi-gun (moved to Daegu in 2023) is inside Daegu's polygon and outside Gyeongbuk's.
    for (const file of ['map/sido.geojson', 'map/sido-z0.geojson', 'regions/sido.geojson']) {
      const sido = read(file).features as unknown as Array<{ properties: Record<string, unknown>; geometry: { type: string; coordinates: PolygonCoords | MultiPolygonCoords } }>;
      const coords = (code: string): MultiPolygonCoords => {
        const g = sido.find((f) => f.properties['code'] === code)!.geometry;
        return g.type === 'Polygon' ? [g.coordinates as PolygonCoords] : (g.coordinates as MultiPolygonCoords);
      };
      expect(pointInMultiPolygon(128.573, 36.243, coords('27')), file).toBe(true);
      expect(pointInMultiPolygon(128.573, 36.243, coords('47')), file).toBe(false);
    }
    const labels = read('map/labels-sigungu.geojson').features;
    expect(labels.reduce((s, f) => s + (f.properties['adults2022'] as number), 0)).toBe(44_197_692);
    const places = read('map/places.geojson').features;
    const names = places.map((f) => f.properties['name']);
    for (const n of ['부산항', '인천항', '광양항', '울산항', '평택·당진항', '인천국제공항', '김포국제공항', '김해국제공항', '제주국제공항', '한라산', '지리산', '설악산']) expect(names).toContain(n);
    expect(places.map((f) => f.properties['nameEn'])).not.toContain('Fukuoka');
    expect(places.every((f) => ['port', 'airport', 'peak'].includes(f.properties['kind'] as string))).toBe(true);
    expect(read('map/countries.geojson').features.map((f) => f.properties['nameEn'])).toEqual(expect.arrayContaining(['China', 'Japan', 'North Korea']));
    expect(existsSync(join(out, 'glyphs', 'Noto Sans Regular', '0-255.pbf'))).toBe(true);
    const mapBytes = listFiles(join(out, 'map')).reduce((s, f) => s + readFileSync(join(out, 'map', f)).length, 0);
    expect(mapBytes).toBeLessThan(10_000_000);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RegionIndex } from './index.js';
import { GeoDataMissingError, loadRegionIndex } from './index.js';

const geoDataDir = join(fileURLToPath(new URL('../../..', import.meta.url)), 'geo-data', 'out');

let ix: RegionIndex;
beforeAll(() => {
  if (!existsSync(join(geoDataDir, 'manifest.json'))) {
    throw new Error(`geo-data is not built (${geoDataDir}); run: GEO_DATA_MIRROR=../shared/geodata npm run geo-data`);
  }
  ix = loadRegionIndex(geoDataDir);
});

describe('region index: point lookup', () => {
  it('finds Jongno-gu, Seoul with both code systems', () => {
    const hit = ix.at(126.9784, 37.5796);
    expect(hit?.sido).toEqual({ name: '서울특별시', nameEn: 'Seoul', code: '11', sgisCode: '11' });
    expect(hit?.sigungu).toEqual({ name: '종로구', nameEn: 'Jongno-gu', code: '11110', sgisCode: '11010' });
    expect(hit?.emd?.sgisCode).toMatch(/^11010\d\d$/);
  });

  it('finds Busan', () => {
    const hit = ix.at(129.0756, 35.1796);
    expect(hit?.sido.name).toBe('부산광역시');
    expect(hit?.sido.code).toBe('26');
    expect(hit?.sigungu.code.startsWith('26')).toBe(true);
  });

  it('answers null in the Yellow Sea, in Japan and for non-numbers', () => {
    expect(ix.at(125.0, 36.0)).toBeNull();
    expect(ix.at(130.4, 33.6)).toBeNull(); // Fukuoka
    expect(ix.at(Number.NaN, 37)).toBeNull();
  });

  it('puts Gunwi-gun in Daegu with its current code', () => {
    const hit = ix.at(128.573, 36.243);
    expect(hit?.sigungu).toMatchObject({ name: '군위군', code: '27720', sgisCode: '37310' });
    expect(hit?.sido).toMatchObject({ name: '대구광역시', code: '27' });
    expect(hit?.emd?.sgisCode.startsWith('37310')).toBe(true);
  });

  it('uses current province names and codes for Gangwon and Jeonbuk', () => {
    expect(ix.at(127.7298, 37.8813)?.sido).toMatchObject({ name: '강원특별자치도', code: '51', sgisCode: '32' }); // Chuncheon
    expect(ix.at(127.148, 35.8242)?.sido).toMatchObject({ name: '전북특별자치도', code: '52', sgisCode: '35' }); // Jeonju
  });

  it('is fast enough for mouse moves', () => {
    const started = performance.now();
    let found = 0;
    for (let i = 0; i < 5000; i++) if (ix.at(126 + (i % 100) * 0.035, 34 + Math.floor(i / 100) * 0.08)) found++;
    const perCallMs = (performance.now() - started) / 5000;
    expect(found).toBeGreaterThan(1000);
    expect(perCallMs).toBeLessThan(1);
  });
});

describe('region index: contents', () => {
  it('has 17 sido, 250 sigungu and 3,504 eup-myeon-dong', () => {
    expect(ix.list('sido')).toHaveLength(17);
    expect(ix.list('sigungu')).toHaveLength(250);
    expect(ix.list('emd')).toHaveLength(3504);
    expect(new Set(ix.list('sigungu').map((r) => r.code)).size).toBe(250);
  });

  it('totals 44,197,692 adults on the March 2022 roll, per sigungu and per province', () => {
    const bySigungu = ix.list('sigungu').reduce((s, r) => s + (ix.adults2022(r.code) ?? 0), 0);
    const bySido = ix.list('sido').reduce((s, r) => s + (ix.adults2022(r.code) ?? 0), 0);
    expect(bySigungu).toBe(44_197_692);
    expect(bySido).toBe(44_197_692);
    expect(ix.adults2022('11110')).toBe(129_968);
  });

  it('gives cards by Interior code, SGIS code and former code', () => {
    const card = ix.card('sigungu', '11110');
    expect(card).toMatchObject({ level: 'sigungu', name: '종로구', code: '11110', sgisCode: '11010', adults2022: 129_968 });
    expect(card?.parents).toEqual([{ level: 'sido', name: '서울특별시', nameEn: 'Seoul', code: '11' }]);
    expect(ix.card('sigungu', '37310')?.code).toBe('27720'); // SGIS code of Gunwi
    expect(ix.card('sigungu', '47720')?.code).toBe('27720'); // former Interior code
    expect(ix.card('sido', '42')?.name).toBe('강원특별자치도');
    expect(ix.card('sido', '51')?.adults2022).toBeGreaterThan(1_000_000);
    const dong = ix.card('emd', '1101053');
    expect(dong).toMatchObject({ level: 'emd', name: '사직동', code: null, adults2022: null });
    expect(dong?.parents.map((p) => p.code)).toEqual(['11', '11110']);
    expect(ix.card('sigungu', '99999')).toBeNull();
  });

  it('returns geometry and a centroid inside the region', () => {
    const g = ix.geometry('sigungu', '11110');
    expect(g?.type).toMatch(/Polygon/);
    const c = ix.centroid('sigungu', '11110')!;
    expect(ix.at(c[0], c[1])?.sigungu.code).toBe('11110');
    expect(ix.geometry('sido', '27')).not.toBeNull();
    for (const r of ix.list('sigungu')) {
      const p = ix.centroid('sigungu', r.code)!;
      expect(ix.at(p[0], p[1])?.sigungu.code, `${r.name} centroid`).toBe(r.code);
    }
    for (const r of ix.list('emd')) {
      const p = ix.centroid('emd', r.sgisCode)!;
      expect(ix.at(p[0], p[1])?.emd?.sgisCode, `${r.name} centroid`).toBe(r.sgisCode);
    }
  });
});

describe('region index: names and feed codes', () => {
  it('reports a bare 중구 as ambiguous with every candidate', () => {
    const r = ix.resolveName(null, '중구');
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') expect(r.candidates.map((c) => c.sido.name).sort()).toEqual(['대구광역시', '대전광역시', '부산광역시', '서울특별시', '울산광역시', '인천광역시']);
    expect(ix.resolveName(null, '고성군').kind).toBe('ambiguous');
  });

  it('resolves 대구 중구 to one code', () => {
    for (const [p, n] of [['대구', '중구'], ['대구광역시', '중구'], [null, '대구 중구'], [null, '대구광역시중구']] as const) {
      const r = ix.resolveName(p, n);
      expect(r.kind === 'found' && r.region.code, `${p} ${n}`).toBe('27110');
    }
  });

  it('accepts old names and short forms', () => {
    const code = (p: string | null, n: string): string | null => {
      const r = ix.resolveName(p, n);
      return r.kind === 'found' ? r.region.code : null;
    };
    expect(code('인천', '남구')).toBe('28177');
    expect(code('인천광역시', '미추홀구')).toBe('28177');
    expect(code('경상북도', '군위군')).toBe('27720');
    expect(code('대구광역시', '군위군')).toBe('27720');
    expect(code('강원도', '고성군')).toBe('51820');
    expect(code('경남', '고성군')).toBe('48820');
    expect(code('전라북도', '전주시 완산구')).toBe('52111');
    expect(code('경기', '수원시장안구')).toBe('41111');
    expect(code(null, '세종시')).toBe('36110');
    expect(code('세종', '세종특별자치시')).toBe('36110');
    expect(ix.resolveName('경기', '수원시').kind).toBe('ambiguous');
    expect(ix.resolveName('서울', '해운대구').kind).toBe('not-found');
    expect(ix.resolveName('없는도', '중구').kind).toBe('not-found');
  });

  it('resolves provinces by any name', () => {
    expect(ix.resolveProvince('강원도')?.code).toBe('51');
    expect(ix.resolveProvince('전라북도')?.code).toBe('52');
    expect(ix.resolveProvince('서울')?.code).toBe('11');
    expect(ix.resolveProvince('gyeonggi-do')?.code).toBe('41');
    expect(ix.resolveProvince('세종시')?.code).toBe('36');
    expect(ix.resolveProvince('종로구')).toBeNull();
  });

  it('maps 10-digit legal-dong and administrative codes to sigungu, old codes too', () => {
    expect(ix.sigunguByCode10('4377037026')).toMatchObject({ sido: { name: '충청북도' }, sigungu: { name: '음성군', code: '43770' } });
    expect(ix.sigunguByCode10('4772025000')?.sigungu.code).toBe('27720');
    expect(ix.sigunguByCode10('2772025000')?.sigungu.code).toBe('27720');
    expect(ix.sigunguByCode10('4211000000')?.sigungu.code).toBe('51110');
    expect(ix.sigunguByCode10('4511100000')?.sigungu.code).toBe('52111');
    expect(ix.sigunguByCode10('4119200000')?.sigungu.code).toBe('41190');
    expect(ix.sigunguByCode10('1100000000')).toBeNull();
    expect(ix.sigunguByCode10('abc')).toBeNull();
  });

  it('searches Korean and English names, tolerant of spacing and case', () => {
    expect(ix.search('종로')[0]).toMatchObject({ level: 'sigungu', code: '11110', path: '서울특별시 › 종로구' });
    expect(ix.search('jongno')[0]?.code).toBe('11110');
    expect(ix.search('JONGNO-GU')[0]?.code).toBe('11110');
    expect(ix.search('서울 종로구')[0]?.code).toBe('11110');
    expect(ix.search('서울종로구')[0]?.code).toBe('11110');
    expect(ix.search('Gangwon')[0]).toMatchObject({ level: 'sido', code: '51' });
    expect(ix.search('강원도')[0]).toMatchObject({ level: 'sido', code: '51' });
    expect(ix.search('종로구 사직')[0]).toMatchObject({ level: 'emd', sgisCode: '1101053' });
    expect(ix.search('중구', 20).filter((h) => h.level === 'sigungu')).toHaveLength(6);
    expect(ix.search('zzzz')).toEqual([]);
    expect(ix.search('동구', 3)).toHaveLength(3);
    expect(ix.search('서울', 3)[0]).toMatchObject({ level: 'sido', code: '11' });
  });
});

describe('region index: missing data', () => {
  it('says how to build geo-data when the folder is empty', () => {
    expect(() => loadRegionIndex('/nonexistent/geo-data')).toThrow(GeoDataMissingError);
    expect(() => loadRegionIndex('/nonexistent/geo-data')).toThrow(/npm run geo-data/);
  });
});

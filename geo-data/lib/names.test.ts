import { emdNameEn, sigunguName, sigunguNameEn, splitCompound } from './names.js';
import { roundLine, simplifyLine } from './topology.js';
import type { Position } from '../../main/core/region/geometry.js';

describe('English name normalisation', () => {
  it('hyphenates and splits compound city districts', () => {
    expect(sigunguNameEn('31240', '화성시', 'Hwaseongsi')).toBe('Hwaseong-si');
    expect(sigunguNameEn('31250', '광주시', 'Gwangju')).toBe('Gwangju-si');
    expect(sigunguNameEn('11010', '종로구', 'Jongno-gu')).toBe('Jongno-gu');
    expect(sigunguNameEn('31011', '수원시장안구', 'Suwonsijangangu')).toBe('Suwon-si Jangan-gu');
    expect(sigunguNameEn('38111', '창원시의창구', 'Uichanggu')).toBe('Changwon-si Uichang-gu');
    expect(sigunguNameEn('37011', '포항시남구', 'Nam-gu')).toBe('Pohang-si Nam-gu');
    expect(sigunguNameEn('32360', '철원군', 'Gongju-si')).toBe('Cheorwon-gun');
  });

  it('keeps the official spacing of compound Korean names', () => {
    expect(sigunguName('수원시장안구')).toBe('수원시 장안구');
    expect(sigunguName('종로구')).toBe('종로구');
    expect(splitCompound('창원시마산합포구')).toEqual(['창원시', '마산합포구']);
  });

  it('normalises dong names', () => {
    expect(emdNameEn('종로1·2·3·4가동', 'Jongno1·2·3·4Gadong')).toBe('Jongno1·2·3·4ga-dong');
    expect(emdNameEn('창신1동', 'Changsin 1(il)-dong')).toBe('Changsin1-dong');
    expect(emdNameEn('검단5동', 'Geomdan-5(o)dong')).toBe('Geomdan5-dong');
    expect(emdNameEn('필동', 'Pildong')).toBe('Pil-dong');
    expect(emdNameEn('군위읍', 'Gunwi-eup')).toBe('Gunwi-eup');
  });
});

describe('arc simplification', () => {
  it('keeps end points and drops points within the tolerance', () => {
    const line: Position[] = [[0, 0], [1, 0.00001], [2, 0], [3, 1]];
    expect(simplifyLine(line, 0.001)).toEqual([[0, 0], [2, 0], [3, 1]]);
  });

  it('cannot collapse a closed ring', () => {
    const ring: Position[] = [[0, 0], [0.0001, 0], [0.0001, 0.0001], [0, 0.0001], [0, 0]];
    expect(simplifyLine(ring, 1).length).toBeGreaterThanOrEqual(3);
  });

  it('rounds and removes repeated positions', () => {
    expect(roundLine([[1.00001, 2], [1.00002, 2], [1.5, 2.5]], 3)).toEqual([[1, 2], [1.5, 2.5]]);
  });
});

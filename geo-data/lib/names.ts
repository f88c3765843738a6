/**
 * Names and codes that the input files get wrong or predate: current province names and codes,
 * English-name normalisation, and the few explicit corrections. Facts here are public
 * (Ministry of the Interior administrative code changes; README of the geodata mirror).
 */

/** A province as of today, keyed by its SGIS 2018 code. */
export interface SidoFact {
  sgisCode: string;
  code: string;
  name: string;
  nameEn: string;
  aliases: string[];
  aliasesEn: string[];
  oldCodes: string[];
}

const sido = (sgisCode: string, code: string, name: string, nameEn: string, aliases: string[], aliasesEn: string[] = [], oldCodes: string[] = []): SidoFact => ({
  sgisCode,
  code,
  name,
  nameEn,
  aliases,
  aliasesEn,
  oldCodes,
});

/**
 * The 17 provinces. Gangwon (강원특별자치도, 11 June 2023, 42 → 51) and Jeonbuk (전북특별자치도,
 * 18 January 2024, 45 → 52) carry their former names and codes as aliases.
 */
export const SIDO_FACTS: SidoFact[] = [
  sido('11', '11', '서울특별시', 'Seoul', ['서울', '서울시']),
  sido('21', '26', '부산광역시', 'Busan', ['부산', '부산시']),
  sido('22', '27', '대구광역시', 'Daegu', ['대구', '대구시']),
  sido('23', '28', '인천광역시', 'Incheon', ['인천', '인천시']),
  sido('24', '29', '광주광역시', 'Gwangju', ['광주']),
  sido('25', '30', '대전광역시', 'Daejeon', ['대전', '대전시']),
  sido('26', '31', '울산광역시', 'Ulsan', ['울산', '울산시']),
  sido('29', '36', '세종특별자치시', 'Sejong', ['세종', '세종시'], ['Sejongsi', 'Sejong-si']),
  sido('31', '41', '경기도', 'Gyeonggi-do', ['경기']),
  sido('32', '51', '강원특별자치도', 'Gangwon State', ['강원도', '강원'], ['Gangwon-do'], ['42']),
  sido('33', '43', '충청북도', 'Chungcheongbuk-do', ['충북']),
  sido('34', '44', '충청남도', 'Chungcheongnam-do', ['충남']),
  sido('35', '52', '전북특별자치도', 'Jeonbuk State', ['전라북도', '전북'], ['Jeollabuk-do'], ['45']),
  sido('36', '46', '전라남도', 'Jeollanam-do', ['전남']),
  sido('37', '47', '경상북도', 'Gyeongsangbuk-do', ['경북']),
  sido('38', '48', '경상남도', 'Gyeongsangnam-do', ['경남']),
  sido('39', '50', '제주특별자치도', 'Jeju-do', ['제주', '제주도'], ['Jeju']),
];

/** Province-code renumbering applied to 2022 sigungu codes (first two digits). */
export const SIDO_CODE_CHANGES: Record<string, string> = { '42': '51', '45': '52' };

/** Whole-sigungu moves after 2022: Gunwi-gun joined Daegu on 1 July 2023. */
export const SIGUNGU_CODE_CHANGES: Record<string, string> = { '47720': '27720' };

/**
 * Sigungu codes that feeds may send and that name a part of one of our sigungu. Bucheon was
 * split back into three gu on 1 January 2024 (원미구 41192, 소사구 41194, 오정구 41196); the
 * boundaries here predate that, so those codes resolve to 부천시 41190.
 */
export const SIGUNGU_PART_CODES: Record<string, string> = { '41192': '41190', '41194': '41190', '41196': '41190' };

/** Former sigungu names, by current Interior code. */
export const SIGUNGU_OLD_NAMES: Record<string, string[]> = {
  '28177': ['남구'], // 인천광역시 남구 → 미추홀구 (1 July 2018)
  '36110': ['세종시'],
};

/** English names the SGIS file gets wrong, by SGIS code. */
export const NAME_EN_FIXES: Record<string, string> = {
  '32360': 'Cheorwon-gun', // the 2018 file says "Gongju-si" for 철원군
  '29010': 'Sejong',
  '23030': 'Michuhol-gu', // renamed from 남구 (Nam-gu) on 1 July 2018; the file has the old name
};

/** Cities split into gu, with their English names, for "수원시 장안구" → "Suwon-si Jangan-gu". */
const CITY_EN: Record<string, string> = {
  수원시: 'Suwon',
  성남시: 'Seongnam',
  안양시: 'Anyang',
  안산시: 'Ansan',
  고양시: 'Goyang',
  용인시: 'Yongin',
  청주시: 'Cheongju',
  천안시: 'Cheonan',
  전주시: 'Jeonju',
  포항시: 'Pohang',
  창원시: 'Changwon',
};

const SUFFIX_EN: Record<string, string> = { 시: 'si', 군: 'gun', 구: 'gu', 동: 'dong', 면: 'myeon', 읍: 'eup' };

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Hwaseongsi" → "Hwaseong-si", "Gwangju" (광주시) → "Gwangju-si", "Seo-gu" unchanged. */
function withSuffix(base: string, koreanName: string): string {
  const suffix = SUFFIX_EN[koreanName.slice(-1)];
  if (!suffix) return capitalise(base);
  const stripped = base.replace(new RegExp(`-?${suffix}$`, 'i'), '');
  return `${capitalise(stripped)}-${suffix}`;
}

/** Splits a compound name "수원시장안구" into ["수원시", "장안구"], or null. */
export function splitCompound(name: string): [string, string] | null {
  for (const city of Object.keys(CITY_EN)) {
    if (name.startsWith(city) && name.length > city.length) return [city, name.slice(city.length).trim()];
  }
  return null;
}

/** Official Korean display name: compound city districts get their space back. */
export function sigunguName(raw: string): string {
  const parts = splitCompound(raw.replace(/\s+/g, ''));
  return parts ? `${parts[0]} ${parts[1]}` : raw.trim();
}

/** Consistent English sigungu name from the SGIS `name_eng`. */
export function sigunguNameEn(sgisCode: string, koreanRaw: string, nameEng: string): string {
  const fixed = NAME_EN_FIXES[sgisCode];
  if (fixed) return fixed;
  const compact = koreanRaw.replace(/\s+/g, '');
  const parts = splitCompound(compact);
  if (parts) {
    const cityEn = CITY_EN[parts[0]]!;
    let gu = nameEng.replace(/\s+/g, '');
    if (gu.toLowerCase().startsWith(`${cityEn.toLowerCase()}si`)) gu = gu.slice(cityEn.length + 2);
    return `${cityEn}-si ${withSuffix(gu.replace(/^-/, ''), parts[1])}`;
  }
  return withSuffix(nameEng.trim(), compact);
}

/** "Jongno1·2·3·4Gadong" → "Jongno1·2·3·4ga-dong", "Changsin 1(il)-dong" → "Changsin1-dong". */
export function emdNameEn(korean: string, nameEng: string): string {
  const base = nameEng
    .replace(/\s*\([a-z]+\)/gi, '')
    .replace(/_/g, '')
    .replace(/\s+/g, '')
    .replace(/-(?=\d)/g, '')
    .replace(/Ga(?=(dong|-dong)$)/, 'ga');
  return withSuffix(base, korean.trim());
}

/**
 * Name matching for the region index: a province + name (or a bare name) → sigungu, tolerant of
 * spacing, case, short and former names; a bare name found in several provinces is reported as
 * ambiguous with every candidate, never guessed.
 */
import type { NameResolution } from '../../common/region-types.js';
import type { SidoRecord, SigunguRecord } from './index-file.js';
import type { RegionData } from './region-data.js';
import { sidoRef, sigunguRef } from './region-data.js';

/** Comparison key: NFC, lower case, no spaces or punctuation ("서울 종로구" ≡ "서울종로구", "Jongno-gu" ≡ "jongnogu"). */
export function nameKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\s·.,\-_'’()]/g, '');
}

/** All keys a province answers to: name, short and former names, English names. */
export function sidoKeys(r: SidoRecord): string[] {
  return [r.name, ...r.aliases, r.nameEn, ...r.aliasesEn].map(nameKey);
}

/** Province by any of its names (서울, 서울특별시, Seoul, 강원도 ...), or null. */
export function findProvince(data: RegionData, name: string): SidoRecord | null {
  const key = nameKey(name);
  if (!key) return null;
  for (const r of data.file.sido) if (sidoKeys(r).includes(key)) return r;
  return null;
}

/** Provinces a sigungu belongs or belonged to (Gunwi-gun: Daegu now, Gyeongbuk formerly). */
function provincesOf(r: SigunguRecord): string[] {
  const codes = new Set([r.sidoCode]);
  for (const old of r.oldCodes) {
    codes.add(old.slice(0, 2));
  }
  return [...codes];
}

/** Old province codes map to the current record (42 → Gangwon 51), so either form counts. */
function inProvince(data: RegionData, r: SigunguRecord, sido: SidoRecord): boolean {
  return provincesOf(r).some((c) => c === sido.code || sido.oldCodes.includes(c) || data.file.codeAliases[c] === sido.code);
}

const TIER_COUNT = 5;

/** Match tiers, best first; the first tier with any hit decides. */
function tiers(r: SigunguRecord): Array<(key: string) => boolean> {
  const [city, gu] = r.name.includes(' ') ? r.name.split(' ') : [undefined, undefined];
  return [
    (k) => nameKey(r.name) === k,
    (k) => r.aliases.some((a) => nameKey(a) === k),
    (k) => gu !== undefined && nameKey(gu) === k,
    (k) => city !== undefined && nameKey(city) === k,
    (k) => nameKey(r.nameEn) === k || (nameKey(r.nameEn).replace(/(si|gun|gu)$/, '') === k && k.length >= 3),
  ];
}

function matchIn(candidates: SigunguRecord[], name: string): SigunguRecord[] {
  const key = nameKey(name);
  if (!key) return [];
  const tested = candidates.map((r) => ({ r, tests: tiers(r) }));
  for (let t = 0; t < TIER_COUNT; t++) {
    const hits = tested.filter((c) => c.tests[t]!(key)).map((c) => c.r);
    if (hits.length > 0) return hits;
  }
  return [];
}

function answer(data: RegionData, hits: SigunguRecord[], what: string): NameResolution {
  const withSido = hits.map((r) => ({ r, sido: data.sidoByCode.get(r.sidoCode)! }));
  if (withSido.length === 1) return { kind: 'found', region: sigunguRef(withSido[0]!.r), sido: sidoRef(withSido[0]!.sido) };
  if (withSido.length > 1) {
    return { kind: 'ambiguous', candidates: withSido.map(({ r, sido }) => ({ sido: sidoRef(sido), region: sigunguRef(r) })) };
  }
  return { kind: 'not-found', reason: `no sigungu named "${what}"` };
}

/**
 * Province + sigungu name → one sigungu. `province` may be null; then a leading province word in
 * `name` ("대구 중구", "서울종로구") is used, and a bare name must be unique nationally.
 */
export function resolveSigunguName(data: RegionData, province: string | null, name: string): NameResolution {
  const trimmed = name.trim();
  if (province !== null && province.trim() !== '') {
    const sido = findProvince(data, province);
    if (!sido) return { kind: 'not-found', reason: `unknown province "${province}"` };
    const inSido = data.file.sigungu.filter((r) => inProvince(data, r, sido));
    // "세종특별자치시" names both the province and its only sigungu.
    if (sidoKeys(sido).includes(nameKey(trimmed)) && inSido.length === 1) return answer(data, inSido, trimmed);
    return answer(data, matchIn(inSido, trimmed), `${province} ${trimmed}`);
  }
  const words = trimmed.split(/\s+/);
  if (words.length >= 2) {
    const sido = findProvince(data, words[0]!);
    if (sido) return resolveSigunguName(data, words[0]!, words.slice(1).join(' '));
  } else {
    // "서울종로구": a province name glued to the sigungu name.
    const key = nameKey(trimmed);
    for (const sido of data.file.sido) {
      for (const k of sidoKeys(sido)) {
        if (k.length >= 2 && key.startsWith(k) && key.length > k.length) {
          const r = resolveSigunguName(data, sido.name, trimmed.slice(trimmed.length - (key.length - k.length)));
          if (r.kind === 'found') return r;
        }
      }
    }
  }
  const sidoOnly = findProvince(data, trimmed);
  const hits = matchIn(data.file.sigungu, trimmed);
  if (hits.length === 0 && sidoOnly) return { kind: 'not-found', reason: `"${trimmed}" is a province, not a sigungu` };
  return answer(data, hits, trimmed);
}

/**
 * Region search for the search box: Korean or English names, spacing and case ignored, exact
 * before prefix before substring matches. Leading words narrow the search to a province or
 * municipality: "서울 종로구", "종로구 사직동", "Seoul Jongno".
 */
import type { RegionSearchHit } from '../../common/region-types.js';
import type { RegionData } from './region-data.js';
import { nameKey, sidoKeys } from './name-match.js';
import type { SigunguRecord } from './index-file.js';

interface Entry {
  hit: RegionSearchHit;
  keys: string[];
  /** Keys of the province and (for dongs) the municipality, for context words. */
  context: string[];
  rank: number;
}

function sigunguKeys(r: SigunguRecord): string[] {
  const keys = [r.name, ...r.aliases, r.nameEn];
  if (r.name.includes(' ')) keys.push(...r.name.split(' '));
  const enParts = r.nameEn.split(' ');
  if (enParts.length > 1) keys.push(...enParts);
  return keys.map(nameKey);
}

export function buildSearchEntries(data: RegionData): Entry[] {
  const entries: Entry[] = [];
  for (const r of data.file.sido) {
    entries.push({ hit: { level: 'sido', name: r.name, nameEn: r.nameEn, path: r.name, pathEn: r.nameEn, code: r.code, sgisCode: r.sgisCode, centroid: r.centroid, bbox: r.bbox }, keys: sidoKeys(r), context: [], rank: 0 });
  }
  for (const r of data.file.sigungu) {
    const sido = data.sidoByCode.get(r.sidoCode)!;
    entries.push({
      hit: { level: 'sigungu', name: r.name, nameEn: r.nameEn, path: `${sido.name} › ${r.name}`, pathEn: `${sido.nameEn} › ${r.nameEn}`, code: r.code, sgisCode: r.sgisCode, centroid: r.centroid, bbox: r.bbox },
      keys: sigunguKeys(r),
      context: sidoKeys(sido),
      rank: 1,
    });
  }
  for (const r of data.file.emd) {
    const sg = data.sigunguByCode.get(r.sigunguCode)!;
    const sido = data.sidoByCode.get(sg.sidoCode)!;
    entries.push({
      hit: { level: 'emd', name: r.name, nameEn: r.nameEn, path: `${sido.name} › ${sg.name} › ${r.name}`, pathEn: `${sido.nameEn} › ${sg.nameEn} › ${r.nameEn}`, code: null, sgisCode: r.sgisCode, centroid: r.centroid, bbox: r.bbox },
      keys: [r.name, r.nameEn].map(nameKey),
      context: [...sidoKeys(sido), ...sigunguKeys(sg)],
      rank: 2,
    });
  }
  return entries;
}

/** 0 exact, 1 prefix, 2 substring, null no match. */
function score(keys: string[], q: string): number | null {
  let best: number | null = null;
  for (const k of keys) {
    const s = k === q ? 0 : k.startsWith(q) ? 1 : q.length >= 2 && k.includes(q) ? 2 : null;
    if (s !== null && (best === null || s < best)) best = s;
    if (best === 0) break;
  }
  return best;
}

const contextMatches = (context: string[], word: string): boolean => context.some((k) => k === word || k.startsWith(word));

export function searchEntries(entries: Entry[], query: string, limit: number): RegionSearchHit[] {
  const whole = nameKey(query);
  if (!whole || limit <= 0) return [];
  const words = query.trim().split(/\s+/).map(nameKey).filter((w) => w.length > 0);
  // Ways to read the query as context words + a target: "서울 종로구" by its words, and
  // "서울종로구" by a province name glued to the front.
  const readings: Array<{ context: string[]; target: string }> = [];
  if (words.length > 1) readings.push({ context: words.slice(0, -1), target: words[words.length - 1]! });
  for (const e of entries) {
    if (e.rank !== 0) continue;
    for (const k of e.keys) if (k.length >= 2 && whole.length > k.length && whole.startsWith(k)) readings.push({ context: [k], target: whole.slice(k.length) });
  }
  const scored: Array<{ e: Entry; s: number }> = [];
  for (const e of entries) {
    let s = score(e.keys, whole);
    for (const r of readings) {
      if (!r.context.every((w) => contextMatches(e.context, w))) continue;
      const t = score(e.keys, r.target);
      if (t !== null && (s === null || t < s)) s = t;
    }
    if (s !== null) scored.push({ e, s });
  }
  scored.sort((a, b) => a.s - b.s || a.e.rank - b.e.rank || a.e.hit.name.length - b.e.hit.name.length || (a.e.hit.sgisCode < b.e.hit.sgisCode ? -1 : 1));
  return scored.slice(0, limit).map((x) => x.e.hit);
}

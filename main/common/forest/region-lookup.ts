/**
 * The part of the region index the forest adapters need. Structural, so the core's RegionIndex
 * (main/core/region) satisfies it without the hub depending on the core.
 */
import { assertNever } from '../assert-never.js';
import type { NameResolution, RegionRef } from '../region-types.js';
import type { ForestRegion } from './types.js';

export interface ForestRegionLookup {
  /** Province (may be null) + sigungu name → sigungu; ambiguous bare names list every candidate. */
  resolveName(province: string | null, name: string): NameResolution;
  /** 10-digit legal-dong or administrative code (or ≥5 digits) → its sigungu (old codes accepted). */
  sigunguByCode10(code: string): { sido: RegionRef; sigungu: RegionRef } | null;
}

/** A region from a 5..10-digit code: resolved names with a lookup, the bare 5-digit prefix without. */
export function regionFromCode(code: string, lookup: ForestRegionLookup | undefined): ForestRegion | { reason: string } {
  const c = code.trim();
  if (!/^\d{5,10}$/.test(c)) return { reason: `region code must be 5 to 10 digits: ${JSON.stringify(code)}` };
  if (!lookup) return { code: c.slice(0, 5), name: null, sido: null };
  const hit = lookup.sigunguByCode10(c);
  if (!hit) return { reason: `no sigungu has code ${c.slice(0, 5)} (from ${c})` };
  return { code: hit.sigungu.code, name: hit.sigungu.name, sido: hit.sido.name };
}

/** A region from province + name, reporting ambiguity with its candidates instead of guessing. */
export function regionFromName(province: string | null, name: string, lookup: ForestRegionLookup): ForestRegion | { reason: string } {
  const r = lookup.resolveName(province, name);
  switch (r.kind) {
    case 'found':
      return { code: r.region.code, name: r.region.name, sido: r.sido.name };
    case 'ambiguous':
      return { reason: `ambiguous sigungu name ${name}: candidates ${r.candidates.map((c) => `${c.sido.name} ${c.region.name} (${c.region.code})`).join(', ')}` };
    case 'not-found':
      return { reason: `unknown sigungu ${province ? `${province} ` : ''}${name}: ${r.reason}` };
    default:
      return assertNever(r, 'name resolution');
  }
}

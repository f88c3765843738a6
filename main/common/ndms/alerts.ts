/**
 * Disaster text alerts (`ndms.alerts`): the cell-broadcast steps and their severities, the props the
 * DSSP and CAP adapters produce, and target-region resolution of `RCPTN_RGN_NM`-style region lists.
 */
import { z } from 'zod';
import { assertNever } from '../assert-never.js';
import type { NameResolution, RegionRef } from '../region-types.js';

export const NDMS_STREAMS = {
  alerts: 'ndms.alerts',
  reports: 'ndms.reports',
  quakes: 'ndms.quakes',
  typhoons: 'ndms.typhoons',
  shelters: 'ndms.shelters',
  damage: 'ndms.damage',
  /** Operator actions on reports (ack, resolve) and drafted alerts. */
  ops: 'ops.ndms',
} as const;

/** The three cell-broadcast steps, most urgent first. */
export const ALERT_LEVELS = ['위급재난', '긴급재난', '안전안내'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

export const severitySchema = z.enum(['extreme', 'severe', 'moderate', 'minor', 'unknown']);
export type Severity = z.infer<typeof severitySchema>;

/**
 * Step → severity, matching CAP's scale: 위급재난 (emergency, e.g. air raid, M6+ quake) = extreme;
 * 긴급재난 (disaster, evacuate) = severe; 안전안내 (safety guidance) = minor. An unknown step is
 * `unknown`, never guessed upward or downward.
 */
export const LEVEL_SEVERITY: Readonly<Record<AlertLevel, Severity>> = { 위급재난: 'extreme', 긴급재난: 'severe', 안전안내: 'minor' };

/** The step for a CAP severity (export and round trip): Extreme→위급재난, Severe→긴급재난, else 안전안내. */
export function levelForSeverity(s: Severity): AlertLevel {
  return s === 'extreme' ? '위급재난' : s === 'severe' ? '긴급재난' : '안전안내';
}

export function isAlertLevel(s: string): s is AlertLevel {
  return (ALERT_LEVELS as readonly string[]).includes(s);
}

const regionRefSchema = z.object({ name: z.string(), nameEn: z.string(), code: z.string(), sgisCode: z.string() });

/** One part of a target-region list that resolved to a province (whole) or a sigungu. */
export const resolvedRegionSchema = z.object({
  text: z.string(),
  level: z.enum(['sido', 'sigungu']),
  region: regionRefSchema,
  sido: regionRefSchema,
});
export type ResolvedRegion = z.infer<typeof resolvedRegionSchema>;

/** A part that did not resolve: the reason, and for ambiguous bare names every candidate. */
export const unresolvedRegionSchema = z.object({
  text: z.string(),
  reason: z.string(),
  candidates: z.array(z.object({ sido: z.string(), name: z.string(), code: z.string() })),
});
export type UnresolvedRegion = z.infer<typeof unresolvedRegionSchema>;

/** Props of an `ndms.alerts` event (DSSP or CAP). */
export const alertPropsSchema = z.object({
  origin: z.enum(['dssp', 'cap', 'draft']),
  message: z.string(),
  level: z.enum(ALERT_LEVELS).nullable(),
  severity: severitySchema,
  disasterType: z.string().nullable(),
  /** The target-region parts as sent (trimmed). */
  regionTexts: z.array(z.string()),
  /** Resolved parts; null when the adapter ran without a region index (resolve in the core). */
  regions: z.array(resolvedRegionSchema).nullable(),
  unresolved: z.array(unresolvedRegionSchema),
});
export type AlertProps = z.infer<typeof alertPropsSchema>;

/** The part of the region index alert resolution needs (the core's RegionIndex satisfies it). */
export interface AlertRegionResolver {
  resolveProvince(name: string): RegionRef | null;
  resolveName(province: string | null, name: string): NameResolution;
}

/** Splits a comma-separated region list; trims each part, drops empty ones and exact repeats. */
export function splitRegionList(text: string): string[] {
  const parts = text.split(/[,，]/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
  return [...new Set(parts)];
}

const WHOLE = /\s*전체$/;

/**
 * Resolves one part. Rules: "<province>" or "<province> 전체" → the province; "<province> <sigungu>"
 * → that sigungu (old and new province names both accepted by the index); a bare or glued name
 * ("김해시", "대구 중구") → the index's unique match; a city made of districts ("전주시" → 완산구 and
 * 덕진구) → all its districts; names found in several places are reported with their candidates and
 * never guessed.
 */
export function resolveRegionPart(text: string, r: AlertRegionResolver): ResolvedRegion[] | UnresolvedRegion {
  const whole = WHOLE.test(text);
  const body = text.replace(WHOLE, '').trim();
  const sp = body.indexOf(' ');
  const head = sp < 0 ? body : body.slice(0, sp);
  const rest = sp < 0 ? '' : body.slice(sp + 1).trim();
  const province = head ? r.resolveProvince(head) : null;
  if (province && rest === '') return [{ text, level: 'sido', region: province, sido: province }];
  // "<sigungu> 전체" is the sigungu as a whole: the same as the bare name.
  return fromName(text, province ? rest : body, whole || !province ? r.resolveName(null, body) : r.resolveName(province.name, rest));
}

/** Every candidate is a district of the named city in one province ("전주시" → "전주시 완산구", ...). */
function districtsOf(name: string, candidates: Array<{ sido: RegionRef; region: RegionRef }>): boolean {
  const city = name.split(' ').pop()!;
  return candidates.length > 1 && /[시]$/.test(city) && candidates.every((c) => c.sido.code === candidates[0]!.sido.code && c.region.name.startsWith(`${city} `));
}

function fromName(text: string, name: string, res: NameResolution): ResolvedRegion[] | UnresolvedRegion {
  switch (res.kind) {
    case 'found':
      return [{ text, level: 'sigungu', region: res.region, sido: res.sido }];
    case 'ambiguous':
      if (districtsOf(name, res.candidates)) return res.candidates.map((c) => ({ text, level: 'sigungu' as const, region: c.region, sido: c.sido }));
      return { text, reason: `ambiguous: ${res.candidates.length} regions share this name`, candidates: res.candidates.map((c) => ({ sido: c.sido.name, name: c.region.name, code: c.region.code })) };
    case 'not-found':
      return { text, reason: res.reason, candidates: [] };
    default:
      return assertNever(res, 'name resolution');
  }
}

/** Resolves every part (a city with districts yields one entry per district). */
export function resolveRegionList(parts: readonly string[], r: AlertRegionResolver): { regions: ResolvedRegion[]; unresolved: UnresolvedRegion[] } {
  const regions: ResolvedRegion[] = [];
  const unresolved: UnresolvedRegion[] = [];
  for (const p of parts) {
    const x = resolveRegionPart(p, r);
    if (Array.isArray(x)) regions.push(...x);
    else unresolved.push(x);
  }
  return { regions, unresolved };
}

/**
 * Forest risk layers by sigungu:
 * - fire-danger forecast (산불위험예보): `analdate, doname (province), sigun (sigungu), sigucode, meanavg,
 *   maxi, mini, d1..d4` — the index (0–100) today and for the next four days;
 * - landslide forecast (산사태예보): `LNLD_FRCST_NM` (주의보 caution / 경보 warning / 해제 lifted),
 *   `SGG_NM` (sigungu name, no province), `PREDC_ANLS_DT` (analysis time, KST).
 *
 * Regions: a code field wins; otherwise province + name through the region index. A bare name that
 * exists in two provinces (고성군: 강원 and 경남) is rejected with its candidates, never guessed.
 * Without a region index a record needs a code.
 */
import type { EventInput } from '../../../main/common/events.js';
import { regionFromCode, regionFromName, type ForestRegionLookup } from '../../../main/common/forest/region-lookup.js';
import { FOREST_STREAMS, type DangerIndex, type ForestRegion, type LandslideForecast, type LandslideLevel } from '../../../main/common/forest/types.js';
import type { Adapter, AdapterContext, Reject } from '../types.js';
import { jsonListPayload, parseKstFlexible } from './forest-common.js';
import { digest, isObject, numeric, text } from './its-common.js';

export const DANGER_SOURCE = 'kfs:fire-danger-forecast';
export const LANDSLIDE_SOURCE = 'kfs:landslide-forecast';

const CODE_FIELDS = ['sigucode', 'SGG_CD', 'SIGUNGU_CD', 'ADM_CD', 'ADMCD', 'LGDNG_CD', 'BJD_CD'];
const PROVINCE_FIELDS = ['doname', 'CTPRVN_NM', 'SIDO_NM', 'DO_NM'];

/** The sigungu of a record from a code field, else from province + name (needs the lookup). */
export function regionOfRecord(raw: Record<string, unknown>, nameField: string, lookup: ForestRegionLookup | undefined): ForestRegion | { reason: string } {
  const codeField = CODE_FIELDS.find((f) => text(raw[f]) !== null);
  const name = text(raw[nameField]);
  if (codeField) {
    const byCode = regionFromCode(text(raw[codeField])!, lookup);
    if (!('reason' in byCode)) return byCode;
    if (!lookup || !name) return { reason: `${codeField}: ${byCode.reason}` };
  }
  if (!name) return { reason: `${nameField} (sigungu name) missing` };
  if (!lookup) return { reason: `${nameField} ${name} has no code field and no region index is loaded to resolve it` };
  const provinceField = PROVINCE_FIELDS.find((f) => text(raw[f]) !== null);
  return regionFromName(provinceField ? text(raw[provinceField]) : null, name, lookup);
}

function index(raw: Record<string, unknown>, field: string, required: boolean): number | null | { reason: string } {
  const v = numeric(raw[field]);
  if (v === null) return required ? { reason: `${field} missing` } : null;
  if (Number.isNaN(v) || v < 0 || v > 100) return { reason: `${field} must be a danger index 0–100: ${JSON.stringify(raw[field])}` };
  return v;
}
const isReason = (v: unknown): v is { reason: string } => typeof v === 'object' && v !== null && 'reason' in v;

export function dangerRecord(lookup: ForestRegionLookup | undefined) {
  return (raw: unknown, _ctx: AdapterContext): EventInput | Reject => {
    if (!isObject(raw)) return { raw, reason: 'record is not an object' };
    const when = text(raw['analdate']);
    if (!when) return { raw, reason: 'analdate missing' };
    const analysedAt = parseKstFlexible(when);
    if (analysedAt === null) return { raw, reason: `analdate is not a KST date/time: ${JSON.stringify(raw['analdate'])}` };
    const values: Array<number | null> = [];
    for (const [f, req] of [['meanavg', true], ['maxi', true], ['mini', true], ['d1', false], ['d2', false], ['d3', false], ['d4', false]] as const) {
      const v = index(raw, f, req);
      if (isReason(v)) return { raw, reason: v.reason };
      values.push(v);
    }
    const [mean, max, min, ...days] = values as [number, number, number, ...Array<number | null>];
    if (!(min <= mean && mean <= max)) return { raw, reason: `expected mini ≤ meanavg ≤ maxi: ${min}, ${mean}, ${max}` };
    const region = regionOfRecord(raw, 'sigun', lookup);
    if ('reason' in region) return { raw, reason: region.reason };
    const props: DangerIndex = { region, analysedAt, mean, max, min, days };
    const key = `danger:${region.code}`;
    return {
      stream: FOREST_STREAMS.danger,
      id: `${key}:${analysedAt}:${digest(JSON.stringify(props))}`,
      key,
      kind: 'danger.index',
      op: 'upsert',
      ts: analysedAt,
      status: 'actual',
      geometry: null,
      props: { ...props },
      source: DANGER_SOURCE,
    };
  };
}

const LEVELS: Readonly<Record<string, LandslideLevel | 'lifted'>> = {
  주의보: 'caution', 산사태주의보: 'caution', caution: 'caution',
  경보: 'warning', 산사태경보: 'warning', warning: 'warning',
  해제: 'lifted', 산사태해제: 'lifted', lifted: 'lifted',
};

export function landslideRecord(lookup: ForestRegionLookup | undefined) {
  return (raw: unknown, _ctx: AdapterContext): EventInput | Reject => {
    if (!isObject(raw)) return { raw, reason: 'record is not an object' };
    const levelName = text(raw['LNLD_FRCST_NM']);
    if (!levelName) return { raw, reason: 'LNLD_FRCST_NM (forecast level) missing' };
    const level = LEVELS[levelName.replace(/\s+/g, '').toLowerCase()];
    if (!level) return { raw, reason: `LNLD_FRCST_NM must be 주의보, 경보 or 해제: ${JSON.stringify(raw['LNLD_FRCST_NM'])}` };
    const when = text(raw['PREDC_ANLS_DT']);
    if (!when) return { raw, reason: 'PREDC_ANLS_DT (analysis time) missing' };
    const analysedAt = parseKstFlexible(when);
    if (analysedAt === null) return { raw, reason: `PREDC_ANLS_DT is not a KST date-time: ${JSON.stringify(raw['PREDC_ANLS_DT'])}` };
    const region = regionOfRecord(raw, 'SGG_NM', lookup);
    if ('reason' in region) return { raw, reason: region.reason };
    const sigunguName = text(raw['SGG_NM']) ?? region.name ?? region.code;
    const key = `landslide:${region.code}`;
    const base = { stream: FOREST_STREAMS.landslide, key, ts: analysedAt, status: 'actual' as const, geometry: null, source: LANDSLIDE_SOURCE };
    if (level === 'lifted') {
      return { ...base, id: `${key}:${analysedAt}:lifted`, kind: 'landslide.forecast', op: 'remove', props: { levelName, sigunguName, region, analysedAt } };
    }
    const props: LandslideForecast = { level, levelName, sigunguName, region, analysedAt };
    return { ...base, id: `${key}:${analysedAt}:${level}`, kind: 'landslide.forecast', op: 'upsert', props: { ...props } };
  };
}

export function createDangerAdapter(lookup?: ForestRegionLookup): Adapter {
  const record = dangerRecord(lookup);
  return { id: 'fire-danger', record, payload: jsonListPayload(['fireDangerList', 'list'], record) };
}

export function createLandslideAdapter(lookup?: ForestRegionLookup): Adapter {
  const record = landslideRecord(lookup);
  return { id: 'landslide', record, payload: jsonListPayload(['landslideList', 'list'], record) };
}

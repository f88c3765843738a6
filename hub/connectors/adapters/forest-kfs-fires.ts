/**
 * Korea Forest Service fire list: `fireShowInfoList[]{frfrInfoId, frfrLctnXcrd (lon), frfrLctnYcrd (lat)
 * — coordinates as strings, frfrSttmnAddr, frfrFrngDtm (ignition, KST), frfrPrgrsStcd/frfrPrgrsStcdNm
 * (progress: 진화중, 진화완료 …), frfrStepIssuCd/frfrStepIssuNm (response stage), frfrPotfrRt
 * (containment %), lgdngCd (10-digit legal-dong code), potfrCmpleDtm (extinguished, KST)}`.
 *
 * One fire is one key (`kfs-fire:<frfrInfoId>`); every change (a new containment figure, a new stage)
 * is a new version id of that key, and a re-sent identical record the same id (a duplicate).
 */
import type { EventInput } from '../../../main/common/events.js';
import { regionFromCode, type ForestRegionLookup } from '../../../main/common/forest/region-lookup.js';
import { FOREST_STREAMS, type FireStatus, type KfsFireProps } from '../../../main/common/forest/types.js';
import type { Adapter, AdapterContext, Reject } from '../types.js';
import { parseKstFlexible, jsonListPayload } from './forest-common.js';
import { checkLonLat, digest, isObject, numeric, text } from './its-common.js';

export const KFS_FIRES_SOURCE = 'kfs:fireShowInfoList';

/** Progress names → status. 잔불 (smouldering remains being mopped up or watched) counts as contained. */
const STATUS_BY_NAME: Readonly<Record<string, FireStatus>> = {
  접수: 'detected', 신고접수: 'detected', 확인중: 'detected',
  진화중: 'burning', 진행중: 'burning',
  잔불정리: 'contained', 잔불정리중: 'contained', 잔불감시: 'contained', 잔불감시중: 'contained', 주불진화: 'contained',
  진화완료: 'extinguished', 산불외종료: 'extinguished', 종료: 'extinguished',
};

export function fireStatusOf(name: string | null): FireStatus {
  return name ? (STATUS_BY_NAME[name.replace(/\s+/g, '')] ?? 'unknown') : 'unknown';
}

function timeField(raw: Record<string, unknown>, field: string): { ts: number | null } | { reason: string } {
  const v = raw[field];
  if (v === undefined || v === null || v === '') return { ts: null };
  if (typeof v !== 'string') return { reason: `${field} is not text: ${JSON.stringify(v)}` };
  const ts = parseKstFlexible(v);
  return ts === null ? { reason: `${field} is not a KST date-time: ${JSON.stringify(v)}` } : { ts };
}

export function kfsFireRecord(lookup: ForestRegionLookup | undefined) {
  return (raw: unknown, ctx: AdapterContext): EventInput | Reject => {
    if (!isObject(raw)) return { raw, reason: 'record is not an object' };
    const id = text(raw['frfrInfoId']);
    if (!id) return { raw, reason: 'frfrInfoId missing' };
    const at = checkLonLat(raw['frfrLctnXcrd'], raw['frfrLctnYcrd'], 'frfrLctnXcrd', 'frfrLctnYcrd');
    if ('reason' in at) return { raw, reason: at.reason };
    const ignition = timeField(raw, 'frfrFrngDtm');
    if ('reason' in ignition) return { raw, reason: ignition.reason };
    if (ignition.ts === null) return { raw, reason: 'frfrFrngDtm (ignition time) missing' };
    const done = timeField(raw, 'potfrCmpleDtm');
    if ('reason' in done) return { raw, reason: done.reason };
    if (done.ts !== null && done.ts < ignition.ts) return { raw, reason: `potfrCmpleDtm is before frfrFrngDtm` };
    const pct = numeric(raw['frfrPotfrRt']);
    if (pct !== null && (Number.isNaN(pct) || pct < 0 || pct > 100)) return { raw, reason: `frfrPotfrRt (containment %) must be 0–100: ${JSON.stringify(raw['frfrPotfrRt'])}` };
    const code = text(raw['lgdngCd']);
    if (!code || !/^\d{10}$/.test(code)) return { raw, reason: `lgdngCd must be a 10-digit legal-dong code: ${JSON.stringify(raw['lgdngCd'])}` };
    const region = regionFromCode(code, lookup);
    if ('reason' in region) return { raw, reason: `lgdngCd: ${region.reason}` };
    const statusName = text(raw['frfrPrgrsStcdNm']);
    const props: KfsFireProps = {
      frfrInfoId: id,
      channel: 'kfs',
      lon: at.lon,
      lat: at.lat,
      address: text(raw['frfrSttmnAddr']),
      ignitedAt: ignition.ts,
      status: fireStatusOf(statusName),
      statusName,
      statusCode: text(raw['frfrPrgrsStcd']),
      responseStage: text(raw['frfrStepIssuNm']),
      responseStageCode: text(raw['frfrStepIssuCd']),
      containmentPct: pct,
      lgdngCd: code,
      region,
      extinguishedAt: done.ts,
    };
    const key = `kfs-fire:${id}`;
    return {
      stream: FOREST_STREAMS.fires,
      id: `${key}:${digest(JSON.stringify(props))}`,
      key,
      kind: 'fire',
      op: 'upsert',
      // The version's time: completion when done; else when this version was received (the list has no
      // update time), so the clustering knows the fire was still active then. The id does not depend on it.
      ts: done.ts ?? Math.max(ignition.ts, ctx.now),
      status: 'actual',
      geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
      props: { ...props },
      source: KFS_FIRES_SOURCE,
    };
  };
}

/** The adapter; with a region lookup the sigungu gets its names and unknown codes are rejected. */
export function createKfsFiresAdapter(lookup?: ForestRegionLookup): Adapter {
  const record = kfsFireRecord(lookup);
  return { id: 'kfs-fires', record, payload: jsonListPayload(['fireShowInfoList'], record) };
}

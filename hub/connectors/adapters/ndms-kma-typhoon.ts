/**
 * KMA typhoon bulletins (`TyphoonInfoService/getTyphoonInfo`) → `ndms.typhoons`. Item fields: typSeq,
 * tmFc (bulletin, yyyyMMddHHmm KST), typTm (position time), typLat, typLon, typLoc, typDir, typSp
 * (km/h), typPs (hPa), typWs (m/s), typ15 / typ25 (radius of 15 / 25 m/s winds, km), typName, typEn.
 * Key: the typhoon (year + number); each position time is a version. resultCode "03" = no typhoon.
 * Rejects: missing typSeq/typTm, latitude beyond the typhoon basin (0–60°N) or longitude beyond
 * 90–180°E (a swapped pair is named), pressure outside 850–1030 hPa, negative or absurd winds/radii.
 */
import type { EventInput } from '../../../main/common/events.js';
import { NDMS_STREAMS } from '../../../main/common/ndms/alerts.js';
import type { TyphoonProps } from '../../../main/common/ndms/hazards.js';
import type { Adapter, AdapterContext, Reject } from '../types.js';
import { isObject, text } from './its-common.js';
import { isReason, kmaPayload, parseKmaTime, ranged } from './kma-common.js';

export const KMA_TYPHOON_SOURCE = 'kma:TyphoonInfoService';

function record(raw: unknown, _ctx: AdapterContext): EventInput | Reject {
  if (!isObject(raw)) return { raw, reason: 'record is not an object' };
  const seq = ranged(raw['typSeq'], 'typSeq', 1, 99);
  if (isReason(seq)) return { raw, reason: seq.reason };
  const typTm = text(raw['typTm']);
  const ts = parseKmaTime(typTm);
  if (ts === null || !typTm) return { raw, reason: `typTm is not yyyyMMddHHmm: ${JSON.stringify(raw['typTm'])}` };
  const issuedAt = parseKmaTime(raw['tmFc']) ?? ts;
  const lat = ranged(raw['typLat'], 'typLat', 0, 60);
  const lon = ranged(raw['typLon'], 'typLon', 90, 180);
  if (isReason(lat) || isReason(lon)) {
    const la = Number(text(raw['typLat']));
    const lo = Number(text(raw['typLon']));
    const swapped = lo >= 0 && lo <= 60 && la >= 90 && la <= 180;
    return { raw, reason: swapped ? `coordinates look swapped: typLat=${la}, typLon=${lo}` : isReason(lat) ? lat.reason : (lon as { reason: string }).reason };
  }
  const fields = {
    pressureHpa: ranged(raw['typPs'], 'typPs (hPa)', 850, 1030, true),
    windMs: ranged(raw['typWs'], 'typWs (m/s)', 0, 120, true),
    radius15Km: ranged(raw['typ15'], 'typ15 (km)', 0, 2000, true),
    radius25Km: ranged(raw['typ25'], 'typ25 (km)', 0, 2000, true),
    speedKmh: ranged(raw['typSp'], 'typSp (km/h)', 0, 200, true),
  };
  for (const v of Object.values(fields)) if (isReason(v)) return { raw, reason: v.reason };
  const num = (v: number | null | { reason: string }): number | null => (isReason(v) ? null : v);
  const year = new Date(ts + 9 * 3600_000).getUTCFullYear();
  const props: TyphoonProps = {
    number: seq!,
    year,
    name: text(raw['typName']) ?? `제${seq}호`,
    nameEn: text(raw['typEn']),
    pressureHpa: num(fields.pressureHpa),
    windMs: num(fields.windMs),
    radius15Km: num(fields.radius15Km),
    radius25Km: num(fields.radius25Km),
    direction: text(raw['typDir']),
    speedKmh: num(fields.speedKmh),
    locText: text(raw['typLoc']),
    issuedAt,
  };
  const key = `kma-typhoon:${year}-${String(seq).padStart(2, '0')}`;
  return { stream: NDMS_STREAMS.typhoons, id: `${key}:${typTm}:${text(raw['tmFc']) ?? ''}`, key, kind: 'typhoon.position', op: 'upsert', ts, status: 'actual', geometry: { type: 'Point', coordinates: [lon!, lat!] }, props, source: KMA_TYPHOON_SOURCE };
}

export const kmaTyphoonAdapter: Adapter = { id: 'kma-typhoon', record, payload: (p, ctx) => kmaPayload(p, ctx, record) };

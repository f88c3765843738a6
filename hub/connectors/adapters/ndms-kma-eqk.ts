/**
 * KMA earthquake messages (`EqkInfoService/getEqkMsg`) → `ndms.quakes`. Item fields: cnt, fcTp, img,
 * inT, lat, loc, lon, mt, rem, stnId, tmEqk (yyyyMMddHHmmss KST), tmFc (yyyyMMddHHmm KST), tmSeq, dep.
 * Key: the quake (tmEqk); a revised message (new tmFc/tmSeq) is a new version.
 * Accepts overseas quakes (fcTp 2) anywhere on the globe. Rejects: missing or malformed tmEqk,
 * magnitude outside 0–10, depth outside 0–700 km, latitude beyond ±90 or longitude beyond ±180, and
 * a domestic message whose coordinates are outside Korea — with "swapped" as the reason when
 * exchanging them would put the point inside.
 */
import type { EventInput } from '../../../main/common/events.js';
import { NDMS_STREAMS } from '../../../main/common/ndms/alerts.js';
import type { QuakeProps } from '../../../main/common/ndms/hazards.js';
import type { Adapter, AdapterContext, Reject } from '../types.js';
import { isObject, KOREA_BOUNDS, text } from './its-common.js';
import { isReason, kmaPayload, parseKmaTime, ranged } from './kma-common.js';

export const KMA_EQK_SOURCE = 'kma:EqkInfoService';
const inKorea = (lon: number, lat: number) => lon >= KOREA_BOUNDS.minLon && lon <= KOREA_BOUNDS.maxLon && lat >= KOREA_BOUNDS.minLat && lat <= KOREA_BOUNDS.maxLat;

function record(raw: unknown, _ctx: AdapterContext): EventInput | Reject {
  if (!isObject(raw)) return { raw, reason: 'record is not an object' };
  const tmEqk = text(raw['tmEqk']);
  const ts = parseKmaTime(tmEqk);
  if (ts === null || !tmEqk) return { raw, reason: `tmEqk is not yyyyMMddHHmmss: ${JSON.stringify(raw['tmEqk'])}` };
  const fcTp = ranged(raw['fcTp'], 'fcTp', 0, 99);
  if (isReason(fcTp)) return { raw, reason: fcTp.reason };
  const lat = ranged(raw['lat'], 'lat', -90, 90);
  const lon = ranged(raw['lon'], 'lon', -180, 180);
  if (isReason(lat) || isReason(lon)) return { raw, reason: isReason(lat) ? `${lat.reason} (lat/lon swapped?)` : (lon as { reason: string }).reason };
  const mt = ranged(raw['mt'], 'mt (magnitude)', 0, 10);
  if (isReason(mt)) return { raw, reason: mt.reason };
  const dep = ranged(raw['dep'], 'dep (depth km)', 0, 700, true);
  if (isReason(dep)) return { raw, reason: dep.reason };
  const domestic = fcTp !== 2;
  if (domestic && !inKorea(lon!, lat!)) {
    return { raw, reason: inKorea(lat!, lon!) ? `coordinates look swapped: lat=${lat}, lon=${lon}` : `domestic quake outside Korea: lat=${lat}, lon=${lon}` };
  }
  const seq = ranged(raw['tmSeq'], 'tmSeq', 0, 1e9, true);
  const props: QuakeProps = {
    magnitude: mt!,
    depthKm: dep,
    loc: text(raw['loc']) ?? '',
    intensity: text(raw['inT']),
    noticeType: fcTp!,
    domestic,
    remark: text(raw['rem']),
    image: text(raw['img']),
    seq: isReason(seq) ? null : seq,
  };
  const version = `${text(raw['tmFc']) ?? ''}:${props.seq ?? ''}`;
  return { stream: NDMS_STREAMS.quakes, id: `kma-eqk:${tmEqk}:${version}`, key: `kma-eqk:${tmEqk}`, kind: 'quake', op: 'upsert', ts, status: 'actual', geometry: { type: 'Point', coordinates: [lon!, lat!] }, props, source: KMA_EQK_SOURCE };
}

export const kmaEqkAdapter: Adapter = { id: 'kma-eqk', record, payload: (p, ctx) => kmaPayload(p, ctx, record) };

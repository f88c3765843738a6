/**
 * NASA FIRMS active-fire CSV (https://firms.modaps.eosdis.nasa.gov), as satellite detections.
 * MODIS: `latitude,longitude,brightness,scan,track,acq_date,acq_time,satellite,instrument,confidence,
 * version,bright_t31,frp,daynight` with confidence 0–100. VIIRS: `bright_ti4`/`bright_ti5` instead of
 * `brightness`/`bright_t31`, confidence `l`/`n`/`h` (low, nominal, high). `acq_date` is the UTC date,
 * `acq_time` HHMM UTC without leading zeros ("512" = 05:12, "45" = 00:45).
 *
 * A detection never changes: key and id are the same (instrument, satellite, time, position).
 */
import type { EventInput } from '../../../main/common/events.js';
import { FOREST_STREAMS, type DetectionProps } from '../../../main/common/forest/types.js';
import type { Adapter, AdapterContext, ParseResult, Reject } from '../types.js';
import { collectUnique, parseCsv, parseFirmsTime, tooLarge } from './forest-common.js';
import { checkLonLat, digest, isObject, numeric, text } from './its-common.js';

export const FIRMS_SOURCE = 'nasa:firms';

/**
 * VIIRS confidence classes as a number on the MODIS scale, so one threshold filters both:
 * low → 20, nominal → 60, high → 90 (inside the MODIS bands FIRMS documents as low <30, nominal
 * 30–79, high ≥80).
 */
const VIIRS_CONFIDENCE: Readonly<Record<string, number>> = { l: 20, low: 20, n: 60, nominal: 60, h: 90, high: 90 };

function num(raw: Record<string, unknown>, field: string, required: boolean): number | null | { reason: string } {
  const v = numeric(raw[field]);
  if (v === null) return required ? { reason: `${field} missing` } : null;
  if (Number.isNaN(v)) return { reason: `${field} is not a number: ${JSON.stringify(raw[field])}` };
  return v;
}
const bad = (v: number | null | { reason: string }): v is { reason: string } => typeof v === 'object' && v !== null;

function record(raw: unknown, _ctx: AdapterContext): EventInput | Reject {
  if (!isObject(raw)) return { raw, reason: 'record is not an object' };
  const viirs = 'bright_ti4' in raw;
  const at = checkLonLat(raw['longitude'], raw['latitude'], 'longitude', 'latitude');
  if ('reason' in at) return { raw, reason: at.reason };
  const date = text(raw['acq_date']);
  const time = text(raw['acq_time']);
  if (!date || !time) return { raw, reason: `${date ? 'acq_time' : 'acq_date'} missing` };
  const ts = parseFirmsTime(date, time);
  if (ts === null) return { raw, reason: `acq_date/acq_time is not YYYY-MM-DD + HHMM (UTC): ${JSON.stringify(date)} ${JSON.stringify(time)}` };
  const brightness = num(raw, viirs ? 'bright_ti4' : 'brightness', true);
  if (bad(brightness)) return { raw, reason: brightness.reason };
  if (brightness! < 200 || brightness! > 600) return { raw, reason: `brightness temperature out of range (200–600 K): ${brightness}` };
  const scan = num(raw, 'scan', true);
  if (bad(scan)) return { raw, reason: scan.reason };
  const track = num(raw, 'track', true);
  if (bad(track)) return { raw, reason: track.reason };
  if (scan! <= 0 || scan! > 10 || track! <= 0 || track! > 10) return { raw, reason: `scan/track pixel size out of range (0–10 km): ${scan}, ${track}` };
  const frp = num(raw, 'frp', false);
  if (bad(frp)) return { raw, reason: frp.reason };
  const confRaw = text(raw['confidence']);
  if (!confRaw) return { raw, reason: 'confidence missing' };
  let confidence: number;
  if (viirs) {
    const c = VIIRS_CONFIDENCE[confRaw.toLowerCase()];
    if (c === undefined) return { raw, reason: `VIIRS confidence must be l, n or h: ${JSON.stringify(raw['confidence'])}` };
    confidence = c;
  } else {
    const c = numeric(confRaw);
    if (c === null || Number.isNaN(c) || c < 0 || c > 100) return { raw, reason: `MODIS confidence must be 0–100: ${JSON.stringify(raw['confidence'])}` };
    confidence = c;
  }
  const dn = text(raw['daynight']);
  if (dn !== null && dn !== 'D' && dn !== 'N') return { raw, reason: `daynight must be D or N: ${JSON.stringify(raw['daynight'])}` };
  const instrument = text(raw['instrument']) ?? (viirs ? 'VIIRS' : 'MODIS');
  const satellite = text(raw['satellite']);
  const sourceRecord: Record<string, unknown> = { ...raw };
  const props: DetectionProps = {
    channel: 'satellite',
    lon: at.lon,
    lat: at.lat,
    detectedAt: ts,
    confidence,
    // Half the larger pixel side: the fire is somewhere inside the pixel, not at its centre.
    footprintM: (Math.max(scan!, track!) * 1000) / 2,
    frpMw: frp,
    sensor: `${instrument}${satellite ? ` ${satellite}` : ''}`,
    sourceRecord,
  };
  const key = `firms:${digest(instrument, satellite, ts, Math.round(at.lon * 1e4), Math.round(at.lat * 1e4))}`;
  return {
    stream: FOREST_STREAMS.detections,
    id: key,
    key,
    kind: 'detection.satellite',
    op: 'upsert',
    ts,
    status: 'actual',
    geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
    props: { ...props },
    source: FIRMS_SOURCE,
  };
}

const MODIS_REQUIRED = ['latitude', 'longitude', 'brightness', 'scan', 'track', 'acq_date', 'acq_time', 'confidence'];
const VIIRS_REQUIRED = ['latitude', 'longitude', 'bright_ti4', 'scan', 'track', 'acq_date', 'acq_time', 'confidence'];

function payload(textIn: string, ctx: AdapterContext): ParseResult {
  const big = tooLarge(textIn);
  if (big) return big;
  const csv = parseCsv(textIn);
  const required = csv.header.includes('bright_ti4') ? VIIRS_REQUIRED : MODIS_REQUIRED;
  const missing = required.filter((h) => !csv.header.includes(h));
  if (missing.length > 0) {
    const message = `not a FIRMS CSV: header lacks ${missing.join(', ')}`;
    return { events: [], rejects: [{ raw: textIn.slice(0, 1024), reason: message }], upstream: { kind: 'error', message } };
  }
  const out = collectUnique(csv.rows, record, ctx);
  for (const b of csv.bad) out.rejects.push({ raw: b.raw, reason: b.reason });
  return out;
}

export const firmsAdapter: Adapter = { id: 'firms', record, payload };

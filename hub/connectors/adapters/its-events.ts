/**
 * ITS open API `eventInfo`: incidents (accidents, construction, weather, disasters, other) with
 * `type, eventType, eventDetailType, startDate, endDate (yyyyMMddHHmmss KST, '' while open),
 * coordX (lon), coordY (lat), linkId, roadName, roadNo, roadDrcType, lanesBlockType (0 none,
 * 1 shoulder, 2 partial, 3 full), lanesBlocked, message`. eventType comes as a code (acc, cor,
 * wea, ete, dis, etc) or as its Korean name.
 *
 * The feed has no event id, so the key is a hash of what identifies an incident (type, start, link,
 * position); the version id adds the rest of the normalised record, so a repeated item is a
 * duplicate and a changed one (an end date, more lanes blocked) a new version of the same key.
 */
import type { EventInput } from '../../../main/common/events.js';
import { LANES_BLOCK, type IncidentKind, type IncidentProps } from '../../../main/common/its/types.js';
import { parseKstCompact } from '../kst.js';
import type { Adapter, AdapterContext, Reject } from '../types.js';
import { checkLonLat, digest, envelopePayload, isObject, numeric, text } from './its-common.js';

export const ITS_EVENTS_SOURCE = 'its-openapi:eventInfo';

/** eventType codes and Korean names → incident kind. ete = 기타돌발 (debris, broken-down car ...). */
const EVENT_TYPES: Readonly<Record<string, IncidentKind>> = {
  acc: 'accident', 사고: 'accident', 교통사고: 'accident',
  cor: 'construction', 공사: 'construction',
  wea: 'weather', 기상: 'weather',
  dis: 'disaster', 재난: 'disaster',
  ete: 'other', 기타돌발: 'other', 돌발: 'other',
  etc: 'other', 기타: 'other',
};

export function incidentKindOf(eventType: string): IncidentKind | null {
  return EVENT_TYPES[eventType.trim().toLowerCase()] ?? EVENT_TYPES[eventType.trim()] ?? null;
}

function record(raw: unknown, _ctx: AdapterContext): EventInput | Reject {
  if (!isObject(raw)) return { raw, reason: 'record is not an object' };
  const eventType = text(raw['eventType']);
  if (!eventType) return { raw, reason: 'eventType missing' };
  const kind = incidentKindOf(eventType);
  if (!kind) return { raw, reason: `unknown eventType ${JSON.stringify(raw['eventType'])} (expected acc, cor, wea, ete, dis, etc or their Korean names)` };
  const start = text(raw['startDate']);
  if (!start) return { raw, reason: 'startDate missing' };
  const startTs = parseKstCompact(start);
  if (startTs === null) return { raw, reason: `startDate is not yyyyMMddHHmmss: ${JSON.stringify(raw['startDate'])}` };
  const end = text(raw['endDate']);
  const endTs = end === null ? null : parseKstCompact(end);
  if (end !== null && endTs === null) return { raw, reason: `endDate is not yyyyMMddHHmmss: ${JSON.stringify(raw['endDate'])}` };
  if (endTs !== null && endTs < startTs) return { raw, reason: `endDate ${end} is before startDate ${start}` };
  const at = checkLonLat(raw['coordX'], raw['coordY'], 'coordX', 'coordY');
  if ('reason' in at) return { raw, reason: at.reason };
  const blockRaw = numeric(raw['lanesBlockType']);
  if (blockRaw !== null && (Number.isNaN(blockRaw) || !Number.isInteger(blockRaw) || blockRaw < 0 || blockRaw > 3)) {
    return { raw, reason: `lanesBlockType must be 0–3: ${JSON.stringify(raw['lanesBlockType'])}` };
  }
  const messageRaw = raw['message'];
  if (messageRaw !== undefined && messageRaw !== null && typeof messageRaw !== 'string') return { raw, reason: `message is not text: ${JSON.stringify(messageRaw)}` };
  const linkId = text(raw['linkId']);
  const props: IncidentProps = {
    kind,
    eventType,
    eventDetailType: text(raw['eventDetailType']),
    type: text(raw['type']),
    startTs,
    endTs,
    linkId,
    roadName: text(raw['roadName']),
    roadNo: text(raw['roadNo']),
    roadDrcType: text(raw['roadDrcType']),
    lanesBlock: LANES_BLOCK[blockRaw ?? 0]!,
    lanesBlocked: text(raw['lanesBlocked']),
    message: typeof messageRaw === 'string' ? messageRaw.trim() : '',
  };
  // Positions rounded to ~1 m so a re-sent item with more decimals is the same incident.
  const key = `its-event:${digest(kind, start, linkId, Math.round(at.lon * 1e5), Math.round(at.lat * 1e5))}`;
  return {
    stream: 'its.events',
    id: `${key}:${digest(JSON.stringify(props))}`,
    key,
    kind: `incident.${kind}`,
    op: 'upsert',
    ts: startTs,
    status: 'actual',
    geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
    props: { ...props },
    source: ITS_EVENTS_SOURCE,
  };
}

export const itsEventsAdapter: Adapter = { id: 'its-events', record, payload: envelopePayload(record) };

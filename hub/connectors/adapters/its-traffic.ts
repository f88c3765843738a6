/**
 * ITS open API `trafficInfo`: one item per link and 5-minute interval,
 * `roadName, roadDrcType, linkNo, linkId, startNodeId, endNodeId, speed (km/h), travelTime (s),
 * createdDate (yyyyMMddHHmmss, KST)`. No geometry: the client joins on `linkId` (the standard
 * node-link network or the schematic one). Stream `its.traffic`, key = linkId; the same link and
 * createdDate always give the same id, so a repeated poll is a duplicate, not a new version.
 */
import type { EventInput } from '../../../main/common/events.js';
import { congestionClass } from '../../../main/common/its/congestion.js';
import type { TrafficProps } from '../../../main/common/its/types.js';
import { parseKstCompact } from '../kst.js';
import type { Adapter, AdapterContext, Reject } from '../types.js';
import { envelopePayload, isObject, numeric, text } from './its-common.js';

export const ITS_TRAFFIC_SOURCE = 'its-openapi:trafficInfo';
/** Above this a reported speed is a sensor or typing error, not traffic. */
export const MAX_PLAUSIBLE_KMH = 250;
const LINK_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** Free-flow speed of a link, for the congestion class; null when unknown. */
export type FreeFlowLookup = (linkId: string, roadName: string | null) => number | null;

/**
 * Without the road network the hub knows a link's free-flow speed only from its name or id:
 * expressways (고속도로/고속국도, schematic `EX…` links) are taken as 100 km/h; other links get no
 * class here. Clients, which load the network, classify every link with its own free-flow speed.
 */
export const freeFlowByRoadName: FreeFlowLookup = (linkId, roadName) => (/^EX\d{4}-/.test(linkId) || (roadName !== null && /고속(도로|국도)/.test(roadName)) ? 100 : null);

export function createItsTrafficAdapter(freeFlow: FreeFlowLookup = freeFlowByRoadName): Adapter {
  const record = (raw: unknown, _ctx: AdapterContext): EventInput | Reject => {
    if (!isObject(raw)) return { raw, reason: 'record is not an object' };
    const linkId = text(raw['linkId']);
    if (!linkId) return { raw, reason: 'linkId missing' };
    if (!LINK_ID.test(linkId)) return { raw, reason: `linkId is not an id: ${JSON.stringify(raw['linkId'])}` };
    const speed = numeric(raw['speed']);
    if (speed === null) return { raw, reason: 'speed missing' };
    if (Number.isNaN(speed)) return { raw, reason: `speed is not a number: ${JSON.stringify(raw['speed'])}` };
    if (speed < 0 || speed > MAX_PLAUSIBLE_KMH) return { raw, reason: `speed out of range 0–${MAX_PLAUSIBLE_KMH} km/h: ${speed}` };
    const travel = numeric(raw['travelTime']);
    if (travel !== null && (Number.isNaN(travel) || travel < 0)) return { raw, reason: `travelTime is not a non-negative number: ${JSON.stringify(raw['travelTime'])}` };
    const created = text(raw['createdDate']);
    if (!created) return { raw, reason: 'createdDate missing' };
    const ts = parseKstCompact(created);
    if (ts === null) return { raw, reason: `createdDate is not yyyyMMddHHmmss: ${JSON.stringify(raw['createdDate'])}` };
    const roadName = text(raw['roadName']);
    const ff = freeFlow(linkId, roadName);
    const props: TrafficProps = {
      linkId,
      speedKmh: speed,
      travelTimeS: travel,
      congestion: ff === null ? null : congestionClass(speed, ff),
      roadName,
      roadDrcType: text(raw['roadDrcType']),
      startNodeId: text(raw['startNodeId']),
      endNodeId: text(raw['endNodeId']),
    };
    return {
      stream: 'its.traffic',
      id: `its-traffic:${linkId}:${created}`,
      key: linkId,
      kind: 'link.speed',
      op: 'upsert',
      ts,
      status: 'actual',
      geometry: null,
      props: { ...props },
      source: ITS_TRAFFIC_SOURCE,
    };
  };
  return { id: 'its-traffic', record, payload: envelopePayload(record) };
}

export const itsTrafficAdapter: Adapter = createItsTrafficAdapter();

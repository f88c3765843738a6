/**
 * ITS open API `cctvInfo`: `{response:{coordtype, datacount, data:[{roadsectionid, coordx, coordy,
 * cctvresolution, filecreatetime, cctvtype (1 live HLS, 2 video file, 3 still), cctvformat,
 * cctvname, cctvurl}]}}`. Errors arrive like the other endpoints, as a `header` with a non-zero
 * resultCode inside an HTTP 200. A camera's key is its name and position (stream URLs carry
 * rotating tokens, so they are not part of it); the version id covers the whole record.
 */
import type { EventInput } from '../../../main/common/events.js';
import { CCTV_TYPES, type CctvProps } from '../../../main/common/its/types.js';
import { parseKstCompact } from '../kst.js';
import type { Adapter, AdapterContext, ParseResult, Reject } from '../types.js';
import { checkLonLat, collect, digest, isObject, parseJson, statusOf, text } from './its-common.js';

export const ITS_CCTV_SOURCE = 'its-openapi:cctvInfo';

function record(raw: unknown, ctx: AdapterContext): EventInput | Reject {
  if (!isObject(raw)) return { raw, reason: 'record is not an object' };
  const name = text(raw['cctvname']);
  if (!name) return { raw, reason: 'cctvname missing' };
  const typeCode = text(raw['cctvtype']);
  if (!typeCode) return { raw, reason: 'cctvtype missing' };
  const kind = (CCTV_TYPES as Record<string, CctvProps['kind'] | undefined>)[typeCode];
  if (!kind) return { raw, reason: `cctvtype must be 1 (live HLS), 2 (video file) or 3 (still): ${JSON.stringify(raw['cctvtype'])}` };
  const url = text(raw['cctvurl']);
  if (!url) return { raw, reason: 'cctvurl missing' };
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return { raw, reason: `cctvurl is not a URL: ${JSON.stringify(url)}` };
  }
  if (parsedUrl.protocol !== 'http:' && parsedUrl.protocol !== 'https:') return { raw, reason: `cctvurl must be http(s): ${parsedUrl.protocol}` };
  const at = checkLonLat(raw['coordx'], raw['coordy'], 'coordx', 'coordy');
  if ('reason' in at) return { raw, reason: at.reason };
  const created = text(raw['filecreatetime']);
  const fileTs = created === null ? null : parseKstCompact(created);
  if (created !== null && fileTs === null) return { raw, reason: `filecreatetime is not yyyyMMddHHmmss: ${JSON.stringify(raw['filecreatetime'])}` };
  const props: CctvProps = {
    name,
    kind,
    url,
    format: text(raw['cctvformat']),
    resolution: text(raw['cctvresolution']),
    roadSectionId: text(raw['roadsectionid']),
    fileCreatedTs: fileTs,
  };
  const key = `its-cctv:${digest(name, Math.round(at.lon * 1e5), Math.round(at.lat * 1e5))}`;
  return {
    stream: 'its.cctv',
    id: `${key}:${digest(JSON.stringify(props))}`,
    key,
    kind: `cctv.${kind}`,
    op: 'upsert',
    // A camera list has no time of its own except a still's file time; otherwise the time of receipt.
    ts: fileTs ?? ctx.now,
    status: 'actual',
    geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
    props: { ...props },
    source: ITS_CCTV_SOURCE,
  };
}

function payload(textIn: string, ctx: AdapterContext): ParseResult {
  const parsed = parseJson(textIn);
  if ('result' in parsed) return parsed.result;
  const doc = parsed.doc;
  if (isObject(doc) && isObject(doc['header'])) {
    const status = statusOf(doc['header']);
    if (status.kind !== 'ok') return { events: [], rejects: [], upstream: status };
  }
  const response = isObject(doc) ? doc['response'] : undefined;
  if (!isObject(response)) return { events: [], rejects: [{ raw: doc, reason: 'not a cctvInfo response: no response object' }], upstream: { kind: 'error', message: 'no response object' } };
  const data = response['data'];
  if (data === undefined || data === null || data === '') return { events: [], rejects: [], upstream: { kind: 'ok' } };
  if (isObject(data)) return collect([data], record, ctx);
  if (!Array.isArray(data)) return { events: [], rejects: [{ raw: data, reason: 'response.data is not a list' }], upstream: { kind: 'ok' } };
  return collect(data, record, ctx);
}

export const itsCctvAdapter: Adapter = { id: 'its-cctv', record, payload };

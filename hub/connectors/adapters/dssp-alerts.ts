/**
 * Disaster text (cell-broadcast) alerts, safetydata.go.kr `V2/api/DSSP-IF-00247`.
 * Envelope `{header:{resultCode,resultMsg,errorMsg}, numOfRows, pageNo, totalCount, body:[…]|null}`;
 * item `SN, CRT_DT (KST "YYYY/MM/DD HH:MM:SS"), MSG_CN, RCPTN_RGN_NM, EMRG_STEP_NM, DST_SE_NM,
 * REG_YMD, MDFCN_YMD`. One alert is one key; a modified alert (new MDFCN_YMD) is a new version.
 *
 * Accepts: SN as number or digit string; CRT_DT with "/" or "-"; region lists with trailing spaces,
 * full-width commas and repeats. Rejects: non-objects, missing/non-numeric SN, malformed CRT_DT,
 * empty MSG_CN or RCPTN_RGN_NM, an EMRG_STEP_NM other than the three steps (when present).
 * Region resolution: with a resolver (the CLI and the core pass the region index) every part is
 * resolved; parts that do not resolve (unknown, ambiguous bare names) are listed in
 * `props.unresolved`, and the record is quarantined only when none of its parts resolves (an alert
 * nobody can place on the map must be looked at by a person). Without a resolver (the hub, which has
 * no geo-data) `props.regions` is null and the core resolves on arrival.
 */
import type { EventInput } from '../../../main/common/events.js';
import { type AlertProps, type AlertRegionResolver, isAlertLevel, LEVEL_SEVERITY, NDMS_STREAMS, resolveRegionList, splitRegionList } from '../../../main/common/ndms/alerts.js';
import { parseKstDateTime } from '../kst.js';
import type { Adapter, AdapterContext, ParseResult, Reject } from '../types.js';
import { MAX_PAYLOAD_CHARS } from './its-common.js';

export const DSSP_SOURCE = 'safetydata:DSSP-IF-00247';
/** data.go.kr style codes meaning "too many requests". */
const QUOTA_CODES = new Set(['22', '4001']);
/** Longest message kept; real CBS texts are at most a few hundred characters. */
const MAX_MESSAGE_CHARS = 4000;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);

/** Options: a region resolver enables resolution and the "nothing resolves" quarantine. */
export interface DsspAdapterOptions {
  resolver?: AlertRegionResolver;
}

export function createDsspAlertsAdapter(opts: DsspAdapterOptions = {}): Adapter {
  function record(raw: unknown, _ctx: AdapterContext): EventInput | Reject {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { raw, reason: 'record is not an object' };
    const r = raw as Record<string, unknown>;
    const sn = str(r['SN'])?.trim();
    if (!sn || !/^\d{1,15}$/.test(sn)) return { raw, reason: `SN missing or not a number: ${JSON.stringify(r['SN'])}` };
    const created = str(r['CRT_DT']);
    const ts = created ? parseKstDateTime(created) : null;
    if (ts === null || !created) return { raw, reason: `CRT_DT is not "YYYY/MM/DD HH:MM:SS": ${JSON.stringify(r['CRT_DT'])}` };
    const message = typeof r['MSG_CN'] === 'string' ? r['MSG_CN'].trim() : '';
    if (!message) return { raw, reason: 'MSG_CN (message text) missing or not a string' };
    if (message.length > MAX_MESSAGE_CHARS) return { raw, reason: `MSG_CN is ${message.length} characters, over ${MAX_MESSAGE_CHARS}` };
    const regionTexts = typeof r['RCPTN_RGN_NM'] === 'string' ? splitRegionList(r['RCPTN_RGN_NM']) : [];
    if (regionTexts.length === 0) return { raw, reason: 'RCPTN_RGN_NM (target regions) missing' };
    const step = str(r['EMRG_STEP_NM'])?.trim() ?? '';
    if (step !== '' && !isAlertLevel(step)) return { raw, reason: `EMRG_STEP_NM ${JSON.stringify(step)} is not 위급재난/긴급재난/안전안내` };
    const level = isAlertLevel(step) ? step : null;
    let regions: AlertProps['regions'] = null;
    let unresolved: AlertProps['unresolved'] = [];
    if (opts.resolver) {
      const res = resolveRegionList(regionTexts, opts.resolver);
      if (res.regions.length === 0) return { raw, reason: `no target region resolves: ${res.unresolved.map((u) => `"${u.text}" (${u.reason})`).join(', ')}` };
      regions = res.regions;
      unresolved = res.unresolved;
    }
    const modified = str(r['MDFCN_YMD'])?.trim() || created.trim();
    const props: AlertProps & Record<string, unknown> = {
      origin: 'dssp',
      message,
      level,
      severity: level ? LEVEL_SEVERITY[level] : 'unknown',
      disasterType: str(r['DST_SE_NM'])?.trim() || null,
      regionTexts,
      regions,
      unresolved,
      sn: Number(sn),
      createdKst: created.trim(),
    };
    return { stream: NDMS_STREAMS.alerts, id: `dssp:${sn}:${modified}`, key: `dssp:${sn}`, kind: 'alert.cbs', op: 'upsert', ts, status: 'actual', geometry: null, props, source: DSSP_SOURCE };
  }

  function payload(text: string, ctx: AdapterContext): ParseResult {
    if (text.length > MAX_PAYLOAD_CHARS) return { events: [], rejects: [{ raw: text.slice(0, 200), reason: `payload is ${text.length} characters, over the ${MAX_PAYLOAD_CHARS} limit` }], upstream: { kind: 'error', message: 'oversized payload' } };
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      return { events: [], rejects: [{ raw: text, reason: `malformed JSON: ${err instanceof Error ? err.message : String(err)}` }], upstream: { kind: 'error', message: 'malformed JSON' } };
    }
    const d = (typeof doc === 'object' && doc !== null ? doc : {}) as { header?: { resultCode?: unknown; resultMsg?: unknown; errorMsg?: unknown }; body?: unknown };
    const code = str(d.header?.resultCode);
    if (code === null) return { events: [], rejects: [{ raw: doc, reason: 'no header.resultCode' }], upstream: { kind: 'error', message: 'no header.resultCode' } };
    if (code !== '00') {
      const message = `resultCode ${code}: ${str(d.header?.resultMsg) ?? ''} ${str(d.header?.errorMsg) ?? ''}`.trim();
      return { events: [], rejects: [], upstream: QUOTA_CODES.has(code) ? { kind: 'quota', message } : { kind: 'error', message } };
    }
    if (!Array.isArray(d.body)) return { events: [], rejects: d.body == null ? [] : [{ raw: d.body, reason: 'body is not an array' }], upstream: { kind: 'ok' } };
    const out: ParseResult = { events: [], rejects: [], upstream: { kind: 'ok' } };
    const seen = new Set<string>();
    for (const item of d.body) {
      const r = record(item, ctx);
      if (!('stream' in r)) out.rejects.push(r);
      else if (seen.has(r.id)) out.rejects.push({ raw: item, reason: `duplicate of ${r.id} in the same page` });
      else {
        seen.add(r.id);
        out.events.push(r);
      }
    }
    return out;
  }

  return { id: 'dssp-alerts', record, payload };
}

/** The registered adapter (no region index in the hub: regions resolved by the core). */
export const dsspAlertsAdapter: Adapter = createDsspAlertsAdapter();

/**
 * Disaster text (cell-broadcast) alerts, safetydata.go.kr `V2/api/DSSP-IF-00247`.
 * Envelope `{header:{resultCode,resultMsg,errorMsg}, numOfRows, pageNo, totalCount, body:[…]|null}`;
 * item `SN, CRT_DT (KST "YYYY/MM/DD HH:MM:SS"), MSG_CN, RCPTN_RGN_NM, EMRG_STEP_NM, DST_SE_NM,
 * REG_YMD, MDFCN_YMD`. One alert is one key; a modified alert (new MDFCN_YMD) is a new version.
 */
import type { EventInput } from '../../../main/common/events.js';
import { parseKstDateTime } from '../kst.js';
import type { Adapter, AdapterContext, ParseResult, Reject } from '../types.js';

export const DSSP_SOURCE = 'safetydata:DSSP-IF-00247';
const LEVELS = ['위급재난', '긴급재난', '안전안내'] as const;
/** data.go.kr style codes meaning "too many requests". */
const QUOTA_CODES = new Set(['22', '4001']);

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

function record(raw: unknown, _ctx: AdapterContext): EventInput | Reject {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { raw, reason: 'record is not an object' };
  const r = raw as Record<string, unknown>;
  const sn = str(r['SN']);
  if (!sn || !/^\d+$/.test(sn.trim())) return { raw, reason: `SN missing or not a number: ${JSON.stringify(r['SN'])}` };
  const created = str(r['CRT_DT']);
  const ts = created ? parseKstDateTime(created) : null;
  if (ts === null) return { raw, reason: `CRT_DT is not "YYYY/MM/DD HH:MM:SS": ${JSON.stringify(r['CRT_DT'])}` };
  const message = str(r['MSG_CN'])?.trim();
  if (!message) return { raw, reason: 'MSG_CN (message text) missing' };
  const regions = (str(r['RCPTN_RGN_NM']) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (regions.length === 0) return { raw, reason: 'RCPTN_RGN_NM (target regions) missing' };
  const level = str(r['EMRG_STEP_NM'])?.trim() ?? '';
  const modified = str(r['MDFCN_YMD'])?.trim() || created!;
  return {
    stream: 'ndms.alerts',
    id: `dssp:${sn.trim()}:${modified}`,
    key: `dssp:${sn.trim()}`,
    kind: 'alert.cbs',
    op: 'upsert',
    ts,
    status: 'actual',
    geometry: null,
    props: {
      sn: Number(sn),
      message,
      regions,
      level: (LEVELS as readonly string[]).includes(level) ? level : level || null,
      disasterType: str(r['DST_SE_NM'])?.trim() ?? null,
      createdKst: created,
    },
    source: DSSP_SOURCE,
  };
}

function payload(text: string, ctx: AdapterContext): ParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { events: [], rejects: [{ raw: text, reason: `malformed JSON: ${err instanceof Error ? err.message : String(err)}` }], upstream: { kind: 'error', message: 'malformed JSON' } };
  }
  const d = doc as { header?: { resultCode?: unknown; resultMsg?: unknown; errorMsg?: unknown }; body?: unknown };
  const code = str(d?.header?.resultCode);
  if (code === null) return { events: [], rejects: [{ raw: doc, reason: 'no header.resultCode' }], upstream: { kind: 'error', message: 'no header.resultCode' } };
  if (code !== '00') {
    const message = `resultCode ${code}: ${str(d.header?.resultMsg) ?? ''} ${str(d.header?.errorMsg) ?? ''}`.trim();
    return { events: [], rejects: [], upstream: QUOTA_CODES.has(code) ? { kind: 'quota', message } : { kind: 'error', message } };
  }
  if (!Array.isArray(d.body)) return { events: [], rejects: d.body == null ? [] : [{ raw: d.body, reason: 'body is not an array' }], upstream: { kind: 'ok' } };
  const out: ParseResult = { events: [], rejects: [], upstream: { kind: 'ok' } };
  for (const item of d.body) {
    const r = record(item, ctx);
    if ('stream' in r) out.events.push(r);
    else out.rejects.push(r);
  }
  return out;
}

export const dsspAlertsAdapter: Adapter = { id: 'dssp-alerts', record, payload };

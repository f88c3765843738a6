/**
 * OASIS CAP 1.2 XML documents (the Korean profile included) → `ndms.alerts`. One document is one
 * event; an Update replaces, and a Cancel removes, the alert its `references` names (key = sender +
 * identifier of the first referenced alert). Parsing is strict and safe (see main/common/ndms/xml-lite):
 * size cap first, DOCTYPE/ENTITY refused, no entity expansion.
 *
 * Accepts: several info blocks (the Korean one, `ko*`, gives the message; else the first), polygons
 * and circles (→ GeoJSON geometry), geocodes with 10-digit 행정구역코드 (sigungu; "NN00000000" a
 * province). Rejects with the reason: oversized, not well-formed, DTD/entities, wrong namespace,
 * missing required elements, bad enumerations, open or too short polygons, out-of-range points,
 * `sent` without an offset, status Draft or System (not alerts), and — with a resolver — a document
 * none of whose geocodes resolves and that carries no polygon or circle either.
 */
import type { EventInput, EventStatus } from '../../../main/common/events.js';
import { type AlertProps, type AlertRegionResolver, levelForSeverity, NDMS_STREAMS, type ResolvedRegion, type UnresolvedRegion } from '../../../main/common/ndms/alerts.js';
import { capAreasGeometry } from '../../../main/common/ndms/cap-geometry.js';
import { type CapAlert, type CapInfo, capTimeToMs, KOREAN_EVENT_CODE_NAME, KOREAN_GEOCODE_NAME } from '../../../main/common/ndms/cap-model.js';
import { parseCap } from '../../../main/common/ndms/cap-parse.js';
import type { RegionRef } from '../../../main/common/region-types.js';
import type { Adapter, AdapterContext, ParseResult, Reject } from '../types.js';

export const CAP_SOURCE = 'cap:xml';

/** Geocode resolution: the region index satisfies this. */
export interface CapRegionResolver extends AlertRegionResolver {
  sigunguByCode10(code: string): { sido: RegionRef; sigungu: RegionRef } | null;
  card(level: 'sido', code: string): { name: string; nameEn: string; code: string | null; sgisCode: string } | null;
}

export interface CapAdapterOptions {
  resolver?: CapRegionResolver;
}

const STATUS: Readonly<Record<string, EventStatus | undefined>> = { Actual: 'actual', Exercise: 'exercise', Test: 'test' };

/** The info block whose text is the message: Korean first, then the first one. */
export function primaryInfo(alert: CapAlert): CapInfo | undefined {
  return alert.info.find((i) => /^ko\b/i.test(i.language)) ?? alert.info[0];
}

/** "sender,identifier,sent" entries → the key of the first referenced alert. */
function referencedKey(refs: string | undefined): string | null {
  const first = refs?.trim().split(/\s+/)[0];
  const parts = first?.split(',');
  return parts && parts.length >= 2 && parts[0] && parts[1] ? `cap:${parts[0]}:${parts[1]}` : null;
}

/** The primary info block's geocodes → regions (`NN00000000` a province, else the sigungu of the first five digits). */
export function resolveGeocodes(info: CapInfo | undefined, r: CapRegionResolver): { regions: ResolvedRegion[]; unresolved: UnresolvedRegion[] } {
  const regions: ResolvedRegion[] = [];
  const unresolved: UnresolvedRegion[] = [];
  for (const g of (info?.area ?? []).flatMap((a) => a.geocode)) {
    if (g.valueName !== KOREAN_GEOCODE_NAME && !/^\d{10}$/.test(g.value)) continue;
    const text = g.value;
    const sidoOnly = /^(\d{2})0{8}$/.exec(g.value);
    if (sidoOnly) {
      const c = r.card('sido', sidoOnly[1]!);
      if (c?.code) {
        const ref = { name: c.name, nameEn: c.nameEn, code: c.code, sgisCode: c.sgisCode };
        regions.push({ text, level: 'sido', region: ref, sido: ref });
        continue;
      }
    } else if (/^\d{10}$/.test(g.value)) {
      const s = r.sigunguByCode10(g.value);
      if (s) {
        regions.push({ text, level: 'sigungu', region: s.sigungu, sido: s.sido });
        continue;
      }
    }
    unresolved.push({ text, reason: `geocode ${JSON.stringify(g.value)} is not a known 10-digit 행정구역코드`, candidates: [] });
  }
  const seen = new Set<string>();
  return { regions: regions.filter((x) => !seen.has(`${x.level}:${x.region.code}`) && seen.add(`${x.level}:${x.region.code}`)), unresolved };
}

/** One CAP alert model → an event or a rejection. Exported for the round-trip tests and the core. */
export function capAlertToEvent(alert: CapAlert, raw: unknown, opts: CapAdapterOptions = {}): EventInput | Reject {
  const status = STATUS[alert.status];
  if (!status) return { raw, reason: `CAP status ${alert.status} is not an alert (only Actual, Exercise, Test are ingested)` };
  const ts = capTimeToMs(alert.sent);
  if (ts === null) return { raw, reason: `CAP sent ${JSON.stringify(alert.sent)} is not a valid date-time` };
  if (alert.info.length === 0 && alert.msgType !== 'Cancel') return { raw, reason: 'CAP alert has no info block' };
  const info = primaryInfo(alert);
  const areas = info?.area ?? [];
  const geometry = capAreasGeometry(areas);
  let regions: AlertProps['regions'] = null;
  let unresolved: AlertProps['unresolved'] = [];
  if (opts.resolver) {
    const res = resolveGeocodes(info, opts.resolver);
    if (res.regions.length === 0 && !geometry && alert.msgType !== 'Cancel') return { raw, reason: `no target area: no polygon or circle, and no geocode resolves${res.unresolved.length ? ` (${res.unresolved.map((u) => u.text).join(', ')})` : ''}` };
    regions = res.regions;
    unresolved = res.unresolved;
  }
  const severity = info ? (info.severity.toLowerCase() as AlertProps['severity']) : 'unknown';
  const ownKey = `cap:${alert.sender}:${alert.identifier}`;
  const key = alert.msgType === 'Update' || alert.msgType === 'Cancel' ? (referencedKey(alert.references) ?? ownKey) : ownKey;
  const props: AlertProps & Record<string, unknown> = {
    origin: 'cap',
    message: info?.description ?? info?.headline ?? info?.event ?? '',
    level: severity === 'unknown' ? null : levelForSeverity(severity),
    severity,
    disasterType: info?.event ?? null,
    regionTexts: areas.map((a) => a.areaDesc),
    regions,
    unresolved,
    identifier: alert.identifier,
    sender: alert.sender,
    sent: alert.sent,
    msgType: alert.msgType,
    capStatus: alert.status,
    koreanProfile: alert.code.includes('대한민국정부1.1'),
    eventCodes: (info?.eventCode ?? []).filter((c) => c.valueName === KOREAN_EVENT_CODE_NAME).map((c) => c.value),
    texts: alert.info.map((i) => ({ language: i.language, event: i.event, headline: i.headline ?? null, description: i.description ?? null, instruction: i.instruction ?? null })),
    cap: alert,
  };
  return { stream: NDMS_STREAMS.alerts, id: `cap:${alert.sender}:${alert.identifier}`, key, kind: 'alert.cap', op: alert.msgType === 'Cancel' ? 'remove' : 'upsert', ts, status, geometry, props, source: CAP_SOURCE };
}

export function createCapXmlAdapter(opts: CapAdapterOptions = {}): Adapter {
  const record = (raw: unknown, _ctx: AdapterContext): EventInput | Reject => {
    if (typeof raw !== 'string') return { raw, reason: 'CAP record must be the XML text of one document' };
    const parsed = parseCap(raw);
    if (!parsed.ok) return { raw: raw.slice(0, 2000), reason: parsed.reason };
    return capAlertToEvent(parsed.alert, raw.slice(0, 2000), opts);
  };
  const payload = (text: string, ctx: AdapterContext): ParseResult => {
    const r = record(text, ctx);
    return 'stream' in r ? { events: [r], rejects: [], upstream: { kind: 'ok' } } : { events: [], rejects: [r], upstream: { kind: 'ok' } };
  };
  return { id: 'cap-xml', record, payload };
}

export const capXmlAdapter: Adapter = createCapXmlAdapter();

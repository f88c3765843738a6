/**
 * CAP 1.2 export: a {@link CapAlert} → XML in the element order the OASIS schema requires, every text
 * escaped (and characters XML 1.0 cannot carry dropped), coordinates written "lat,lon" as CAP wants.
 * `draftToCap` builds the Korean-profile alert for a drafted cell-broadcast message.
 */
import { LEVEL_SEVERITY, type ResolvedRegion } from '../../common/ndms/alerts.js';
import { type CapAlert, type CapArea, type CapInfo, CAP_NAMESPACE, KOREAN_EVENT_CODE_NAME, KOREAN_GEOCODE_NAME, KOREAN_PROFILE_CODE, msToCapTimeKst } from '../../common/ndms/cap-model.js';
import { type AlertCancel, type AlertDraft, capReferencesText } from '../../common/ndms/draft.js';
import { escapeXml } from '../../common/ndms/xml-lite.js';

// Control characters, lone surrogates and U+FFFE/FFFF are not XML 1.0 characters.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const esc = (s: string) => escapeXml(s.replace(NOT_XML, ''));
const el = (name: string, value: string | undefined, pad: string): string => (value === undefined ? '' : `${pad}<${name}>${esc(value)}</${name}>\n`);
const num = (n: number) => String(Math.round(n * 1e6) / 1e6);

function area(a: CapArea, pad: string): string {
  const p = `${pad}  `;
  let s = `${pad}<area>\n${el('areaDesc', a.areaDesc, p)}`;
  for (const ring of a.polygon) s += el('polygon', ring.map((q) => `${num(q.lat)},${num(q.lon)}`).join(' '), p);
  for (const c of a.circle) s += el('circle', `${num(c.center.lat)},${num(c.center.lon)} ${num(c.radiusKm)}`, p);
  for (const g of a.geocode) s += `${p}<geocode>\n${el('valueName', g.valueName, `${p}  `)}${el('value', g.value, `${p}  `)}${p}</geocode>\n`;
  return `${s}${pad}</area>\n`;
}

function info(i: CapInfo, pad: string): string {
  const p = `${pad}  `;
  let s = `${pad}<info>\n${el('language', i.language, p)}`;
  for (const c of i.category) s += el('category', c, p);
  s += el('event', i.event, p) + el('urgency', i.urgency, p) + el('severity', i.severity, p) + el('certainty', i.certainty, p);
  for (const c of i.eventCode) s += `${p}<eventCode>\n${el('valueName', c.valueName, `${p}  `)}${el('value', c.value, `${p}  `)}${p}</eventCode>\n`;
  s += el('senderName', i.senderName, p) + el('headline', i.headline, p) + el('description', i.description, p) + el('instruction', i.instruction, p);
  for (const a of i.area) s += area(a, p);
  return `${s}${pad}</info>\n`;
}

/** Serialises a CAP alert (UTF-8 XML text). */
export function exportCap(a: CapAlert): string {
  const p = '  ';
  let s = `<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="${CAP_NAMESPACE}">\n`;
  s += el('identifier', a.identifier, p) + el('sender', a.sender, p) + el('sent', a.sent, p) + el('status', a.status, p) + el('msgType', a.msgType, p) + el('scope', a.scope, p);
  for (const c of a.code) s += el('code', c, p);
  s += el('note', a.note, p) + el('references', a.references, p);
  for (const i of a.info) s += info(i, p);
  return `${s}</alert>\n`;
}

const CAP_STATUS = { actual: 'Actual', exercise: 'Exercise', test: 'Test' } as const;
const CAP_SEVERITY = { extreme: 'Extreme', severe: 'Severe', moderate: 'Moderate', minor: 'Minor', unknown: 'Unknown' } as const;

/** 5-digit sigungu or 2-digit province code → the 10-digit 행정구역코드 CAP geocodes use. */
export const geocode10 = (r: ResolvedRegion): string => r.region.code.padEnd(10, '0');

/** Builds the Korean-profile CAP alert for a draft: one info block per language written. */
export function draftToCap(d: AlertDraft): CapAlert {
  const capArea: CapArea = {
    areaDesc: d.regions.map((r) => (r.level === 'sido' ? r.region.name : `${r.sido.name} ${r.region.name}`)).join(', ') || '지정 영역',
    polygon: d.polygon ? [d.polygon.map(([lon, lat]) => ({ lat, lon }))] : [],
    circle: [],
    geocode: d.regions.map((r) => ({ valueName: KOREAN_GEOCODE_NAME, value: geocode10(r) })),
  };
  const langs: Array<[string, string | undefined]> = [['ko-KR', d.texts.ko], ['en-US', d.texts.en], ['zh-CN', d.texts.zh]];
  const infos: CapInfo[] = langs
    .filter((x): x is [string, string] => typeof x[1] === 'string' && x[1].trim() !== '')
    .map(([language, text]) => ({
      language,
      category: [d.category],
      event: d.disasterType,
      urgency: 'Immediate',
      severity: CAP_SEVERITY[LEVEL_SEVERITY[d.level]],
      certainty: 'Observed',
      eventCode: [{ valueName: KOREAN_EVENT_CODE_NAME, value: d.eventCode }],
      headline: `${d.level} ${d.disasterType}`,
      description: text,
      area: [capArea],
    }));
  return {
    identifier: d.id,
    sender: d.sender,
    sent: msToCapTimeKst(d.sentMs),
    status: CAP_STATUS[d.status],
    msgType: d.msgType ?? 'Alert',
    scope: 'Public',
    code: [KOREAN_PROFILE_CODE],
    note: `sent by ${d.user}`,
    ...(d.references?.length ? { references: capReferencesText(d.references) } : {}),
    info: infos,
  };
}

/**
 * The CAP Cancel message withdrawing drafted alert `original`: its own identifier and time, the
 * original's status, `references` naming the original (and what it superseded), the reason in the
 * note and in one ko-KR info block (urgency Past: no action is needed any more) over the same area.
 */
export function cancelToCap(original: AlertDraft, c: AlertCancel): CapAlert {
  const base = draftToCap(original);
  const ko = base.info[0]!;
  return {
    identifier: c.id,
    sender: c.sender,
    sent: msToCapTimeKst(c.sentMs),
    status: base.status,
    msgType: 'Cancel',
    scope: 'Public',
    code: [KOREAN_PROFILE_CODE],
    note: `cancelled by ${c.user}: ${c.reason}`,
    references: capReferencesText(c.references),
    info: [{ ...ko, urgency: 'Past', headline: `[취소] ${ko.headline ?? ''}`.trim(), description: c.reason }],
  };
}

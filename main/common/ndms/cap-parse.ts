/**
 * CAP 1.2 XML → {@link CapAlert}. Safe by construction: the strict parser in xml-lite refuses DTDs and
 * entities and caps size and depth; this layer checks the namespace, required elements, enumerations,
 * "lat,lon" polygons (closed rings) and "lat,lon radius" circles. Every failure is a reason string.
 */
import { type CapAlert, type CapArea, type CapInfo, type CapPoint, CAP_NAMESPACE, capAlertSchema } from './cap-model.js';
import { DEFAULT_XML_LIMITS, parseXml, XmlError, type XmlElement } from './xml-lite.js';

/** Largest CAP document accepted (checked before parsing). */
export const MAX_CAP_CHARS = 512 * 1024;

export type CapParseResult = { ok: true; alert: CapAlert } | { ok: false; reason: string };

class CapError extends Error {}

const kids = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);
const one = (el: XmlElement, name: string): string | undefined => {
  const all = kids(el, name);
  if (all.length > 1) throw new CapError(`<${el.name}> has ${all.length} <${name}> elements, expected at most one`);
  return all[0]?.text.trim();
};
const need = (el: XmlElement, name: string): string => {
  const v = one(el, name);
  if (v === undefined || v === '') throw new CapError(`<${el.name}> lacks <${name}>`);
  return v;
};
const texts = (el: XmlElement, name: string): string[] => kids(el, name).map((c) => c.text.trim());

function pairs(el: XmlElement, name: string): Array<{ valueName: string; value: string }> {
  return kids(el, name).map((c) => ({ valueName: need(c, 'valueName'), value: one(c, 'value') ?? '' }));
}

function point(s: string, what: string): CapPoint {
  const m = /^\s*([-+]?\d+(?:\.\d+)?)\s*,\s*([-+]?\d+(?:\.\d+)?)\s*$/.exec(s);
  if (!m) throw new CapError(`${what}: "${s.slice(0, 40)}" is not "lat,lon"`);
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new CapError(`${what}: ${lat},${lon} out of range (CAP order is lat,lon)`);
  return { lat, lon };
}

function polygon(s: string): CapPoint[] {
  const pts = s.trim().split(/\s+/).map((p) => point(p, 'polygon'));
  if (pts.length < 4) throw new CapError(`polygon has ${pts.length} points, CAP needs at least 4`);
  const a = pts[0]!;
  const b = pts[pts.length - 1]!;
  if (a.lat !== b.lat || a.lon !== b.lon) throw new CapError('polygon is not closed (first and last points differ)');
  return pts;
}

function circle(s: string): CapArea['circle'][number] {
  const m = /^\s*(\S+)\s+([-+]?\d+(?:\.\d+)?)\s*$/.exec(s);
  if (!m) throw new CapError(`circle "${s.slice(0, 40)}" is not "lat,lon radius"`);
  const radiusKm = Number(m[2]);
  if (radiusKm < 0 || radiusKm > 2000) throw new CapError(`circle radius ${radiusKm} km out of range`);
  return { center: point(m[1]!, 'circle'), radiusKm };
}

function area(el: XmlElement): CapArea {
  return { areaDesc: need(el, 'areaDesc'), polygon: texts(el, 'polygon').map(polygon), circle: texts(el, 'circle').map(circle), geocode: pairs(el, 'geocode') };
}

function info(el: XmlElement): CapInfo {
  const opt = (n: string) => {
    const v = one(el, n);
    return v === undefined || v === '' ? {} : { [n]: v };
  };
  return {
    language: one(el, 'language') || 'en-US',
    category: texts(el, 'category') as CapInfo['category'],
    event: need(el, 'event'),
    urgency: need(el, 'urgency') as CapInfo['urgency'],
    severity: need(el, 'severity') as CapInfo['severity'],
    certainty: need(el, 'certainty') as CapInfo['certainty'],
    eventCode: pairs(el, 'eventCode'),
    ...opt('senderName'),
    ...opt('headline'),
    ...opt('description'),
    ...opt('instruction'),
    area: kids(el, 'area').map(area),
  };
}

/** Parses and validates one CAP 1.2 document. */
export function parseCap(text: string): CapParseResult {
  if (text.length > MAX_CAP_CHARS) return { ok: false, reason: `CAP document is ${text.length} characters, over the ${MAX_CAP_CHARS} limit` };
  try {
    const root = parseXml(text, { ...DEFAULT_XML_LIMITS, maxChars: MAX_CAP_CHARS });
    if (root.name !== 'alert') return { ok: false, reason: `root element is <${root.name}>, not <alert>` };
    if (root.ns !== CAP_NAMESPACE) return { ok: false, reason: `namespace ${JSON.stringify(root.ns)} is not ${CAP_NAMESPACE}` };
    const refs = one(root, 'references');
    const note = one(root, 'note');
    const candidate = {
      identifier: need(root, 'identifier'),
      sender: need(root, 'sender'),
      sent: need(root, 'sent'),
      status: need(root, 'status'),
      msgType: need(root, 'msgType'),
      scope: need(root, 'scope'),
      code: texts(root, 'code'),
      ...(note ? { note } : {}),
      ...(refs ? { references: refs } : {}),
      info: kids(root, 'info').map(info),
    };
    const r = capAlertSchema.safeParse(candidate);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      return { ok: false, reason: `CAP ${issue.path.join('.')}: ${issue.message}` };
    }
    return { ok: true, alert: r.data };
  } catch (e) {
    if (e instanceof XmlError) return { ok: false, reason: `XML refused: ${e.message}` };
    if (e instanceof CapError) return { ok: false, reason: `CAP: ${e.message}` };
    throw e;
  }
}

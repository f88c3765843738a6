/**
 * A small strict XML parser for the CAP subset: elements, attributes, text, CDATA, comments and the
 * XML declaration. Anything that could make a parser fetch or expand — a DOCTYPE, an ENTITY
 * declaration, an unknown entity reference, other processing instructions — is refused, so there is
 * no entity expansion and no external resolution to configure. Sizes and depth are capped before and
 * during parsing, so hostile input ends as an error, never a hang.
 */

/** One element: local name (namespace prefix dropped), its namespace URI if declared, attributes, children. */
export interface XmlElement {
  name: string;
  /** The namespace URI the element's prefix (or the default namespace) resolves to, or null. */
  ns: string | null;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element (entities decoded). */
  text: string;
}

/** Limits applied while parsing. */
export interface XmlLimits {
  maxChars: number;
  maxDepth: number;
  maxElements: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxChars: 1024 * 1024, maxDepth: 24, maxElements: 20_000 };

/** Thrown for every malformed or refused document; `message` is the reason. */
export class XmlError extends Error {}

/** CAP uses attributes only for namespace declarations; these bounds are generous for that. */
const MAX_ATTRIBUTES = 32;
const MAX_ATTRIBUTE_CHARS = 4096;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.\-]*(:[A-Za-z_][\w.\-]*)?/;

/** Decodes the five predefined entities and numeric references; anything else is refused. */
function decode(s: string, at: number): string {
  if (!s.includes('&')) return s;
  return s.replace(/&([^;&\s]{0,12});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`bare "&" or unterminated reference near offset ${at}`);
    if (ref in PREDEFINED) return PREDEFINED[ref]!;
    const m = /^#(x[0-9A-Fa-f]{1,6}|[0-9]{1,7})$/.exec(ref);
    if (m) {
      const cp = m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10);
      const ok = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
      if (!ok) throw new XmlError(`character reference &${ref}; is not an XML character`);
      return String.fromCodePoint(cp);
    }
    throw new XmlError(`entity reference &${ref}; refused (only the predefined entities are allowed)`);
  });
}

interface Frame {
  el: XmlElement;
  qname: string;
  nsMap: Map<string, string>;
}

/** Parses a whole document into its root element, or throws XmlError with the reason. */
export function parseXml(input: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  if (input.length > limits.maxChars) throw new XmlError(`document is ${input.length} characters, over the ${limits.maxChars} limit`);
  const src = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let i = 0;
  let root: XmlElement | null = null;
  let count = 0;
  const stack: Frame[] = [];
  const top = (): Frame | undefined => stack[stack.length - 1];

  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const textEnd = lt < 0 ? src.length : lt;
    if (textEnd > i) {
      const raw = src.slice(i, textEnd);
      const f = top();
      if (f) f.el.text += decode(raw, i);
      else if (raw.trim() !== '') throw new XmlError(`text outside the root element at offset ${i}`);
      i = textEnd;
      continue;
    }
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) throw new XmlError('unterminated comment');
      i = end + 3;
    } else if (src.startsWith('<![CDATA[', i)) {
      const f = top();
      if (!f) throw new XmlError('CDATA outside the root element');
      const end = src.indexOf(']]>', i + 9);
      if (end < 0) throw new XmlError('unterminated CDATA section');
      f.el.text += src.slice(i + 9, end);
      i = end + 3;
    } else if (src.startsWith('<!', i)) {
      const what = /^<!([A-Za-z]*)/.exec(src.slice(i, i + 12))?.[1] ?? '';
      throw new XmlError(`${what ? `<!${what}` : 'markup declaration'} refused: DTDs and entity declarations are not accepted`);
    } else if (src.startsWith('<?', i)) {
      const end = src.indexOf('?>', i + 2);
      if (end < 0) throw new XmlError('unterminated processing instruction');
      const target = /^<\?([^\s?]+)/.exec(src.slice(i, i + 40))?.[1] ?? '';
      if (target !== 'xml' || i !== src.search(/\S/)) throw new XmlError(`processing instruction <?${target}?> refused`);
      i = end + 2;
    } else if (src.startsWith('</', i)) {
      const m = NAME.exec(src.slice(i + 2, i + 2 + 256));
      const f = stack.pop();
      if (!m || !f) throw new XmlError(`unexpected closing tag at offset ${i}`);
      if (m[0] !== f.qname) throw new XmlError(`closing tag </${m[0]}> does not match <${f.qname}>`);
      const gt = src.indexOf('>', i);
      if (gt < 0 || src.slice(i + 2 + m[0].length, gt).trim() !== '') throw new XmlError(`malformed closing tag </${m[0]}>`);
      i = gt + 1;
    } else {
      if (root && stack.length === 0) throw new XmlError('more than one root element');
      i = openTag(src, i, stack, limits, () => {
        count += 1;
        if (count > limits.maxElements) throw new XmlError(`more than ${limits.maxElements} elements`);
      }, (el) => {
        root ??= el;
      });
    }
  }
  if (stack.length > 0) throw new XmlError(`unclosed element <${top()!.qname}>`);
  if (!root) throw new XmlError('no root element');
  return root;
}

function openTag(src: string, start: number, stack: Frame[], limits: XmlLimits, counted: () => void, setRoot: (el: XmlElement) => void): number {
  const m = NAME.exec(src.slice(start + 1, start + 1 + 256));
  if (!m) throw new XmlError(`malformed tag at offset ${start}`);
  const qname = m[0];
  let i = start + 1 + qname.length;
  const rawAttrs: Array<[string, string]> = [];
  for (;;) {
    const ws = /^\s*/.exec(src.slice(i, i + 256))![0].length;
    i += ws;
    if (src.startsWith('/>', i) || src[i] === '>') break;
    if (ws === 0) throw new XmlError(`malformed attributes in <${qname}>`);
    // Bounded work per attribute and per element, so a flood of attributes cannot stall the parser.
    if (rawAttrs.length >= MAX_ATTRIBUTES) throw new XmlError(`more than ${MAX_ATTRIBUTES} attributes in <${qname}>`);
    const a = /^([A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(src.slice(i, i + MAX_ATTRIBUTE_CHARS));
    if (!a) throw new XmlError(`malformed attribute in <${qname}> at offset ${i}`);
    if (rawAttrs.some(([n]) => n === a[1])) throw new XmlError(`duplicate attribute ${a[1]} in <${qname}>`);
    rawAttrs.push([a[1]!, decode(a[3] ?? a[4] ?? '', i)]);
    i += a[0].length;
  }
  const selfClosing = src.startsWith('/>', i);
  i += selfClosing ? 2 : 1;
  const parent = stack[stack.length - 1];
  const nsMap = new Map(parent?.nsMap ?? []);
  const attrs: Record<string, string> = {};
  for (const [n, v] of rawAttrs) {
    if (n === 'xmlns') nsMap.set('', v);
    else if (n.startsWith('xmlns:')) nsMap.set(n.slice(6), v);
    else attrs[n.includes(':') ? n.slice(n.indexOf(':') + 1) : n] = v;
  }
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  const ns = nsMap.get(prefix) ?? null;
  if (prefix && ns === null) throw new XmlError(`undeclared namespace prefix "${prefix}"`);
  const el: XmlElement = { name: colon < 0 ? qname : qname.slice(colon + 1), ns, attrs, children: [], text: '' };
  counted();
  if (parent) parent.el.children.push(el);
  else setRoot(el);
  if (!selfClosing) {
    if (stack.length + 1 > limits.maxDepth) throw new XmlError(`nesting deeper than ${limits.maxDepth}`);
    stack.push({ el, qname, nsMap });
  }
  return i;
}

/** Escapes text for element content or attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&apos;'));
}

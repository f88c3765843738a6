import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { eventInputSchema } from '../../../main/common/events.js';
import type { Adapter, ParseResult } from '../types.js';
import { capXmlAdapter } from './cap-xml.js';
import { dsspAlertsAdapter } from './dssp-alerts.js';
import { kmaEqkAdapter } from './ndms-kma-eqk.js';
import { kmaTyphoonAdapter } from './ndms-kma-typhoon.js';
import { sheltersAdapter } from './ndms-shelters.js';

const fixture = (n: string) => readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8');
const ctx = { now: 0 };

/** Every input ends as events and rejections only, each event a valid envelope, within a time bound. */
function wellBehaved(a: Adapter, text: string): boolean {
  const t0 = performance.now();
  const r: ParseResult = a.payload(text, ctx);
  for (const e of r.events) if (!eventInputSchema.safeParse(e).success) return false;
  for (const j of r.rejects) if (typeof j.reason !== 'string' || j.reason === '') return false;
  return performance.now() - t0 < 1000;
}

/** Text with a few random edits (insertions of hostile pieces, deletions) at random places. */
const mutated = (base: string, pieces: string[]) =>
  fc.array(fc.tuple(fc.nat({ max: base.length }), fc.nat({ max: 30 }), fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 }))), { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((s, [at, cut, ins]) => s.slice(0, Math.min(at, s.length)) + ins + s.slice(Math.min(at, s.length) + cut), base),
  );

const XML_PIECES = ['<!DOCTYPE a [<!ENTITY x "xx">]>', '<!ENTITY e SYSTEM "file:///etc/passwd">', '&x;', '&e;', '&#x0;', '&#65;', '&amp;', '<![CDATA[', ']]>', '<!--', '-->', '<?xml-stylesheet href="x"?>', '</info>', '<info>', '"', "'", '<', '>', '\u0000', 'xmlns:cap="urn:x"'];
const JSON_PIECES = ['null', '"', '{', '}', '[', ']', ',', '"SN":', '1e999', '"\\u0000"', 'true', '"RCPTN_RGN_NM":"중구"', '"CRT_DT":"2026/13/40 25:61:61"'];

describe('NDMS adapters under random and mutated input (fast-check)', () => {
  it('cap-xml: mutated Korean CAP documents, entity and DTD attempts included', () => {
    const base = fixture('cap-kr-heavy-rain.xml');
    fc.assert(fc.property(mutated(base, XML_PIECES), (s) => wellBehaved(capXmlAdapter, s)), { numRuns: 300, seed: 42 });
  });

  it('cap-xml: any string, and billion-laughs style entity nesting', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => wellBehaved(capXmlAdapter, s)), { numRuns: 300, seed: 7 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (depth) => {
        const ents = Array.from({ length: depth }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
        const doc = `<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY l0 "lol">${ents}]><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><note>&l${depth};</note></alert>`;
        const r = capXmlAdapter.payload(doc, ctx);
        return r.events.length === 0 && /DOCTYPE refused/.test(r.rejects[0]!.reason);
      }),
      { numRuns: 12, seed: 1 },
    );
  });

  it.each([
    ['dssp-alerts', dsspAlertsAdapter, 'ndms-dssp-valid.json'],
    ['kma-eqk', kmaEqkAdapter, 'ndms-kma-eqk-valid.json'],
    ['kma-typhoon', kmaTyphoonAdapter, 'ndms-kma-typhoon-valid.json'],
    ['shelters', sheltersAdapter, 'ndms-shelters-valid.csv'],
  ] as const)('%s: mutated payloads and random JSON values', (_id, adapter, file) => {
    fc.assert(fc.property(mutated(fixture(file), JSON_PIECES), (s) => wellBehaved(adapter, s)), { numRuns: 200, seed: 3 });
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (s) => wellBehaved(adapter, s)), { numRuns: 200, seed: 5 });
    fc.assert(fc.property(fc.anything({ maxDepth: 3 }), (v) => {
      const r = adapter.record(v, ctx);
      return 'stream' in r ? eventInputSchema.safeParse(r).success : typeof r.reason === 'string';
    }), { numRuns: 200, seed: 9 });
  });
});

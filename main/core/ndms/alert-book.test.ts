import { readFileSync } from 'node:fs';
import { createCapXmlAdapter } from '../../../hub/connectors/adapters/cap-xml.js';
import { dsspAlertsAdapter } from '../../../hub/connectors/adapters/dssp-alerts.js';
import { loadRegionIndex } from '../region/index.js';
import { AlertBook } from './alert-book.js';

const index = loadRegionIndex('geo-data/out');
const ctx = { now: 0 };

describe('AlertBook', () => {
  it('folds hub alerts (resolving their regions), computes areas and adults, replaces versions and removes cancels', () => {
    const book = new AlertBook(index);
    const page = dsspAlertsAdapter.payload(readFileSync(new URL('../../../hub/connectors/fixtures/ndms-dssp-valid.json', import.meta.url), 'utf8'), ctx);
    for (const e of page.events) book.apply(e);
    expect(book.list()).toHaveLength(8);
    const gyeonggi = book.get('dssp:230001')!;
    expect(gyeonggi.regions.map((r) => r.region.code)).toEqual(['41']);
    expect(gyeonggi.area.adults2022).toBe(index.adults2022('41'));
    expect(book.get('dssp:230005')!.unresolved.map((u) => u.text)).toEqual(['중구']);
    expect(book.apply(page.events[0]!)).toBe(false); // same version again
    const cap = createCapXmlAdapter();
    const capXml = readFileSync(new URL('../../../hub/connectors/fixtures/cap-kr-exercise-circle.xml', import.meta.url), 'utf8');
    const ev = cap.record(capXml, ctx);
    if (!('stream' in ev)) throw new Error(ev.reason);
    expect(book.apply(ev)).toBe(true);
    expect(book.get(ev.key)!.status).toBe('exercise');
    // Resolved from the CAP geocodes in the core (the hub adapter has no index): 경북 and 울산.
    expect(book.get(ev.key)!.regions.map((r) => r.region.code)).toEqual(['47', '31']);
    expect(book.get(ev.key)!.unresolved).toEqual([]);
    expect(book.apply({ ...ev, op: 'remove' })).toBe(true);
    expect(book.get(ev.key)).toBeUndefined();
    expect(book.apply({ ...page.events[0]!, id: 'x', props: { nonsense: true } })).toBe(false);
    expect(book.invalid).toHaveLength(1);
  });
});

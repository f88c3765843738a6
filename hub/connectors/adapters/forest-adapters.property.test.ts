import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventInputSchema } from '../../../main/common/events.js';
import { loadRegionIndex } from '../../../main/core/region/index.js';
import { createForestAdapters } from './forest-adapters.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const regions = loadRegionIndex(fileURLToPath(new URL('../../../geo-data/out', import.meta.url)));
const sets = { indexed: createForestAdapters(regions), bare: createForestAdapters() };
const ctx = { now: 0 };

const kfsGood = (JSON.parse(fixture('forest-kfs-fires-valid.json')) as { fireShowInfoList: Array<Record<string, unknown>> }).fireShowInfoList;
const itemsOf = (name: string) => (JSON.parse(fixture(name)) as { response: { body: { items: { item: Array<Record<string, unknown>> } } } }).response.body.items.item;
const csvRows = (name: string): Array<Record<string, unknown>> => {
  const [head, ...lines] = fixture(name).trim().split('\n');
  const keys = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i]!, v])));
};
const goods: Record<string, Array<Record<string, unknown>>> = {
  'kfs-fires': kfsGood,
  firms: [...csvRows('forest-firms-modis-valid.csv'), ...csvRows('forest-firms-viirs-valid.csv')],
  'fire-danger': itemsOf('forest-danger-valid.json'),
  landslide: itemsOf('forest-landslide-valid.json'),
  'forest-pests': [
    { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[128.6, 36.4], [128.61, 36.4], [128.61, 36.41], [128.6, 36.4]]] }, properties: { zoneId: 'Z-1', pest: '소나무재선충병', measure: '벌채', areaHa: 4, sigucode: '47730' } },
    { type: 'Feature', id: 9, geometry: { type: 'MultiPolygon', coordinates: [[[[128.6, 36.4], [128.61, 36.4], [128.61, 36.41], [128.6, 36.4]]]] }, properties: { 병해충명: '참나무시들음병', SGG_NM: '의성군', CTPRVN_NM: '경상북도' } },
  ],
};

/** A valid record with one field replaced by anything (wrong type, junk, missing). */
const mutated = (base: Array<Record<string, unknown>>) =>
  fc.tuple(fc.constantFrom(...base), fc.nat(), fc.oneof(fc.anything(), fc.string(), fc.double(), fc.constant(undefined))).map(([r, k, v]) => {
    const keys = Object.keys(r);
    return { ...r, [keys[k % keys.length]!]: v };
  });

describe('forest adapters: property-based (never a crash; an event or a rejection with a reason)', () => {
  for (const [setName, set] of Object.entries(sets)) {
    for (const [id, adapter] of Object.entries(set)) {
      it(`${setName} ${id}: record(arbitrary or mutated valid input)`, () => {
        fc.assert(
          fc.property(fc.oneof(fc.anything(), mutated(goods[id]!)), (raw) => {
            const r = adapter.record(raw, ctx);
            if ('stream' in r) expect(eventInputSchema.safeParse(r).success).toBe(true);
            else expect(r.reason.length).toBeGreaterThan(0);
          }),
          { numRuns: 150 },
        );
      });
      it(`${setName} ${id}: payload(arbitrary text) never throws`, () => {
        fc.assert(
          fc.property(fc.oneof(fc.string(), fc.json(), fc.array(mutated(goods[id]!)).map((a) => JSON.stringify({ fireShowInfoList: a, items: a }))), (text) => {
            const r = adapter.payload(text, ctx);
            for (const e of r.events) expect(eventInputSchema.safeParse(e).success).toBe(true);
            for (const j of r.rejects) expect(j.reason.length).toBeGreaterThan(0);
          }),
          { numRuns: 60 },
        );
      });
    }
  }
});

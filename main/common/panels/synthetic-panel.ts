/**
 * The synthetic panel: a panel definition over a test stream (`test.synthetic`) and a deterministic
 * generator of its records, for the framework's own tests (component tests, the panels e2e). It is
 * listed in the app only while its stream holds records, so a production workstation never shows it.
 */
import type { EventInput } from '../events.js';
import type { PanelDefinition } from './panel-definition.js';
import { seededRandom } from '../seeded-random.js';

export const SYNTHETIC_STREAM = 'test.synthetic';
export const SYNTHETIC_KIND = 'synthetic.record';

export const syntheticPanel: PanelDefinition = {
  id: 'synthetic',
  title: { ko: '시험 패널', en: 'Synthetic panel' },
  service: { ko: '프레임워크 시험용', en: 'Framework test data' },
  stream: SYNTHETIC_STREAM,
  recordKind: SYNTHETIC_KIND,
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: { ko: '이름', en: 'Name' }, type: 'text', width: 150 },
    {
      key: 'category',
      label: { ko: '구분', en: 'Category' },
      type: 'enum',
      width: 80,
      values: [
        { value: 'alpha', label: { ko: '가', en: 'Alpha' } },
        { value: 'beta', label: { ko: '나', en: 'Beta' } },
        { value: 'gamma', label: { ko: '다', en: 'Gamma' } },
      ],
    },
    { key: 'value', label: { ko: '값', en: 'Value' }, type: 'number', unit: '명', width: 80 },
    { key: 'sigungu', label: { ko: '시군구', en: 'Sigungu' }, type: 'text', width: 70 },
  ],
  filters: [
    { key: 'category', label: { ko: '구분', en: 'Category' }, kind: 'enum' },
    { key: 'value', label: { ko: '값', en: 'Value' }, kind: 'range' },
  ],
  summary: [
    { id: 'count', label: { ko: '건수', en: 'Records' }, op: 'count' },
    { id: 'total', label: { ko: '값 합계', en: 'Total value' }, op: 'sum', key: 'value', unit: '명' },
  ],
  actions: [
    {
      id: 'flag',
      label: { ko: '표시하기', en: 'Flag' },
      stream: 'ops.panels',
      kind: 'synthetic.flag',
      target: 'record',
      role: 'operator',
      fields: [{ key: 'note', label: { ko: '메모', en: 'Note' }, type: 'text', required: true, maxLength: 200 }],
    },
  ],
};

/** A region the generator may place records in (from the region index: code and centroid). */
export interface SyntheticRegion {
  code: string;
  centroid: [number, number];
}

const CATEGORIES = ['alpha', 'beta', 'gamma'] as const;

/**
 * `count` synthetic records as hub events: record i sits within ~1 km of the centroid of
 * `regions[i % regions.length]` and carries that region's code, a category, a value 1..100 and a name
 * `S-<i>` (zero-padded, so names sort like indices).
 */
export function syntheticEvents(regions: readonly SyntheticRegion[], count: number, opts: { seed?: number; ts?: number; status?: EventInput['status'] } = {}): EventInput[] {
  if (regions.length === 0) throw new Error('syntheticEvents needs at least one region');
  const rnd = seededRandom(opts.seed ?? 7);
  const ts = opts.ts ?? Date.UTC(2026, 0, 1);
  const width = String(count - 1).length;
  const out: EventInput[] = [];
  for (let i = 0; i < count; i++) {
    const region = regions[i % regions.length]!;
    const lon = region.centroid[0] + (rnd() - 0.5) * 0.02;
    const lat = region.centroid[1] + (rnd() - 0.5) * 0.02;
    const name = `S-${String(i).padStart(width, '0')}`;
    out.push({
      stream: SYNTHETIC_STREAM,
      id: `${name}@1`,
      key: name,
      kind: SYNTHETIC_KIND,
      op: 'upsert',
      ts,
      status: opts.status ?? 'test',
      geometry: { type: 'Point', coordinates: [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6] },
      props: { name, category: CATEGORIES[i % CATEGORIES.length]!, value: 1 + Math.floor(rnd() * 100), sigungu: region.code },
      source: 'test:synthetic',
    });
  }
  return out;
}

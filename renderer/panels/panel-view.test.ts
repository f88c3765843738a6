import { syntheticEvents, syntheticPanel } from '../../main/common/panels/synthetic-panel';
import type { LiveFeature } from '../../main/common/live-sync';
import { regionCounts } from '../../main/common/panels/aoi-filter';
import { applyQuery, areaTest, EMPTY_QUERY, nextSort, panelRecords, summaryOf, titleOf } from './panel-view';
import { virtualRange } from './virtual-range';
import type { AreaOfInterest } from './panel-store';

const REGIONS = [
  { code: '11110', centroid: [126.98, 37.59] as [number, number] },
  { code: '26110', centroid: [129.03, 35.1] as [number, number] },
  { code: '47730', centroid: [128.69, 36.35] as [number, number] },
];

export function syntheticStream(n: number): Record<string, LiveFeature> {
  return Object.fromEntries(syntheticEvents(REGIONS, n).map((e, i) => [e.key, { stream: e.stream, key: e.key, kind: e.kind, status: e.status, ts: e.ts, receivedAt: e.ts, seq: i + 1, props: e.props, geometry: e.geometry ?? null }]));
}

const square = (lon: number, lat: number, d: number): AreaOfInterest => ({
  id: 't',
  spec: { type: 'polygon', geometry: { type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] } },
  geometry: { type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] },
  label: 'square',
  bbox: [lon - d, lat - d, lon + d, lat + d],
  regions: null,
});

describe('panel view', () => {
  const records = panelRecords(syntheticPanel, { 'test.synthetic': syntheticStream(300) });
  const areaPredicate = (aoi: AreaOfInterest) => areaTest(syntheticPanel, aoi);
  const countsByRegion = (rs: typeof records) => Object.entries(regionCounts(rs, { regionKey: 'sigungu' }).counts);

  it('takes the panel kind from the stream, in key order, with title and region code', () => {
    expect(records).toHaveLength(300);
    expect(records[0]).toMatchObject({ key: 'S-000', props: { sigungu: '11110' } });
    expect(titleOf(syntheticPanel, records[0]!)).toBe('S-000');
    expect(records[299]?.key).toBe('S-299');
  });

  it('filters by enum and range, searches, and sorts stably both ways', () => {
    const beta = applyQuery(syntheticPanel, records, { ...EMPTY_QUERY, filters: { category: { kind: 'enum', values: ['beta'] } } }, null);
    expect(beta).toHaveLength(100);
    expect(beta.every((r) => r.props['category'] === 'beta')).toBe(true);
    const big = applyQuery(syntheticPanel, records, { ...EMPTY_QUERY, filters: { value: { kind: 'range', min: 90, max: null } } }, null);
    expect(big.length).toBeGreaterThan(0);
    expect(big.every((r) => (r.props['value'] as number) >= 90)).toBe(true);
    expect(applyQuery(syntheticPanel, records, { ...EMPTY_QUERY, search: 's-12' }, null).map((r) => r.key)).toEqual(['S-120', 'S-121', 'S-122', 'S-123', 'S-124', 'S-125', 'S-126', 'S-127', 'S-128', 'S-129']);
    expect(applyQuery(syntheticPanel, records, { ...EMPTY_QUERY, search: '26110' }, null)).toHaveLength(100);
    const asc = applyQuery(syntheticPanel, records, { ...EMPTY_QUERY, sort: { key: 'value', dir: 'asc' } }, null);
    const desc = applyQuery(syntheticPanel, records, { ...EMPTY_QUERY, sort: { key: 'value', dir: 'desc' } }, null);
    const values = asc.map((r) => r.props['value'] as number);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(desc.map((r) => r.props['value'])).toEqual([...values].reverse());
    expect(nextSort(null, 'value')).toEqual({ key: 'value', dir: 'asc' });
    expect(nextSort({ key: 'value', dir: 'asc' }, 'value')).toEqual({ key: 'value', dir: 'desc' });
    expect(nextSort({ key: 'value', dir: 'desc' }, 'value')).toBeNull();
  });

  it('filters by area and counts per region; summaries follow the view', () => {
    const seoul = applyQuery(syntheticPanel, records, EMPTY_QUERY, areaPredicate(square(126.98, 37.59, 0.05)));
    expect(seoul).toHaveLength(100);
    expect(countsByRegion(seoul)).toEqual([['11110', 100]]);
    expect(countsByRegion(records).sort()).toEqual([['11110', 100], ['26110', 100], ['47730', 100]]);
    const sums = summaryOf(syntheticPanel, seoul);
    expect(sums[0]).toMatchObject({ value: 100 });
    expect(sums[1]?.value).toBe(seoul.reduce((a, r) => a + (r.props['value'] as number), 0));
    // A region-coded record without geometry is in the area when the core says the area overlaps its sigungu.
    const regionOnly = { ...records[1]!, geometry: null };
    expect(areaPredicate({ ...square(0, 0, 1), regions: [{ level: 'sigungu', code: '26110', name: '중구', sidoCode: '26', fraction: 0.5 }] })(regionOnly)).toBe(true);
    expect(areaPredicate(square(0, 0, 1))(regionOnly)).toBe(false);
  });

  it('does not filter a panel whose records are not tied to a place (keys, statutes) by the area', () => {
    const unplaced = { ...syntheticPanel, geometry: 'none' as const };
    const far = square(0, 0, 1);
    expect(records.filter(areaTest(unplaced, far))).toHaveLength(records.length);
    expect(records.filter(areaTest(syntheticPanel, far))).toHaveLength(0);
  });
});

describe('virtual range', () => {
  it('renders a bounded window at 100,000 rows and reaches the last row', () => {
    const top = virtualRange(100_000, 28, 600, 0);
    expect(top.start).toBe(0);
    expect(top.end - top.start).toBeLessThanOrEqual(60);
    expect(top.total).toBe(2_800_000);
    const bottom = virtualRange(100_000, 28, 600, 10_000_000);
    expect(bottom.end).toBe(100_000);
    expect(bottom.end - bottom.start).toBeLessThanOrEqual(60);
    expect(bottom.scrollTop).toBe(2_800_000 - 600);
    const middle = virtualRange(100_000, 28, 600, 28 * 50_000);
    expect(middle.start).toBeLessThanOrEqual(50_000);
    expect(middle.end).toBeGreaterThan(50_000 + 600 / 28);
    expect(virtualRange(3, 28, 600, 0)).toMatchObject({ start: 0, end: 3 });
  });
});

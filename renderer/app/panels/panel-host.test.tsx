import { renderToStaticMarkup } from 'react-dom/server';
import { syntheticEvents, syntheticPanel } from '../../../main/common/panels/synthetic-panel';
import type { FeedsStatus, LiveFeature } from '../../../main/common/live-sync';
import type { Role } from '../../../main/common/roles';
import { toCsv } from '../../../main/common/panels/export';
import { createAppStores, StoresContext } from '../stores';
import { createLiveStore, getEmptyLiveState } from '../../state/live-store';
import { offlineTransport } from '../testing/offline-transport';
import { createPanelUiStore, getEmptyPanelUiState, type PanelUiData } from '../../panels/panel-store';
import { panelView } from '../../panels/view-cache';
import { PanelHost } from './panel-host';
import { PanelUiContext } from './panel-hooks';
import { MAX_RENDERED_ROWS } from '../../panels/virtual-range';

const REGIONS = [
  { code: '11110', centroid: [126.98, 37.59] as [number, number] },
  { code: '26110', centroid: [129.03, 35.1] as [number, number] },
  { code: '47730', centroid: [128.69, 36.35] as [number, number] },
];

function stream(n: number): Record<string, LiveFeature> {
  return Object.fromEntries(syntheticEvents(REGIONS, n).map((e, i) => [e.key, { stream: e.stream, key: e.key, kind: e.kind, status: e.status, ts: e.ts, receivedAt: e.ts, seq: i + 1, props: e.props, geometry: e.geometry ?? null }]));
}

function feeds(role: Role | null): FeedsStatus {
  return { exercise: false, hub: { mode: 'remote', url: null, state: 'live', refusal: null, lastError: null, lastHeartbeatAt: null }, demo: null, outboxPending: 0, user: role ? { name: 'kim', role, sensitive: false } : null, streams: [], at: 0 };
}

const big = stream(100_000);

function render(opts: { panel?: Partial<PanelUiData>; role?: Role | null; records?: Record<string, LiveFeature>; scrollTop?: number } = {}): string {
  const live = createLiveStore({ ...getEmptyLiveState(), loaded: true, needsSnapshot: false, streams: { 'test.synthetic': opts.records ?? big }, feeds: feeds(opts.role ?? 'operator') });
  const stores = { ...createAppStores(offlineTransport), live };
  const panel = createPanelUiStore({ ...getEmptyPanelUiState(), open: ['synthetic'], active: 'synthetic', ...opts.panel });
  return renderToStaticMarkup(
    <StoresContext.Provider value={stores}>
      <PanelUiContext.Provider value={panel}>
        <PanelHost def={syntheticPanel} initialScrollTop={opts.scrollTop} />
      </PanelUiContext.Provider>
    </StoresContext.Provider>,
  );
}

const rows = (html: string) => [...html.matchAll(/class="vrow"/g)].length;
const keys = (html: string) => [...html.matchAll(/data-key="([^"]+)"/g)].map((m) => m[1]);

describe('panel host (server-rendered markup over the synthetic panel)', () => {
  it('renders a bounded number of rows at 100,000 records, and the last record at the end of the list', () => {
    const top = render();
    expect(top).toContain('data-total="100000"');
    expect(top).toContain('data-shown="100000"');
    expect(rows(top)).toBeGreaterThan(10);
    expect(rows(top)).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
    expect(keys(top)[0]).toBe('S-00000');
    // The spacer covers every row, so the scroll bar reaches the last one.
    expect(top).toContain('height:2800000px');
    const bottom = render({ scrollTop: 1e9 });
    expect(rows(bottom)).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
    expect(keys(bottom).at(-1)).toBe('S-99999');
  });

  it('sorts, filters and searches through the panel query; the counts and summary follow', () => {
    const desc = render({ panel: { queries: { synthetic: { search: '', filters: {}, sort: { key: 'value', dir: 'desc' } } } } });
    const first = keys(desc)[0]!;
    expect(big[first]?.props['value']).toBe(100);
    expect(desc).toContain('aria-sort="descending"');
    const gamma = render({ panel: { queries: { synthetic: { search: '', filters: { category: { kind: 'enum', values: ['gamma'] } }, sort: null } } } });
    expect(gamma).toMatch(/data-shown="33333"/);
    expect(gamma).toMatch(/data-summary="count" data-value="33333"/);
    const search = render({ panel: { queries: { synthetic: { search: 'S-0999', filters: {}, sort: null } } } });
    expect(search).toMatch(/data-shown="10"/);
    expect(keys(search)).toEqual(Array.from({ length: 10 }, (_, i) => `S-0999${i}`));
  });

  it('filters by the area of interest', () => {
    const d = 0.05;
    const geometry = { type: 'Polygon' as const, coordinates: [[[126.98 - d, 37.59 - d], [126.98 + d, 37.59 - d], [126.98 + d, 37.59 + d], [126.98 - d, 37.59 + d], [126.98 - d, 37.59 - d]]] };
    const html = render({ records: stream(3000), panel: { aoi: { id: 'a', spec: { type: 'polygon', geometry }, geometry, label: 'Seoul box', bbox: [126.93, 37.54, 127.03, 37.64], regions: null } } });
    expect(html).toMatch(/data-shown="1000" data-total="3000"/);
    expect(html).toContain('Seoul box');
    // The core's default name of a drawn area is English; the Korean UI shows its own words for it.
    const unnamed = render({ records: stream(3000), panel: { aoi: { id: 'b', spec: { type: 'polygon', geometry }, geometry, label: 'drawn area', bbox: [126.93, 37.54, 127.03, 37.64], regions: null } } });
    expect(unnamed).toContain('그린 지역');
    expect(unnamed).not.toContain('drawn area');
  });

  it('exports the current view (CSV lines = records in view + header)', () => {
    const store = createPanelUiStore({ ...getEmptyPanelUiState(), queries: { synthetic: { search: '', filters: { category: { kind: 'enum', values: ['beta'] } }, sort: null } } });
    const s = store.getState();
    const { view } = panelView(syntheticPanel, { 'test.synthetic': stream(300) }, s.queries['synthetic']!, null);
    const csv = toCsv(view, syntheticPanel.columns);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(101);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(lines[0]).toBe('key,name,category,value,sigungu,lon,lat,geometry');
    expect(lines.slice(1).every((l) => l.includes(',beta,'))).toBe(true);
    expect(render()).toContain('data-testid="panel-export-csv"');
  });

  it('shows the demo badge, and disables actions below their role or without a selected record', () => {
    expect(render()).toContain('data-testid="panel-demo-badge"');
    const viewer = render({ role: 'viewer', panel: { selected: { panelId: 'synthetic', key: 'S-00001' } } });
    expect(viewer).toMatch(/<button[^>]*data-action="flag"[^>]*disabled=""[^>]*title="운영자 이상 권한 필요"/);
    const noSelection = render({ role: 'operator' });
    expect(noSelection).toMatch(/data-action="flag"[^>]*disabled=""[^>]*title="항목을 먼저 선택하세요"/);
    const ready = render({ role: 'operator', panel: { selected: { panelId: 'synthetic', key: 'S-00001' } } });
    expect(ready).toMatch(/data-action="flag"(?![^>]*disabled)/);
  });
});

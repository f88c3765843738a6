import { renderToStaticMarkup } from 'react-dom/server';
import type { FeedsStatus } from '../../main/common/live-sync';
import type { ReportsView } from '../../main/common/ndms/report-ipc';
import { ackCommand, replayReports, type ReportEventLike } from '../../main/common/ndms/reports';
import { createLiveStore, getEmptyLiveState } from '../state/live-store';
import { createUiStore, getEmptyUiState, type UiData } from '../state/ui-store';
import { createReportsUiStore, type ReportsUiData } from '../domains/ndms/reports-store';
import { EnableAlertsPrompt, ReportAttentionBanner, ReportDialog } from './ndms-attention';
import { NdmsReportsPanel, ReportAudit } from './ndms-reports-panel';
import { createAppStores, StoresContext, type AppStores } from './stores';
import { offlineTransport } from './testing/offline-transport';

// 2026-03-01 00:00 UTC = 09:00 KST (tests run in America/Halifax: a local-time slip would show).
const T0 = Date.UTC(2026, 2, 1, 0, 0);
const MIN = 60_000;
const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>';

const report = (key: string, type: string, severity: string, ts: number, status: ReportEventLike['status'] = 'actual', extra: Record<string, unknown> = {}): ReportEventLike => ({
  stream: 'ndms.reports', kind: `report.${type}`, key, op: 'upsert', ts, status, props: { severity, level: `${type}-level`, regions: ['부산', '경남'], ...extra }, source: 'test',
});
const step = (cmd: ReturnType<typeof ackCommand>, ts: number, user: string): ReportEventLike => ({ stream: cmd.stream, kind: cmd.kind, key: cmd.key, op: 'upsert', ts, status: 'actual', props: { ...cmd.props, user }, source: `user:${user}` });

function view(events: ReportEventLike[]): ReportsView {
  return { items: [...replayReports(events).state.values()], refusals: [], escalateAfterMs: 5 * MIN };
}

const sample = view([
  report('typhoon', 'typhoon', 'extreme', T0),
  report('drill', 'earthquake', 'severe', T0 + MIN, 'exercise'),
  report('rain', 'heavy-rain', 'severe', T0 + 2 * MIN),
  report('snow', 'heavy-snow', 'minor', T0 + 3 * MIN),
  step(ackCommand('rain', 'x', `우회 조치 ${SCRIPT}`), T0 + 4 * MIN, 'kim'),
]);

function feeds(user: FeedsStatus['user']): FeedsStatus {
  return { exercise: false, hub: { mode: 'remote', url: 'wss://hub', state: 'live', refusal: null, lastError: null, lastHeartbeatAt: 1 }, demo: null, outboxPending: 0, user, streams: [], at: 1 };
}

function render(element: React.ReactElement, o: { ui?: Partial<UiData>; user?: FeedsStatus['user'] } = {}): string {
  const stores: AppStores = {
    ...createAppStores(offlineTransport),
    ui: createUiStore({ ...getEmptyUiState(), ...o.ui }),
    live: createLiveStore({ ...getEmptyLiveState(), feeds: feeds(o.user ?? { name: 'kim', role: 'operator', sensitive: false }) }),
  };
  return renderToStaticMarkup(<StoresContext.Provider value={stores}>{element}</StoresContext.Provider>);
}

const reportsStore = (data: Partial<ReportsUiData>) => createReportsUiStore({ view: sample, panelOpen: true, ...data });

/** data-key of each listed item, in order. */
const keys = (html: string) => [...html.matchAll(/data-testid="ndms-report-item" data-key="([^"]+)"/g)].map((m) => m[1]);

describe('situation report panel (server-rendered markup)', () => {
  it('lists type, severity, region, time in KST and the state with who acknowledged and the note', () => {
    const html = render(<NdmsReportsPanel store={reportsStore({})} />);
    expect(keys(html).sort()).toEqual(['drill', 'rain', 'snow', 'typhoon']);
    expect(html).toContain('태풍');
    expect(html).toContain('매우 심각');
    expect(html).toContain('부산, 경남');
    expect(html).toContain('2026-03-01 09:00 KST');
    expect(html).toMatch(/data-key="rain" data-state="acknowledged"/);
    expect(html).toContain('확인: kim · 2026-03-01 09:04 KST');
    const en = render(<NdmsReportsPanel store={reportsStore({})} />, { ui: { language: 'en' } });
    expect(en).toContain('Typhoon');
    expect(en).toContain('Acknowledged by kim');
  });

  it('filters never hide an unacknowledged critical report: it stays, pinned and marked', () => {
    const html = render(<NdmsReportsPanel store={reportsStore({ filter: { types: ['heavy-snow'], minSeverity: null, states: ['resolved'] } })} />);
    // typhoon and drill wait for a person; rain is acknowledged and snow is minor: both filtered out.
    expect(keys(html).sort()).toEqual(['drill', 'typhoon']);
    expect(html).toMatch(/data-key="typhoon"[^>]*data-pinned="true"/);
    expect(html).toContain('고정');
    const bySeverity = render(<NdmsReportsPanel store={reportsStore({ filter: { types: [], minSeverity: 'extreme', states: [] } })} />);
    expect(keys(bySeverity).sort()).toEqual(['drill', 'typhoon']);
    const unfiltered = render(<NdmsReportsPanel store={reportsStore({})} />);
    expect(unfiltered).toMatch(/data-key="snow"[^>]*data-pinned="false"/);
    // Pinned first.
    expect(keys(unfiltered).slice(0, 2).sort()).toEqual(['drill', 'typhoon']);
  });

  it('marks exercise items unmistakably in the list', () => {
    const html = render(<NdmsReportsPanel store={reportsStore({})} />);
    expect(html).toMatch(/data-key="drill"[^>]*data-status="exercise"/);
    expect(html).toMatch(/class="ndms-report-marker marker-exercise" data-testid="ndms-report-marker">훈련</);
    expect(render(<NdmsReportsPanel store={reportsStore({})} />, { ui: { language: 'en' } })).toContain('>EXERCISE<');
  });

  it('renders report text and notes as text: an HTML/script payload shows as characters', () => {
    const v = view([report('x', 'fire-rescue', 'severe', T0, 'actual', { level: SCRIPT, regions: [SCRIPT] }), step(ackCommand('x', 'x', SCRIPT), T0 + MIN, '<b>kim</b>')]);
    const html = render(<NdmsReportsPanel store={createReportsUiStore({ view: v, panelOpen: true })} />);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>kim');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;kim&lt;/b&gt;');
    const banner = render(<ReportAttentionBanner store={createReportsUiStore({ view: view([report('y', 'tsunami', 'extreme', T0, 'actual', { level: SCRIPT })]) })} />);
    expect(banner).not.toContain('<script>');
    expect(banner).toContain('&lt;script&gt;');
  });

  it('offers acknowledge to operators and not to viewers; resolve once acknowledged', () => {
    const html = render(<NdmsReportsPanel store={reportsStore({})} />);
    expect((html.match(/data-testid="ndms-report-ack-button"/g) ?? []).length).toBe(3); // typhoon, drill, snow
    expect((html.match(/data-testid="ndms-report-resolve-button"/g) ?? []).length).toBe(1); // rain
    const viewer = render(<NdmsReportsPanel store={reportsStore({})} />, { user: { name: 'park', role: 'viewer', sensitive: false } });
    expect(viewer).not.toContain('ndms-report-ack-button');
    expect(viewer).not.toContain('ndms-report-resolve-button');
    expect(viewer).toContain('ndms-report-audit-button');
  });

  it('shows the audit trail of a report, refused steps marked', () => {
    const store = reportsStore({
      audit: {
        key: 'rain',
        entries: [
          { stream: 'ndms.reports', seq: 3, id: 'a', kind: 'report.heavy-rain', op: 'upsert', ts: T0 + 2 * MIN, receivedAt: T0, status: 'actual', user: null, role: null, note: null, severity: 'severe', source: 'x', refused: null },
          { stream: 'ops.ndms', seq: 1, id: 'b', kind: 'report.ack', op: 'upsert', ts: T0 + 4 * MIN, receivedAt: T0, status: 'actual', user: 'kim', role: 'operator', note: SCRIPT, severity: null, source: 'user:kim', refused: null },
          { stream: 'ops.ndms', seq: 2, id: 'c', kind: 'report.ack', op: 'upsert', ts: T0 + 5 * MIN, receivedAt: T0, status: 'actual', user: 'lee', role: 'operator', note: '', severity: null, source: 'user:lee', refused: 'report rain is acknowledged; only a new report can be acknowledged' },
        ],
      },
    });
    const html = render(<ReportAudit store={store} />);
    expect((html.match(/data-testid="ndms-audit-entry"/g) ?? []).length).toBe(3);
    expect(html).toContain('kim (operator)');
    expect(html).toContain('2026-03-01 09:04 KST');
    expect(html).toContain('적용 안 됨');
    expect(html).not.toContain('<script>');
  });
});

describe('attention banner, start-up alert prompt and the acknowledge dialog', () => {
  it('the banner counts unacknowledged critical reports and names the newest (marked when an exercise)', () => {
    const html = render(<ReportAttentionBanner store={reportsStore({})} />);
    expect(html).toContain('data-testid="ndms-attention-banner"');
    expect(html).toContain('data-count="2"');
    expect(html).toContain('data-newest="drill"');
    expect(html).toContain('미확인 긴급 상황보고 2건');
    expect(html).toContain('훈련');
    expect(render(<ReportAttentionBanner store={createReportsUiStore({ alerts: 'enabled', view: view([report('s', 'heavy-snow', 'minor', T0)]) })} />)).toBe('');
  });

  it('marks escalated reports in the banner, for supervisors most of all', () => {
    const escalated = view([report('t', 'typhoon', 'extreme', T0), { ...step(ackCommand('t', 'x', ''), T0 + 6 * MIN, 'kim'), kind: 'report.escalate', props: { reportKey: 't', user: 'kim', note: '', to: ['supervisor'] } }]);
    const html = render(<ReportAttentionBanner store={createReportsUiStore({ alerts: 'enabled', view: escalated })} />, { user: { name: 'boss', role: 'supervisor', sensitive: false } });
    expect(html).toContain('data-escalated="1"');
    expect(html).toContain('상급자 보고 1건');
    expect(html).toContain('ndms-escalated-supervisor');
    const list = render(<NdmsReportsPanel store={createReportsUiStore({ panelOpen: true, view: escalated })} />, { user: { name: 'boss', role: 'supervisor', sensitive: false } });
    expect(list).toMatch(/data-key="t"[^>]*data-escalated="true"/);
    expect(list).toContain('data-testid="ndms-report-escalated"');
    expect(list).toContain('data-testid="ndms-escalate-after"');
  });

  it('asks for the alert click at start, not once it was answered', () => {
    expect(render(<EnableAlertsPrompt store={reportsStore({ alerts: 'ask' })} onEnable={() => undefined} />)).toContain('data-testid="ndms-enable-alerts-button"');
    expect(render(<ReportAttentionBanner store={reportsStore({ alerts: 'ask', view: null })} />)).toContain('data-testid="ndms-enable-alerts"');
    expect(render(<EnableAlertsPrompt store={reportsStore({ alerts: 'enabled' })} onEnable={() => undefined} />)).toBe('');
    expect(render(<EnableAlertsPrompt store={reportsStore({ alerts: 'declined' })} onEnable={() => undefined} />)).toBe('');
  });

  it('the dialog asks for a note and says who the step is recorded as', () => {
    const html = render(<ReportDialog store={reportsStore({ dialog: { key: 'typhoon', action: 'ack' } })} />, { user: { name: 'kim', role: 'supervisor', sensitive: false } });
    expect(html).toContain('data-testid="ndms-report-note"');
    expect(html).toContain('상황 보고 확인');
    expect(html).toContain('kim (supervisor) 이름으로 기록됩니다');
    expect(render(<ReportDialog store={reportsStore({})} />)).toBe('');
  });
});

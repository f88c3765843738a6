/**
 * The GCMA "unverified" badge outside the service panels (server-rendered markup): a helicopter
 * assignment, an NDMS report acknowledgement and its audit step, a drafted alert's send, and an ITS link
 * closure each show the
 * one shared badge when this workstation's check of the action failed, and no flag when it verified.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { FeedsStatus, LiveFeature } from '../../main/common/live-sync';
import { signatureCheckOf } from '../../main/common/gcma/signature-check';
import type { AlertSummary } from '../../main/common/ndms/alert-ipc';
import type { ReportAuditEntry } from '../../main/common/ndms/report-ipc';
import { ackCommand, replayReports, type ReportEventLike } from '../../main/common/ndms/reports';
import { createReportsUiStore } from '../domains/ndms/reports-store';
import { createLiveStore, getEmptyLiveState } from '../state/live-store';
import { ForestAssignments } from './forest-assignments';
import { ItsLinkCardView } from './its-link-card';
import { AlertCard } from './ndms-alerts-panel';
import { NdmsReportsPanel, ReportAudit } from './ndms-reports-panel';
import { createAppStores, StoresContext } from './stores';
import { offlineTransport } from './testing/offline-transport';
import { VerificationBadge } from './verification-badge';

const T0 = Date.UTC(2026, 7, 27, 0, 0);
let seq = 0;
function feature(stream: string, key: string, kind: string, props: Record<string, unknown>): LiveFeature {
  seq++;
  return { stream, key, kind, status: 'exercise', ts: T0 + seq, receivedAt: T0 + seq * 1000, seq, props, geometry: null };
}
const VERIFIED = { user: 'kim', verified: true };
const FORGED = { user: 'kim', verified: false, verifyReason: 'bad signature' };

const feeds: FeedsStatus = { exercise: true, hub: { mode: 'remote', url: null, state: 'live', refusal: null, lastError: null, lastHeartbeatAt: null }, demo: null, outboxPending: 0, user: { name: 'kim', role: 'operator', sensitive: false }, streams: [], at: 0 };

function render(el: React.ReactElement, streams: Record<string, LiveFeature[]> = {}): string {
  const live = createLiveStore({ ...getEmptyLiveState(), loaded: true, needsSnapshot: false, feeds, streams: Object.fromEntries(Object.entries(streams).map(([s, fs]) => [s, Object.fromEntries(fs.map((f) => [f.key, f]))])) });
  return renderToStaticMarkup(<StoresContext.Provider value={{ ...createAppStores(offlineTransport), live }}>{el}</StoresContext.Provider>);
}
/** The element with this data-testid (and its content up to its closing tag). */
const part = (html: string, testId: string, tag = 'li'): string => html.match(new RegExp(`<${tag}[^>]*data-testid="${testId}"[^>]*>.*?</${tag}>`))?.[0] ?? '';

describe('the unverified badge on forest, NDMS and ITS actions', () => {
  it('one badge: flagged with its reason when unverified; flagOnly shows nothing for a verified or unchecked action', () => {
    const bad = renderToStaticMarkup(<StoresContext.Provider value={createAppStores(offlineTransport)}><VerificationBadge check={{ verified: false, verifyReason: 'unsigned' }} /></StoresContext.Provider>);
    expect(bad).toMatch(/data-testid="ops-unverified" data-reason="unsigned"/);
    expect(render(<VerificationBadge action={{ props: VERIFIED }} />)).toContain('data-testid="ops-verified"');
    expect(render(<VerificationBadge action={{ props: VERIFIED }} flagOnly />)).toBe('');
    expect(render(<VerificationBadge check={undefined} flagOnly />)).toBe('');
    expect(signatureCheckOf(FORGED)).toEqual({ verified: false, verifyReason: 'bad signature' });
    expect(signatureCheckOf({ user: 'kim' })).toBeUndefined();
  });

  it('helicopter assignments: the forged one is flagged, the signed one is not', () => {
    const html = render(<ForestAssignments />, {
      'ops.dispatch': [
        feature('ops.dispatch', 'helicopter:KFS-701', 'helicopter.assign', { helicopterId: 'KFS-701', fireKey: 'f', ...VERIFIED }),
        feature('ops.dispatch', 'helicopter:KFS-702', 'helicopter.assign', { helicopterId: 'KFS-702', fireKey: 'f', ...FORGED }),
      ],
    });
    expect(part(html, 'forest-assigned-KFS-702')).toMatch(/data-testid="ops-unverified" data-reason="bad signature"/);
    expect(part(html, 'forest-assigned-KFS-701')).not.toContain('ops-unverified');
    expect(part(html, 'forest-assigned-KFS-701')).toContain('KFS-701');
  });

  it('NDMS reports: a forged acknowledgement is flagged in the list and in the audit trail, a signed one is not', () => {
    const report = (key: string): ReportEventLike => ({ stream: 'ndms.reports', kind: 'report.typhoon', key, op: 'upsert', ts: T0, status: 'actual', props: { severity: 'extreme', regions: ['부산'] }, source: 'test' });
    const ack = (key: string, props: Record<string, unknown>): ReportEventLike => {
      const cmd = ackCommand(key, 'kim', '확인');
      return { stream: cmd.stream, kind: cmd.kind, key, op: 'upsert', ts: T0 + 60_000, status: 'actual', props: { ...cmd.props, ...props }, source: 'user:kim' };
    };
    const events = [report('good'), report('bad'), ack('good', VERIFIED), ack('bad', FORGED)];
    const view = { items: [...replayReports(events).state.values()], refusals: [], escalateAfterMs: 300_000 };
    expect(view.items.find((i) => i.key === 'bad')!.ack!.check).toEqual({ verified: false, verifyReason: 'bad signature' });
    const html = render(<NdmsReportsPanel store={createReportsUiStore({ view, panelOpen: true })} />);
    const item = (key: string) => html.match(new RegExp(`<li[^>]*data-testid="ndms-report-item" data-key="${key}".*?</li>`))?.[0] ?? '';
    expect(item('bad')).toMatch(/data-testid="ndms-report-ack"><span class="ops-unverified" data-testid="ops-unverified" data-reason="bad signature"/);
    expect(item('good')).toContain('data-testid="ndms-report-ack"');
    expect(item('good')).not.toContain('ops-unverified');

    const entry = (id: string, check: ReportAuditEntry['check']): ReportAuditEntry => ({ stream: 'ops.ndms', seq: 1, id, kind: 'report.ack', op: 'upsert', ts: T0, receivedAt: T0, status: 'actual', user: 'kim', role: 'operator', note: null, severity: null, source: 'user:kim', refused: null, ...(check ? { check } : {}) });
    const audit = render(<ReportAudit store={createReportsUiStore({ audit: { key: 'bad', entries: [{ ...entry('a', { verified: true, verifyReason: null }), seq: 1 }, { ...entry('b', { verified: false, verifyReason: 'unsigned' }), seq: 2 }] } })} />);
    const entries = [...audit.matchAll(/<li[^>]*data-testid="ndms-audit-entry".*?<\/li>/g)].map((m) => m[0]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('data-testid="ops-verified"');
    expect(entries[0]).not.toContain('ops-unverified');
    expect(entries[1]).toMatch(/data-testid="ops-unverified" data-reason="unsigned"/);
  });

  it('ITS: a link closed by a forged closure is flagged on its card, a signed closure is not', () => {
    const link = { linkId: 'L1', roadName: '경부고속도로', dir: null, lanes: 4, freeFlowKmh: 100, lon: 127, lat: 37 };
    const closure = (props: Record<string, unknown>) => ({ 'ops.closures': [feature('ops.closures', 'closure:1', 'road.closure', { linkIds: ['L1'], ...props })] });
    const bad = render(<ItsLinkCardView link={link} />, closure(FORGED));
    expect(part(bad, 'its-closed-by-operator', 'p')).toMatch(/data-testid="ops-unverified" data-reason="bad signature"/);
    const good = render(<ItsLinkCardView link={link} />, closure(VERIFIED));
    expect(part(good, 'its-closed-by-operator', 'p')).not.toBe('');
    expect(part(good, 'its-closed-by-operator', 'p')).not.toContain('ops-unverified');
  });

  it("NDMS alerts: a drafted alert whose send did not verify is flagged at its sender, a signed one is not", () => {
    // Fields of the alert summary beyond the ones every version of it has (spread, so either version type-checks).
    const lifecycleFields = { eventCode: null, polygon: null, msgType: 'Alert', supersedes: null, lifecycle: { state: 'active', by: null, at: null, reason: null, replacedBy: null, capXml: null } } as const;
    const alert = (key: string): AlertSummary => ({
      ...lifecycleFields, key, status: 'exercise', ts: T0, origin: 'draft', level: '안전안내', severity: 'moderate', disasterType: '산불', message: '대피 바랍니다',
      texts: [{ language: 'ko-KR', text: '대피 바랍니다' }], regions: [], unresolved: [], adults2022: 0, method: 'none', geometry: null, sentBy: 'park', capXml: null,
    });
    const ops = { 'ops.ndms': [feature('ops.ndms', 'alert:good', 'alert.send', { user: 'park', verified: true }), feature('ops.ndms', 'alert:bad', 'alert.send', { user: 'park', verified: false, verifyReason: 'unsigned' })] };
    const sender = (html: string) => html.match(/<dd data-testid="ndms-alert-sender">.*?<\/dd>/)?.[0] ?? '';
    expect(sender(render(<AlertCard a={alert('alert:bad')} />, ops))).toMatch(/data-testid="ops-unverified" data-reason="unsigned".*park<\/dd>/);
    const good = sender(render(<AlertCard a={alert('alert:good')} />, ops));
    expect(good).toBe('<dd data-testid="ndms-alert-sender">park</dd>');
  });
});

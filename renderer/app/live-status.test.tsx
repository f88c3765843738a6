import { renderToStaticMarkup } from 'react-dom/server';
import type { FeedsStatus } from '../../main/common/live-sync';
import { ExerciseBanner, FeedDownBanner, FeedStatus, moduleFreshness, worstFreshness } from './live-status';
import { HubDialog } from './hub-dialog';
import { LayerList } from './layer-list';
import { createAppStores, StoresContext, type AppStores } from './stores';
import { createLiveStore, getEmptyLiveState, type LiveData } from '../state/live-store';
import { createUiStore, getEmptyUiState, type UiData } from '../state/ui-store';
import { defaultRegistry } from '../map/registry';
import { offlineTransport } from './testing/offline-transport';

const api = offlineTransport;

function status(states: Record<string, 'live' | 'stale' | 'down'>, hub: Partial<FeedsStatus['hub']> = {}): FeedsStatus {
  return {
    exercise: true,
    hub: { mode: 'demo', url: null, state: 'live', refusal: null, lastError: null, lastHeartbeatAt: 1, ...hub },
    demo: null,
    outboxPending: 0,
    user: null,
    streams: Object.entries(states).map(([stream, state]) => ({ stream, state, lastEventAt: 1, ageMs: 12_000, lagMs: 5, reason: 'ok' })),
    at: 2,
  };
}

function stores(live: Partial<LiveData>, ui: Partial<UiData> = {}): AppStores {
  return { ...createAppStores(api), live: createLiveStore({ ...getEmptyLiveState(), ...live }), ui: createUiStore({ ...getEmptyUiState(), ...ui }) };
}

const render = (s: AppStores, element: React.ReactElement) => renderToStaticMarkup(<StoresContext.Provider value={s}>{element}</StoresContext.Provider>);

describe('live status UI (server-rendered markup)', () => {
  it('the exercise banner shows in both languages while the demo hub is the source, and not otherwise', () => {
    const ko = render(stores({ exercise: true }), <ExerciseBanner />);
    expect(ko).toContain('data-testid="exercise-banner"');
    expect(ko).toContain('훈련 상황 — 데모 허브');
    expect(ko).toContain('EXERCISE — demo hub');
    expect(render(stores({ exercise: true }, { language: 'en' }), <ExerciseBanner />)).toMatch(/<strong>EXERCISE — demo hub<\/strong>/);
    expect(render(stores({ exercise: false }), <ExerciseBanner />)).toBe('');
  });

  it('the status bar shows the hub state and each stream with icon and word, not colour alone', () => {
    const html = render(stores({ feeds: status({ 'its.traffic': 'live', 'ndms.quakes': 'stale', 'forest.fires': 'down' }) }), <FeedStatus />);
    expect(html).toContain('data-testid="feed-status"');
    expect(html).toContain('data-hub="live"');
    expect(html).toMatch(/data-stream="its.traffic" data-state="live"/);
    expect(html).toMatch(/data-stream="forest.fires" data-state="down"/);
    expect(html).toContain('✕');
    expect(html).toContain('⚠');
    expect(html).toContain('12초 전');
    expect(render(stores({}), <FeedStatus />)).toContain('피드 상태 모름');
  });

  it('a down stream is loud until dismissed', () => {
    const html = render(stores({ feeds: status({ 'forest.fires': 'down', 'its.traffic': 'live' }) }), <FeedDownBanner />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('피드 중단: forest.fires');
    expect(render(stores({ feeds: status({ 'forest.fires': 'down' }), dismissedDown: { 'forest.fires': true } }), <FeedDownBanner />)).toBe('');
  });

  it('each live layer row shows its stream freshness', () => {
    const feeds = status({ 'its.traffic': 'live', 'its.events': 'down' });
    const html = render(stores({ feeds }), <LayerList />);
    expect(html).toMatch(/data-layer="its-traffic:links" data-freshness="live"/);
    expect(html).toMatch(/data-layer="its-traffic:incidents" data-freshness="down"/);
    expect(html).toMatch(/data-layer="ndms:quakes" data-freshness="none"/);
    expect(html).not.toMatch(/data-layer="k-geo:sido" data-freshness/);
    const fires = defaultRegistry.modules.find((m) => m.id === 'forest-disaster:fires');
    expect(fires && moduleFreshness(fires, feeds)).toBe('none');
    expect(worstFreshness(['live', 'stale'])).toBe('stale');
    expect(worstFreshness(['live', 'down', 'stale'])).toBe('down');
  });

  it('a live layer counts its items without a location (not drawn), with their text on hover', () => {
    const alert = { stream: 'ndms.alerts', key: 'dssp:1', kind: 'alert.cbs', status: 'exercise', ts: 1, receivedAt: 2, seq: 1, props: { message: '[행정안전부] 호우주의보' }, geometry: null };
    const html = render(stores({ streams: { 'ndms.alerts': { 'dssp:1': alert } } }), <LayerList />);
    expect(html).toContain('data-unplaced="1"');
    expect(html).toContain('위치 없는 항목 1건');
    expect(html).toContain('[행정안전부] 호우주의보');
  });

  it('the hub dialog offers the demo hub or a remote hub, with a password field that starts empty', () => {
    const html = render(stores({ feeds: status({}, { mode: 'remote', url: 'wss://hub.example:8443', state: 'refused', refusal: { code: 'auth', message: 'token revoked' } }) }, { hubDialogOpen: true, language: 'en' }), <HubDialog />);
    expect(html).toContain('data-testid="hub-dialog"');
    expect(html).toContain('Demo hub');
    expect(html).toContain('type="password"');
    expect(html).not.toContain('********');
    expect(html).toContain('Now: remote hub · refused');
    expect(html).toContain('Refused by the hub: token revoked');
    expect(render(stores({}), <HubDialog />)).toBe('');
  });
});

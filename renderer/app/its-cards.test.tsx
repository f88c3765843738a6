import { renderToStaticMarkup } from 'react-dom/server';
import type { LiveFeature } from '../../main/common/live-sync';
import { ItsItemCardView } from './its-item-card';
import { CctvPicture, cameraOf } from './its-cctv-viewer';
import { createAppStores, StoresContext, type AppStores } from './stores';
import { createUiStore, getEmptyUiState } from '../state/ui-store';
import { offlineTransport } from './testing/offline-transport';
import { ItsTrafficPanel } from './its-traffic-panel';
import { createLiveStore, getEmptyLiveState } from '../state/live-store';

function stores(language: 'ko' | 'en' = 'ko'): AppStores {
  return { ...createAppStores(offlineTransport), ui: createUiStore({ ...getEmptyUiState(), language }) };
}
const render = (el: React.ReactElement, language: 'ko' | 'en' = 'ko') => renderToStaticMarkup(<StoresContext.Provider value={stores(language)}>{el}</StoresContext.Provider>);

function live(stream: string, key: string, kind: string, props: Record<string, unknown>, status = 'actual'): LiveFeature {
  return { stream, key, kind, status, ts: Date.UTC(2026, 7, 26, 23, 10), receivedAt: 0, seq: 1, geometry: { type: 'Point', coordinates: [127.1, 37.2] }, props };
}

const accident = live('its.events', 'its-event:1', 'incident.accident', {
  kind: 'accident', eventType: 'acc', eventDetailType: '다중추돌', type: '고속도로', startTs: Date.UTC(2026, 7, 26, 23, 10), endTs: null, linkId: 'EX0001-s215-B',
  roadName: '경부고속도로', roadNo: '1', roadDrcType: '2', lanesBlock: 'full', lanesBlocked: '전차로',
  message: '<img src=x onerror=alert(1)> 다중 추돌사고로 서울방향 전 차로 통제',
}, 'exercise');

describe('ITS item cards (server-rendered markup)', () => {
  it('an incident card shows type, lanes blocked, start/end in KST and the message as text', () => {
    const html = render(<ItsItemCardView item={{ kind: 'incident', key: accident.key }} f={accident} />);
    expect(html).toContain('data-testid="its-item-card"');
    expect(html).toMatch(/data-testid="its-incident-kind">사고</);
    expect(html).toMatch(/data-testid="its-incident-lanes">전면 통제 · 전차로</);
    // 23:10 UTC is 08:10 the next day in Korea (the test process runs in America/Halifax).
    expect(html).toMatch(/data-testid="its-incident-start">2026-08-27 08:10 KST</);
    expect(html).toMatch(/data-testid="its-incident-end">진행 중</);
    expect(html).toContain('훈련 자료');
    // Upstream text is text: the markup in the message is escaped, never an element.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; 다중 추돌사고');
    expect(html).not.toContain('<img src=x');
    const ended = render(<ItsItemCardView item={{ kind: 'incident', key: accident.key }} f={{ ...accident, props: { ...accident.props, endTs: Date.UTC(2026, 7, 27, 0, 30) } }} />, 'en');
    expect(ended).toMatch(/data-testid="its-incident-end">2026-08-27 09:30 KST</);
    expect(ended).toMatch(/data-testid="its-incident-kind">Accident</);
  });

  it('a sign card shows its current text line by line; a hazard card its kind and message', () => {
    const vms = live('its.vms', 'vms:1', 'vms', { vmsId: 'V1', name: '경부 안성 VMS', text: '전방 5km 사고\n전 차로 통제', linkId: null, roadName: '경부고속도로' });
    const html = render(<ItsItemCardView item={{ kind: 'vms', key: 'vms:1' }} f={vms} />);
    expect(html).toContain('<strong>경부 안성 VMS</strong>');
    expect(html).toMatch(/data-testid="its-vms-text">전방 5km 사고\n전 차로 통제</);
    const fog = live('its.hazards', 'hazard:1', 'hazard.fog', { hazardId: 'H1', kind: 'fog', roadName: '중앙고속도로', linkId: null, message: '짙은 안개', visibilityM: 80, startTs: 0, endTs: null });
    const h = render(<ItsItemCardView item={{ kind: 'hazard', key: 'hazard:1' }} f={fog} />);
    expect(h).toMatch(/data-testid="its-hazard-kind">안개</);
    expect(h).toContain('80 m');
    expect(h).toMatch(/data-testid="its-hazard-message">짙은 안개</);
  });

  it('the camera viewer shows a still only from a configured origin and refuses any other without an element that would load it', () => {
    const cam = cameraOf(live('its.cctv', 'its-cctv:1', 'cctv.still', { name: '서울TG', kind: 'still', url: 'http://127.0.0.1:8123/still.png', format: null, resolution: null, roadSectionId: null, fileCreatedTs: null }))!;
    expect(cam).toEqual({ name: '서울TG', kind: 'still', url: 'http://127.0.0.1:8123/still.png' });
    const shown = render(<CctvPicture camera={cam} origins={['http://127.0.0.1:8123']} />);
    expect(shown).toContain('data-testid="its-cctv-still"');
    expect(shown).toContain('src="http://127.0.0.1:8123/still.png"');
    const refused = render(<CctvPicture camera={{ ...cam, url: 'http://127.0.0.1:9999/still.png' }} origins={['http://127.0.0.1:8123']} />);
    expect(refused).toContain('data-testid="its-cctv-refused"');
    expect(refused).toContain('http://127.0.0.1:9999');
    expect(refused).not.toMatch(/<img|<video/);
    expect(render(<CctvPicture camera={cam} origins={[]} />)).toContain('설정된 CCTV 출처가 없습니다');
    // Not known yet: nothing is loaded until the origins are read.
    expect(render(<CctvPicture camera={cam} origins={null} />)).not.toMatch(/<img|<video/);
  });

  it('a live HLS camera gets a source-less <video> for hls.js where MSE exists, a native source only without MSE, else the address', () => {
    const hls = { name: '서울TG', kind: 'live-hls' as const, url: 'http://127.0.0.1:8123/live/cam.m3u8' };
    const origins = ['http://127.0.0.1:8123'];
    const viaHlsJs = render(<CctvPicture camera={hls} origins={origins} support={{ mse: true, native: true }} />);
    expect(viaHlsJs).toContain('data-testid="its-cctv-hls"');
    expect(viaHlsJs).not.toContain('src=');
    const native = render(<CctvPicture camera={hls} origins={origins} support={{ mse: false, native: true }} />);
    expect(native).toContain('data-testid="its-cctv-video"');
    expect(native).toContain('src="http://127.0.0.1:8123/live/cam.m3u8"');
    const none = render(<CctvPicture camera={hls} origins={origins} support={{ mse: false, native: false }} />);
    expect(none).toContain('data-testid="its-cctv-hls-unsupported"');
    expect(none).not.toMatch(/<video/);
    // Another origin is refused before any playback is chosen.
    expect(render(<CctvPicture camera={{ ...hls, url: 'http://127.0.0.1:9999/live/cam.m3u8' }} origins={origins} support={{ mse: true, native: true }} />)).not.toMatch(/<video/);
  });
});

describe('ITS traffic panel (server-rendered markup)', () => {
  it('offers road and region filters and lists the slowest links and active incidents', () => {
    const speed = (linkId: string, speedKmh: number): LiveFeature => ({ ...live('its.traffic', linkId, 'link.speed', { linkId, roadName: '경부고속도로', speedKmh, congestion: 'jammed' }), geometry: null });
    const s: AppStores = {
      ...stores(),
      live: createLiveStore({ ...getEmptyLiveState(), loaded: true, streams: { 'its.traffic': { A: speed('A', 12), B: speed('B', 70) }, 'its.events': { [accident.key]: accident } } }),
    };
    const html = renderToStaticMarkup(
      <StoresContext.Provider value={s}>
        <ItsTrafficPanel />
      </StoresContext.Provider>,
    );
    expect(html).toContain('data-testid="its-panel-road"');
    expect(html).toContain('data-testid="its-panel-region-search"');
    expect(html).toMatch(/<li data-link-id="A">.*<li data-link-id="B">/s);
    expect(html).toContain(`data-key="${accident.key}"`);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

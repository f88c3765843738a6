import { renderToStaticMarkup } from 'react-dom/server';
import type { AlertSummary } from '../../main/common/ndms/alert-ipc';
import type { FeedsStatus } from '../../main/common/live-sync';
import { createLiveStore, getEmptyLiveState } from '../state/live-store';
import { alertAreaCollection, draftCollection } from '../domains/ndms/alert-areas';
import { closedRing, createAlertUiStore, DISASTER_TYPES, sendArgsOf } from '../domains/ndms/alert-ui-store';
import { recoveryStates } from '../domains/ndms/recovery';
import { AlertCard, AlertList, NdmsAlertsPanel, kstShort } from './ndms-alerts-panel';
import { NdmsDamageSection } from './ndms-damage-section';
import { createAppStores, StoresContext, type AppStores } from './stores';
import { offlineTransport } from './testing/offline-transport';

const payload = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">[행정안전부] 대피';

const alert = (over: Partial<AlertSummary> = {}): AlertSummary => ({
  key: 'dssp:200001',
  status: 'actual',
  ts: Date.UTC(2026, 7, 26, 23, 30),
  origin: 'dssp',
  level: '긴급재난',
  severity: 'severe',
  disasterType: '호우',
  message: payload,
  texts: [{ language: 'ko-KR', text: payload }],
  regions: [{ level: 'sido', code: '26', name: '부산광역시', nameEn: 'Busan', sidoName: '부산광역시' }],
  unresolved: [],
  adults2022: 2_893_000,
  method: 'regions',
  geometry: { type: 'MultiPolygon', coordinates: [[[[129, 35], [129.1, 35], [129.1, 35.1], [129, 35]]]] },
  sentBy: null,
  capXml: null,
  eventCode: null,
  polygon: null,
  msgType: null,
  supersedes: null,
  lifecycle: { state: 'active', by: null, at: null, reason: null, replacedBy: null, capXml: null },
  ...over,
});

function storesAs(role: 'viewer' | 'operator' | 'supervisor' | null): AppStores {
  const feeds = { exercise: false, user: role ? { name: 'u', role, sensitive: false } : null } as FeedsStatus;
  return { ...createAppStores(offlineTransport), live: createLiveStore({ ...getEmptyLiveState(), feeds }) };
}

const render = (stores: AppStores, el: React.ReactElement) => renderToStaticMarkup(<StoresContext.Provider value={stores}>{el}</StoresContext.Provider>);

describe('NDMS alert panel', () => {
  it('renders an HTML/script payload in MSG_CN as characters, never as markup', () => {
    const html = render(storesAs('viewer'), <AlertCard a={alert()} />);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;[행정안전부] 대피');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('2,893,000');
  });

  it('marks exercise and test alerts on the list line and the card; actual alerts carry no mark', () => {
    const list = render(storesAs('viewer'), <AlertList alerts={[alert({ key: 'a', status: 'exercise' }), alert({ key: 'b', status: 'test' }), alert({ key: 'c' })]} selectedKey={null} />);
    expect(list.match(/data-testid="ndms-alert-mark"/g)).toHaveLength(2);
    expect(list).toContain('훈련');
    expect(list).toContain('시험');
    expect(render(storesAs('viewer'), <AlertCard a={alert({ status: 'exercise' })} />)).toContain('ndms-mark-exercise');
  });

  it('shows the drafted alert\'s sender, every language and the CAP save button', () => {
    const html = render(storesAs('viewer'), <AlertCard a={alert({ origin: 'draft', sentBy: 'park.supervisor', capXml: '<alert/>', texts: [{ language: 'ko-KR', text: '가' }, { language: 'en-US', text: 'A' }, { language: 'zh-CN', text: '甲' }], method: 'area-weighted' })} />);
    expect(html).toContain('park.supervisor');
    expect(html.match(/data-testid="ndms-alert-message"/g)).toHaveLength(3);
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('ndms-alert-save-cap');
    expect(html).toContain('면적 비례 추정');
  });

  it('offers drafting to supervisors only', () => {
    expect(render(storesAs('supervisor'), <NdmsAlertsPanel />)).toContain('data-testid="ndms-draft-open"');
    for (const role of ['viewer', 'operator', null] as const) expect(render(storesAs(role), <NdmsAlertsPanel />)).not.toContain('ndms-draft-open');
  });

  it('formats times in KST whatever the machine zone', () => {
    expect(kstShort(Date.UTC(2026, 7, 26, 23, 30))).toBe('08-27 08:30');
  });

  it('lists damage per region with recovery, demo regions marked', () => {
    const html = render(storesAs('viewer'), <NdmsDamageSection summary={{ unplaced: 1, regions: [{ sigunguCode: '48310', name: '거제시', sidoName: '경상남도', count: 2, amountKrw: 6e8, recovery: 'in-progress', recoveredShare: 0.5, demo: true }] }} />);
    expect(html).toContain('경상남도 거제시');
    expect(html).toContain('6억원 (2)');
    expect(html).toContain('진행 중 50%');
    expect(html).toContain('데모');
    expect(html).toContain('위치를 알 수 없는 피해 보고 1건');
  });
});

describe('NDMS alert cancel and update', () => {
  const drafted = (over: Partial<AlertSummary> = {}) =>
    alert({ key: 'draft:sitroom-a-0001', origin: 'draft', sentBy: 'kim', capXml: '<alert/>', eventCode: 'EQW', disasterType: '지진', texts: [{ language: 'ko-KR', text: '여진 주의' }, { language: 'en-US', text: 'Aftershocks' }], ...over });
  const cancelled = { state: 'cancelled' as const, by: 'lee.supervisor', at: Date.UTC(2026, 7, 26, 18, 5), reason: '<b>대상 지역 오류</b>', replacedBy: null, capXml: '<alert><msgType>Cancel</msgType></alert>' };
  const superseded = { state: 'superseded' as const, by: 'kim', at: Date.UTC(2026, 7, 26, 18, 0), reason: null, replacedBy: 'draft:sitroom-b-0002', capXml: null };

  it('offers Update and Cancel to supervisors only, on an active alert drafted here', () => {
    const html = render(storesAs('supervisor'), <AlertCard a={drafted()} />);
    expect(html).toContain('data-testid="ndms-alert-update"');
    expect(html).toContain('data-testid="ndms-alert-cancel"');
    for (const role of ['viewer', 'operator', null] as const) {
      const other = render(storesAs(role), <AlertCard a={drafted()} />);
      expect(other).not.toContain('ndms-alert-update');
      expect(other).not.toContain('ndms-alert-cancel"');
    }
    // Received alerts (DSSP, CAP) are not ours to withdraw; cancelled or superseded ones are final.
    expect(render(storesAs('supervisor'), <AlertCard a={alert()} />)).not.toContain('ndms-alert-update');
    for (const lifecycle of [cancelled, superseded]) expect(render(storesAs('supervisor'), <AlertCard a={drafted({ lifecycle })} />)).not.toContain('ndms-alert-update');
  });

  it('a cancelled alert is struck and labelled 취소됨 on the list, its card says who, when and why (as text) and offers the Cancel CAP', () => {
    const list = render(storesAs('viewer'), <AlertList alerts={[drafted({ lifecycle: cancelled }), alert({ key: 'b' })]} selectedKey={null} />);
    expect(list.match(/data-testid="ndms-alert-state"/g)).toHaveLength(1);
    expect(list).toContain('data-state="cancelled"');
    expect(list).toContain('ndms-life-cancelled');
    expect(list).toContain('취소됨');
    const card = render(storesAs('viewer'), <AlertCard a={drafted({ lifecycle: cancelled })} />);
    expect(card).toContain('lee.supervisor 취소 (08-27 03:05 KST):');
    expect(card).toContain('&lt;b&gt;대상 지역 오류&lt;/b&gt;');
    expect(card).toContain('data-testid="ndms-alert-save-cancel-cap"');
  });

  it('a superseded alert is labelled 갱신됨 with the way to its update; the update links back to the original', () => {
    const card = render(storesAs('viewer'), <AlertCard a={drafted({ lifecycle: superseded })} />);
    expect(card).toContain('갱신됨');
    expect(card).toContain('data-testid="ndms-alert-show-update" data-key="draft:sitroom-b-0002"');
    const upd = render(storesAs('viewer'), <AlertCard a={drafted({ key: 'draft:sitroom-b-0002', msgType: 'Update', supersedes: 'draft:sitroom-a-0001' })} />);
    expect(upd).toContain('data-testid="ndms-alert-show-original" data-key="draft:sitroom-a-0001"');
    expect(upd).not.toContain('data-testid="ndms-alert-state"');
  });

  it('Update opens the draft prefilled from the alert and sends it as an update of it', () => {
    const a = drafted({ regions: [{ level: 'sigungu', code: '47130', name: '경주시', nameEn: 'Gyeongju', sidoName: '경상북도' }], polygon: [[129, 35.8], [129.1, 35.8], [129.1, 35.9], [129, 35.8]], level: '위급재난' });
    const store = createAlertUiStore();
    store.getState().startUpdate(a);
    const s = store.getState();
    expect(s.draftOpen).toBe(true);
    expect(s.updating?.key).toBe(a.key);
    expect(s.picked).toEqual([{ level: 'sigungu', code: '47130', name: '경상북도 경주시' }]);
    expect(s.polygon).toEqual([[129, 35.8], [129.1, 35.8], [129.1, 35.9]]);
    expect(s.form).toEqual({ level: '위급재난', typeIndex: DISASTER_TYPES.findIndex((d) => d.code === 'EQW'), ko: '여진 주의', en: 'Aftershocks', zh: '' });
    expect(sendArgsOf(s)).toEqual({
      level: '위급재난', disasterType: '지진', eventCode: 'EQW', category: 'Geo', texts: { ko: '여진 주의', en: 'Aftershocks' },
      regions: [{ level: 'sigungu', code: '47130' }], polygon: [[129, 35.8], [129.1, 35.8], [129.1, 35.9], [129, 35.8]], supersedes: 'draft:sitroom-a-0001',
    });
    // A send (or closing the screen) ends the update: the next draft is a new alert.
    store.getState().resetDraft();
    expect(store.getState().updating).toBeNull();
    expect(sendArgsOf(store.getState())).not.toHaveProperty('supersedes');
    store.getState().startUpdate(a);
    store.getState().openDraft(false);
    expect(store.getState().updating).toBeNull();
  });

  it('the map leaves superseded areas out and marks cancelled ones', () => {
    const fc = alertAreaCollection([drafted({ key: 'x', lifecycle: superseded }), drafted({ key: 'y', lifecycle: cancelled }), drafted({ key: 'z' })], null);
    expect(fc.features.map((f) => [f.id, f.properties!['state']])).toEqual([['y', 'cancelled'], ['z', 'active']]);
  });
});

describe('NDMS alert map data', () => {
  it('one area feature per alert with a geometry, the selected one last', () => {
    const fc = alertAreaCollection([alert({ key: 'a' }), alert({ key: 'b', geometry: null }), alert({ key: 'c', status: 'exercise' })], 'a');
    expect(fc.features.map((f) => [f.id, f.properties!['selected'], f.properties!['status']])).toEqual([['c', false, 'exercise'], ['a', true, 'actual']]);
  });

  it('the draft: area, ring (open while drawing) and vertices', () => {
    const pts: Array<[number, number]> = [[127, 37], [127.1, 37], [127.1, 37.1]];
    const drawing = draftCollection(null, pts, true);
    expect(drawing.features.map((f) => f.properties!['part'])).toEqual(['ring', 'vertex', 'vertex', 'vertex']);
    expect(drawing.features[0]!.geometry).toEqual({ type: 'LineString', coordinates: pts });
    const done = draftCollection(null, pts, false);
    expect((done.features[0]!.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(4);
    expect(closedRing(pts)).toEqual([...pts, pts[0]]);
    expect(closedRing(pts.slice(0, 2))).toBeUndefined();
  });

  it('the draft store toggles regions and keeps only polygons of three or more points', () => {
    const s = createAlertUiStore();
    s.getState().togglePicked({ level: 'sigungu', code: '11110', name: '종로구' });
    s.getState().togglePicked({ level: 'sido', code: '41', name: '경기도' });
    s.getState().togglePicked({ level: 'sigungu', code: '11110', name: '종로구' });
    expect(s.getState().picked.map((p) => p.code)).toEqual(['41']);
    s.getState().startDrawing();
    s.getState().addPoint([127, 37]);
    s.getState().addPoint([127.1, 37]);
    s.getState().finishDrawing();
    expect(s.getState().polygon).toEqual([]);
  });

  it('recovery feature-state by sigungu code', () => {
    const m = recoveryStates([{ sigunguCode: '26380', name: '사하구', sidoName: '부산광역시', count: 1, amountKrw: 1e8, recovery: 'done', recoveredShare: 1, demo: true }]);
    expect(m.get('26380')).toEqual({ recovery: 'done', amount: 1e8, demo: true });
  });
});

/**
 * The forest panel's crew access section (server-rendered markup over core results): the roads driven
 * with distances and time; a clear "no access by forest road" with the reason; the closed roads near the
 * fire; and a closure whose signature did not verify, listed with the GCMA badge as not applied.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ForestAccessResult, ForestRoadAction } from '../../main/common/forest/forest-ipc';
import { createAppStores, StoresContext } from './stores';
import { createUiStore, getEmptyUiState } from '../state/ui-store';
import { offlineTransport } from './testing/offline-transport';
import { ForestAccessView } from './forest-access';

const render = (access: ForestAccessResult, language: 'ko' | 'en' = 'en') =>
  renderToStaticMarkup(
    <StoresContext.Provider value={{ ...createAppStores(offlineTransport), ui: createUiStore({ ...getEmptyUiState(), language }) }}>
      <ForestAccessView access={access} />
    </StoresContext.Provider>,
  );

const closure = (roadKey: string, roadName: string, o: Partial<ForestRoadAction> = {}): ForestRoadAction => ({ roadKey, roadName, actionKey: `a:${roadKey}`, user: 'kim', reason: '낙석', at: 1, verified: true, verifyReason: null, ...o });
const base: ForestAccessResult = { fireId: 'fire:1', fireAt: [128.63, 36.44], route: null, noAccess: null, closedNearby: [], ignored: [], maxWalkKm: 3, collection: { type: 'FeatureCollection', features: [] }, assumptions: [] };

describe('crew access by forest road in the forest panel', () => {
  it('names the roads driven, the distances and the time; a closed road is listed with who closed it', () => {
    const html = render({
      ...base,
      route: { entry: [128.58, 36.44], leaveAt: [128.61, 36.44], roadKm: 2.7, walkKm: 1.8, minutes: 62, roads: [{ key: 'road:3', name: '괴산리 임도 3' }] },
      closedNearby: [closure('road:2', '괴산리 임도 2')],
    });
    expect(html).toMatch(/data-testid="forest-access" data-state="route" data-roads="road:3"/);
    expect(html).toContain('Via 괴산리 임도 3: 2.7 km by forest road, 1.8 km on foot, about 62 min');
    expect(html).toMatch(/data-testid="forest-access-closed" data-road="road:2">괴산리 임도 2: impassable · kim<q>낙석<\/q>/);
    expect(html).not.toContain('ops-unverified');
  });

  it('says clearly that there is no access by forest road, and why', () => {
    const closed = render({ ...base, noAccess: 'roads-closed', closedNearby: [closure('road:1', '임도 1')] }, 'ko');
    expect(closed).toMatch(/data-state="roads-closed"/);
    expect(closed).toContain('임도 진입 불가: 산불 인근 임도가 통행 불가이거나 끊김');
    expect(render({ ...base, noAccess: 'no-roads-nearby' })).toContain('No access by forest road: no forest road within 3 km of the fire');
  });

  it('a closure that did not verify is flagged and listed as not applied', () => {
    const html = render({ ...base, route: { entry: [0, 0], leaveAt: [0, 0], roadKm: 1, walkKm: 0.5, minutes: 18, roads: [{ key: 'road:2', name: '임도 2' }] }, ignored: [closure('road:2', '임도 2', { verified: false, verifyReason: 'unsigned' })] });
    expect(html).toMatch(/data-testid="forest-access-ignored" data-road="road:2"><span class="ops-unverified" data-testid="ops-unverified" data-reason="unsigned"/);
    expect(html).toContain('임도 2: action not applied (signature not verified)');
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { LayerList } from './layer-list';
import { RegionCard } from './region-card';
import { StatusBar } from './status-bar';
import { TopBar } from './top-bar';
import { createAppStores, StoresContext, type AppStores } from './stores';
import { createUiStore, getEmptyUiState, type UiData } from '../state/ui-store';
import { createMapViewStore, getEmptyMapViewState, type MapViewData } from '../state/map-view-store';
import { offlineTransport } from './testing/offline-transport';
import type { RegionCard as Card } from '../../main/common/region-types';

const api = offlineTransport;

const jongno: Card = {
  level: 'sigungu',
  name: '종로구',
  nameEn: 'Jongno-gu',
  code: '11110',
  sgisCode: '11010',
  parents: [{ level: 'sido', name: '서울특별시', nameEn: 'Seoul', code: '11' }],
  adults2022: 129968,
  centroid: [126.99, 37.59],
  bbox: [126.95, 37.56, 127.02, 37.63],
};

/**
 * Server rendering reads a store's initial state (useSyncExternalStore's server snapshot), so each
 * case builds stores that start in the state it needs.
 */
function storesWith(ui: Partial<UiData>, mapView: Partial<MapViewData> = {}): AppStores {
  return {
    ...createAppStores(api),
    ui: createUiStore({ ...getEmptyUiState(), ...ui }),
    mapView: createMapViewStore({ ...getEmptyMapViewState(), ...mapView }),
  };
}

function render(stores: AppStores, element: React.ReactElement): string {
  return renderToStaticMarkup(<StoresContext.Provider value={stores}>{element}</StoresContext.Provider>);
}

describe('UI components (server-rendered markup)', () => {
  it('the region card shows names, both codes and the electoral-roll figure labelled as adults', () => {
    const ko = render(storesWith({ card: jongno }), <RegionCard />);
    expect(ko).toContain('data-testid="region-card"');
    expect(ko).toContain('종로구');
    expect(ko).toContain('11110');
    expect(ko).toContain('11010');
    expect(ko).toContain('129,968');
    expect(ko).toContain('2022년 선거인명부 성인 수');
    const en = render(storesWith({ card: jongno, language: 'en' }), <RegionCard />);
    expect(en).toContain('Adults on the 2022 electoral roll');
    expect(en).toContain('종로구');
    expect(en).not.toMatch(/>Population/i);
  });

  it('the layer list groups the four domains, live domains with their live layers', () => {
    const stores = createAppStores(api);
    const html = render(stores, <LayerList />);
    expect(html).toContain('data-testid="layer-list"');
    for (const domain of ['k-geo', 'its-traffic', 'ndms', 'forest-disaster']) expect(html).toContain(`data-domain="${domain}"`);
    expect(html).not.toContain('아직 데이터가 없습니다');
    expect(html).toContain('data-layer="ndms:quakes"');
    expect(html).toContain('data-layer="k-geo:sido"');
    expect(html).not.toContain('data-layer="k-geo:measure"');
  });

  it('the top bar and status bar carry the test hooks and follow the language', () => {
    const mapView: Partial<MapViewData> = {
      cursor: { lon: 126.9784, lat: 37.5796 },
      hover: {
        kind: 'hit',
        hit: { sido: { name: '서울특별시', nameEn: 'Seoul', code: '11', sgisCode: '11' }, sigungu: { name: '종로구', nameEn: 'Jongno-gu', code: '11110', sgisCode: '11010' }, emd: null },
      },
    };
    const top = render(storesWith({}), <TopBar />);
    for (const id of ['search-input', 'lang-switch', 'theme-switch']) expect(top).toContain(`data-testid="${id}"`);
    expect(top).toContain('>English<');
    expect(render(storesWith({}, mapView), <StatusBar attribution="SGIS" />)).toMatch(/data-testid="status-region">서울특별시 › 종로구</);
    expect(render(storesWith({ language: 'en' }, mapView), <StatusBar attribution="SGIS" />)).toMatch(/data-testid="status-region">Seoul › Jongno-gu</);
    expect(render(storesWith({ language: 'en' }), <TopBar />)).toContain('>한국어<');
  });
});

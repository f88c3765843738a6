import { createLayersStore, getEmptyLayersState } from './layers-store';
import { createMapViewStore, getEmptyMapViewState } from './map-view-store';
import { createUiStore, getEmptyUiState } from './ui-store';
import { formatArea, formatLength, measureFeatures, measureResult } from './measure';
import type { RegionCard, RegionHit } from '../../main/common/region-types';

const card: RegionCard = {
  level: 'sigungu',
  name: '종로구',
  nameEn: 'Jongno-gu',
  code: '11110',
  sgisCode: '11010',
  parents: [{ level: 'sido', name: '서울특별시', nameEn: 'Seoul', code: '11' }],
  adults2022: 130000,
  centroid: [126.98, 37.59],
  bbox: [126.95, 37.56, 127.02, 37.63],
};

describe('ui store', () => {
  it('starts Korean and dark, and unchanged actions keep the same state object', () => {
    const store = createUiStore();
    expect(store.getState().language).toBe('ko');
    expect(store.getState().theme).toBe('dark');
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getState();
    store.getState().setTheme('dark');
    store.getState().setLanguage('ko');
    store.getState().showCard(null);
    store.getState().finishMeasure();
    store.getState().escape();
    expect(store.getState()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    store.getState().toggleTheme();
    store.getState().toggleLanguage();
    expect(store.getState().theme).toBe('light');
    expect(store.getState().language).toBe('en');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('escape finishes a drawing, then clears it, then closes the card', () => {
    const store = createUiStore({ ...getEmptyUiState(), card });
    const s = () => store.getState();
    s().startMeasure('distance');
    s().addMeasurePoint([127, 37]);
    s().addMeasurePoint([127, 37]); // a double click adds no duplicate point
    s().addMeasurePoint([128, 37]);
    expect(s().measure.points).toHaveLength(2);
    s().escape();
    expect(s().measure).toMatchObject({ mode: 'distance', finished: true });
    s().addMeasurePoint([129, 37]);
    expect(s().measure.points).toHaveLength(2);
    s().escape();
    expect(s().measure.mode).toBe('off');
    expect(s().card).toBe(card);
    s().escape();
    expect(s().card).toBeNull();
  });

  it('a click outside every region closes the card and says so', () => {
    const store = createUiStore({ ...getEmptyUiState(), card });
    store.getState().showOutside();
    expect(store.getState()).toMatchObject({ card: null, cardOutside: true });
    store.getState().showCard(card, null);
    expect(store.getState().cardOutside).toBe(false);
  });

  it('pressing the running tool again stops it', () => {
    const store = createUiStore();
    store.getState().startMeasure('area');
    store.getState().startMeasure('area');
    expect(store.getState().measure.mode).toBe('off');
  });
});

describe('layers store', () => {
  it('toggles, clamps opacity and ignores no-op changes', () => {
    const store = createLayersStore(getEmptyLayersState({ 'k-geo:sido': { visible: true, opacity: 1 } }));
    const before = store.getState();
    store.getState().setVisible('k-geo:sido', true);
    store.getState().setOpacity('k-geo:sido', 1);
    expect(store.getState()).toBe(before);
    store.getState().toggle('k-geo:sido');
    store.getState().setOpacity('k-geo:sido', 7);
    expect(store.getState().layers['k-geo:sido']).toEqual({ visible: false, opacity: 1 });
    store.getState().setOpacity('k-geo:sido', 0.3);
    expect(store.getState().layers['k-geo:sido']?.opacity).toBe(0.3);
    store.getState().restore({ 'k-geo:sido': { visible: true, opacity: 0.5 }, 'ndms:alerts': { visible: false, opacity: 1 } });
    expect(store.getState().layers).toEqual({ 'k-geo:sido': { visible: true, opacity: 0.5 }, 'ndms:alerts': { visible: false, opacity: 1 } });
  });
});

describe('map view store', () => {
  it('keeps the same state for the same view, cursor and hovered region', () => {
    const store = createMapViewStore();
    const before = store.getState();
    store.getState().setView({ ...getEmptyMapViewState().view });
    store.getState().setCursor(null);
    store.getState().setHover({ kind: 'unknown' });
    expect(store.getState()).toBe(before);
    const hit: RegionHit = {
      sido: { name: '서울특별시', nameEn: 'Seoul', code: '11', sgisCode: '11' },
      sigungu: { name: '종로구', nameEn: 'Jongno-gu', code: '11110', sgisCode: '11010' },
      emd: null,
    };
    store.getState().setHover({ kind: 'hit', hit });
    const afterHit = store.getState();
    store.getState().setHover({ kind: 'hit', hit: structuredClone(hit) });
    expect(store.getState()).toBe(afterHit);
    store.getState().setCursor({ lon: 127, lat: 37 });
    store.getState().setCursor({ lon: 127, lat: 37 });
    store.getState().setView({ center: [128, 36], zoom: 8, bearing: 0, pitch: 0 });
    expect(store.getState().view.zoom).toBe(8);
    expect(store.getState().cursor).toEqual({ lon: 127, lat: 37 });
  });
});

describe('measure', () => {
  it('measures a polyline and a polygon geodesically', () => {
    // One degree of longitude along 37°N is about 88.9 km.
    const line = measureResult({ mode: 'distance', points: [[127, 37], [128, 37]], finished: true });
    expect(line.lengthM / 1000).toBeCloseTo(88.9, 0);
    expect(line.areaM2).toBeNull();
    // A 0.1° square near Seoul: about 8.88 km × 11.1 km ≈ 98.6 km².
    const square = measureResult({ mode: 'area', points: [[127, 37.5], [127.1, 37.5], [127.1, 37.6], [127, 37.6]], finished: true });
    expect((square.areaM2 ?? 0) / 1e6).toBeGreaterThan(97);
    expect((square.areaM2 ?? 0) / 1e6).toBeLessThan(100);
  });

  it('draws a rubber band to the cursor while drawing and a closed polygon for area', () => {
    const drawing = measureFeatures({ mode: 'distance', points: [[127, 37]], finished: false }, [127.5, 37]);
    expect(drawing.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString']);
    const area = measureFeatures({ mode: 'area', points: [[127, 37], [128, 37], [128, 38]], finished: true });
    const polygon = area.features.find((f) => f.geometry.type === 'Polygon');
    expect(polygon?.geometry.type === 'Polygon' ? polygon.geometry.coordinates[0] : []).toHaveLength(4);
  });

  it('formats lengths and areas', () => {
    expect(formatLength(850)).toBe('850 m');
    expect(formatLength(1234)).toBe('1.23 km');
    expect(formatArea(5000)).toBe('5000 m²');
    expect(formatArea(45_000)).toBe('4.5 ha');
    expect(formatArea(12_300_000)).toBe('12.30 km²');
  });
});

/**
 * The forest layer modules: valid against the style spec in both themes and languages, the danger and
 * landslide choropleths joined by sigungu code as feature-state on the k-geo sigungu file, the day
 * switch choosing the feature-state key, helicopter state colours, and the spread source following
 * the panel's prediction.
 */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import type { LiveFeature } from '../../../main/common/live-sync';
import { styleContext } from '../../map/style';
import { forestDisasterModules } from './index';
import { forestUi } from './forest-ui-store';
import { DANGER_SOURCE, dangerFill, dangerModule, LANDSLIDE_SOURCE, landslideModule } from './risk';
import { helicoptersModule, SPREAD_SOURCE, spreadModule } from './resources';
import { PEST_LEGEND, PESTS_FILL_LAYER, pestsModule } from './pests';

const BASE = 'http://127.0.0.1:4000/';
const feature = (stream: string, key: string, props: Record<string, unknown>): LiveFeature => ({ stream, key, kind: 'x', status: 'exercise', ts: 1, receivedAt: 1, seq: 1, props, geometry: null });

describe('forest layer modules', () => {
  for (const theme of ['dark', 'light'] as const) {
    for (const language of ['ko', 'en'] as const) {
      it(`validate with the style spec (${theme}/${language})`, () => {
        const ctx = styleContext(theme, language, BASE);
        for (const m of forestDisasterModules) {
          const style: StyleSpecification = { version: 8, glyphs: `${BASE}geo/glyphs/{fontstack}/{range}.pbf`, sources: m.sources(ctx), layers: m.layers(ctx, { visible: true, opacity: 0.7 }) };
          expect(validateStyleMin(style), m.id).toEqual([]);
        }
      });
    }
  }

  it('join danger and landslide to the existing sigungu boundaries by code (no copied geometry)', () => {
    const ctx = styleContext('dark', 'ko', BASE);
    for (const [m, id] of [[dangerModule, DANGER_SOURCE], [landslideModule, LANDSLIDE_SOURCE]] as const) {
      expect(m.sources(ctx)[id]).toEqual({ type: 'geojson', data: `${BASE}geo/map/sigungu-z0.geojson`, promoteId: 'code' });
    }
    const danger = dangerModule.featureState![0]!;
    expect(danger.toState(feature('forest.danger', 'danger:47730', { region: { code: '47730', name: '의성군', sido: null }, mean: 86, max: 94, min: 71, days: [80, 74, null, 62] }))).toEqual({ id: '47730', state: { d0: 86, d1: 80, d2: 74, d3: -1, d4: 62 } });
    expect(danger.toState(feature('forest.danger', 'danger:x', { region: null, mean: 50 }))).toBeNull();
    const slide = landslideModule.featureState![0]!;
    expect(slide.toState(feature('forest.landslide', 'landslide:48310', { level: 'warning', region: { code: '48310', name: '거제시', sido: null } }))).toEqual({ id: '48310', state: { slide: 'warning' } });
    expect(slide.toState(feature('forest.landslide', 'landslide:x', { level: 'lifted', region: { code: '48310' } }))).toBeNull();
  });

  it('the day switch picks the feature-state of that day, in the classes of danger-levels.ts', () => {
    expect(JSON.stringify(dangerFill(0))).toContain('"feature-state","d0"');
    expect(JSON.stringify(dangerFill(3))).toContain('"feature-state","d3"');
    expect(dangerFill(2)).toEqual(expect.arrayContaining([51, 66, 86]));
    forestUi.getState().setDangerDay(4);
    const layer = dangerModule.layers(styleContext('dark', 'ko', BASE), { visible: true, opacity: 1 })[0];
    expect(layer && 'paint' in layer ? JSON.stringify(layer.paint) : '').toContain('"d4"');
    forestUi.getState().setDangerDay(0);
  });

  it('colour helicopters by state and draw assignments from ops.dispatch', () => {
    expect(helicoptersModule.live?.map((b) => b.stream)).toEqual(['forest.helicopters', 'ops.dispatch']);
    const layers = helicoptersModule.layers(styleContext('dark', 'en', BASE), { visible: true, opacity: 1 });
    expect(JSON.stringify(layers)).toContain('en route');
    expect(JSON.stringify(layers)).toContain('"available","#009e73"');
    expect(layers.map((l) => l.id)).toContain('forest-disaster:helicopters-dispatch-line');
    // The hub's track feature is a line under the discs; discs and labels skip it.
    const byId = Object.fromEntries(layers.map((l) => [l.id, l]));
    expect(byId['forest-disaster:helicopters-track']).toMatchObject({ type: 'line', filter: ['==', ['get', 'kind'], 'helicopter.track'] });
    expect(JSON.stringify(byId['forest-disaster:helicopters-circle'])).toContain('"!=",["get","kind"],"helicopter.track"');
    expect(JSON.stringify(byId['forest-disaster:helicopters-label'])).toContain('"!=",["get","kind"],"helicopter.track"');
    expect(layers.map((l) => l.id).indexOf('forest-disaster:helicopters-track')).toBeLessThan(layers.map((l) => l.id).indexOf('forest-disaster:helicopters-circle'));
  });

  it('pest-control zones: live from forest.pests, filled in the legend colours, demo zones dashed', () => {
    expect(pestsModule.live?.map((b) => b.stream)).toEqual(['forest.pests']);
    expect(forestDisasterModules).toContain(pestsModule);
    const layers = pestsModule.layers(styleContext('light', 'ko', BASE), { visible: true, opacity: 1 });
    const fill = JSON.stringify(layers.find((l) => l.id === PESTS_FILL_LAYER));
    for (const e of PEST_LEGEND.slice(0, 2)) expect(fill).toContain(`"${e.pest}","${e.colour}"`);
    const demo = layers.find((l) => l.id === 'forest-disaster:pests-outline-demo');
    expect(demo).toMatchObject({ filter: ['==', ['get', 'demo'], true], paint: { 'line-dasharray': [2, 2] } });
  });

  it('the spread source shows the prediction the panel holds', () => {
    const ctx = styleContext('dark', 'ko', BASE);
    expect(spreadModule.sources(ctx)[SPREAD_SOURCE]).toMatchObject({ data: { type: 'FeatureCollection', features: [] } });
    const collection = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, id: 'f:spread:1h', geometry: { type: 'Polygon' as const, coordinates: [[[128, 36], [128.01, 36], [128, 36.01], [128, 36]] as Array<[number, number]>] }, properties: { hours: 1 } }] };
    forestUi.getState().setSpread({ fireId: 'f', origin: [128, 36], fuel: 'mixed', fuelDefaulted: true, standDemo: false, lengthToBreadth: 1.5, headRosMpm: 3, collection, assumptions: [], sources: [] });
    expect(spreadModule.sources(ctx)[SPREAD_SOURCE]).toMatchObject({ data: collection });
    forestUi.getState().setSpread(null);
  });
});

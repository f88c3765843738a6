import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import type { LiveFeature } from '../../../main/common/live-sync';
import { CONGESTION_COLOURS } from '../../../main/common/its/congestion-colours';
import { styleContext } from '../../map/style';
import { createRegistry } from '../../map/registry';
import { createFeatureStateBinder, type FeatureStateMapLike } from '../../map/feature-state-binder';
import { createLiveStore } from '../../state/live-store';
import { CONGESTION_BY_STATE, ROADS_SOURCE, roadsModule, trafficState } from './roads';
import { incidentsModule } from '.';

const BASE = 'http://127.0.0.1:4000/';

function traffic(linkId: string, seq: number, speedKmh: number, status = 'exercise'): LiveFeature {
  return { stream: 'its.traffic', key: linkId, kind: 'link.speed', status, ts: 1, receivedAt: 2, seq, geometry: null, props: { linkId, speedKmh, travelTimeS: 60, congestion: null, roadName: '경부고속도로', roadDrcType: '1', startNodeId: null, endNodeId: null } };
}

describe('road network layer (its-traffic:links)', () => {
  for (const theme of ['dark', 'light'] as const) {
    for (const language of ['ko', 'en'] as const) {
      it(`validates with the style spec (${theme}/${language}) with the incidents layer`, () => {
        const ctx = styleContext(theme, language, BASE);
        const style: StyleSpecification = {
          version: 8,
          glyphs: `${BASE}geo/glyphs/{fontstack}/{range}.pbf`,
          sources: { ...roadsModule.sources(ctx), ...incidentsModule.sources(ctx) },
          layers: [...roadsModule.layers(ctx, { visible: true, opacity: 0.7 }), ...incidentsModule.layers(ctx, { visible: true, opacity: 1 })],
        };
        expect(validateStyleMin(style)).toEqual([]);
      });
    }
  }

  it('is a static source of geo/roads/links.geojson keyed by linkId, marked as schematic, with both directions offset', () => {
    const ko = roadsModule.sources(styleContext('dark', 'ko', BASE))[ROADS_SOURCE];
    expect(ko).toMatchObject({ type: 'geojson', data: `${BASE}geo/roads/links.geojson`, promoteId: 'linkId' });
    expect(ko && 'attribution' in ko ? ko.attribution : '').toContain('개략');
    const en = roadsModule.sources(styleContext('dark', 'en', BASE))[ROADS_SOURCE];
    // Both languages in one text: the source must not change (and be re-created) on a language switch.
    expect(en).toEqual(ko);
    expect(en && 'attribution' in en ? en.attribution : '').toContain('Schematic');
    const line = roadsModule.layers(styleContext('dark', 'ko', BASE), { visible: true, opacity: 1 }).find((l) => l.id === 'its-traffic:links-line');
    expect(line?.type).toBe('line');
    if (line?.type !== 'line') return;
    expect(line.paint?.['line-offset']).toBeDefined();
    expect(JSON.stringify(line.paint?.['line-width'])).toContain('lanes');
    expect(line.paint?.['line-color']).toBe(CONGESTION_BY_STATE);
    // Every class colour of the CVD-checked ramp is used, from the state's speed.
    for (const c of Object.values(CONGESTION_COLOURS)) expect(JSON.stringify(CONGESTION_BY_STATE)).toContain(c);
    expect(JSON.stringify(CONGESTION_BY_STATE)).toContain('feature-state');
    expect(roadsModule.live).toBeUndefined();
  });

  it('maps an its.traffic record to the feature-state of its link', () => {
    expect(trafficState(traffic('EX0001-s215-B', 1, 35))).toEqual({ id: 'EX0001-s215-B', state: { speed: 35, congestion: null, exercise: true } });
    expect(trafficState({ ...traffic('x', 1, 1), props: { linkId: 'x' } })).toBeNull();
  });
});

describe('feature-state binder', () => {
  it('sets the state of changed links only, removes it for removed records, and reapplies on a new source', () => {
    const calls: Array<['set' | 'remove', string | number | undefined, Record<string, unknown>?]> = [];
    let source: object = {};
    const map: FeatureStateMapLike = {
      getSource: (id) => (id === ROADS_SOURCE ? source : undefined),
      setFeatureState: (f, state) => void calls.push(['set', f.id, state]),
      removeFeatureState: (f) => void calls.push(['remove', f.id]),
    };
    const binder = createFeatureStateBinder(map, createRegistry([roadsModule]));
    const store = createLiveStore();
    store.getState().applySnapshot({ serial: 1, exercise: true, streams: [{ stream: 'its.traffic', cursor: 2, features: [traffic('A-F', 1, 90), traffic('B-F', 2, 20)] }] });
    expect(binder.sync(store.getState())).toEqual({ set: 2, removed: 0 });
    expect(calls).toContainEqual(['set', 'A-F', { speed: 90, congestion: null, exercise: true }]);
    expect(binder.sync(store.getState())).toEqual({ set: 0, removed: 0 });

    calls.length = 0;
    store.getState().applyDiff({ serial: 2, reset: false, diffs: [{ stream: 'its.traffic', upserts: [traffic('A-F', 3, 15, 'actual')], removes: ['B-F'] }] });
    expect(binder.sync(store.getState())).toEqual({ set: 1, removed: 1 });
    // Removals first, so that a feature moving between records ends with the new record's state.
    expect(calls).toEqual([['remove', 'B-F'], ['set', 'A-F', { speed: 15, congestion: null, exercise: false }]]);

    // The style was rebuilt: a new source object gets every state again.
    source = {};
    expect(binder.sync(store.getState())).toEqual({ set: 1, removed: 0 });
  });
});

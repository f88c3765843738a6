import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { LiveFeature } from '../../main/common/live-sync';
import { styleContext, buildStyle } from './style';
import { createRegistry, defaultRegistry } from './registry';
import { createLiveBinder, planLiveSource, updateOf, type LiveSourceLike } from './live-binder';
import { createLiveStore } from '../state/live-store';
import { typhoonFeatures, typhoonsModule } from '../domains/ndms/hazards';
import { incidentsModule } from '../domains/its-traffic';

const BASE = 'http://127.0.0.1:4000/';
const liveModules = defaultRegistry.modules.filter((m) => m.live);

function f(stream: string, key: string, seq: number, props: Record<string, unknown> = {}, status = 'exercise'): LiveFeature {
  return { stream, key, kind: 'incident', status, ts: 1, receivedAt: 2, seq, props, geometry: { type: 'Point', coordinates: [127 + seq / 100, 36] } };
}

describe('live layer modules', () => {
  it('cover the live streams of the live domains (the panels domain: published areas on ops.aoi, as features and as region outlines)', () => {
    // its.traffic is applied as feature-state on the road network (its-traffic/roads.ts), not as a live source.
    const streams = defaultRegistry.modules.flatMap((m) => [...(m.live ?? []), ...(m.featureState ?? [])].map((b) => b.stream)).sort();
    expect(streams).toEqual(['forest.danger', 'forest.fires', 'forest.helicopters', 'forest.landslide', 'forest.pests', 'its.cctv', 'its.events', 'its.events', 'its.hazards', 'its.traffic', 'its.vms', 'ndms.alerts', 'ndms.quakes', 'ndms.reports', 'ndms.shelters', 'ndms.typhoons', 'ops.aoi', 'ops.aoi', 'ops.aoi', 'ops.closures', 'ops.detours', 'ops.dispatch']);
    expect(new Set(liveModules.map((m) => m.domain))).toEqual(new Set(['its-traffic', 'ndms', 'forest-disaster', 'panels']));
  });

  for (const theme of ['dark', 'light'] as const) {
    for (const language of ['ko', 'en'] as const) {
      it(`validate with the style spec (${theme}/${language}), each module alone and in the full style`, () => {
        const ctx = styleContext(theme, language, BASE);
        for (const module of liveModules) {
          const style: StyleSpecification = { version: 8, glyphs: `${BASE}geo/glyphs/{fontstack}/{range}.pbf`, sources: module.sources(ctx), layers: module.layers(ctx, { visible: true, opacity: 0.6 }) };
          expect(validateStyleMin(style), module.id).toEqual([]);
          for (const binding of module.live ?? []) {
            const source = style.sources[binding.sourceId];
            expect(source?.type, binding.sourceId).toBe('geojson');
            expect(source && 'promoteId' in source ? source.promoteId : undefined).toBe('fid');
          }
        }
        expect(validateStyleMin(buildStyle(defaultRegistry, theme, language, BASE, { layers: { 'ndms:quakes': { visible: false, opacity: 0.3 } } }))).toEqual([]);
      });
    }
  }

  it('have unique layer and source ids that start with their module id', () => {
    const ctx = styleContext('dark', 'ko', BASE);
    const layerIds = new Set<string>();
    const sourceIds = new Set<string>();
    for (const module of defaultRegistry.modules) {
      for (const id of Object.keys(module.sources(ctx))) {
        expect(sourceIds.has(id), id).toBe(false);
        sourceIds.add(id);
      }
      for (const layer of module.layers(ctx, { visible: true, opacity: 1 })) {
        expect(layer.id.startsWith(module.id), layer.id).toBe(true);
        expect(layerIds.has(layer.id), layer.id).toBe(false);
        layerIds.add(layer.id);
      }
    }
    for (const m of liveModules) for (const b of m.live ?? []) expect(b.sourceId.startsWith(m.id)).toBe(true);
  });

  it('label exercise and test features in the current language', () => {
    const text = (language: 'ko' | 'en') => JSON.stringify(incidentsModule.layers(styleContext('dark', language, BASE), { visible: true, opacity: 1 }).find((l) => l.id === 'its-traffic:incidents-label'));
    expect(text('ko')).toContain('훈련 · ');
    expect(text('ko')).toContain('사고');
    expect(text('en')).toContain('EXERCISE · ');
    expect(text('en')).toContain('Accident');
  });

  it('draw a typhoon as its centre plus the forecast track', () => {
    const typhoon: LiveFeature = { ...f('ndms.typhoons', 'typhoon:1', 1), kind: 'typhoon.position', props: { name: '무궁화', forecast: [[128, 34], [129, 35], 'bad'] } };
    const features = typhoonFeatures(typhoon);
    expect(features.map((x) => x.properties?.['fid'])).toEqual(['typhoon:1', 'typhoon:1#cone', 'typhoon:1#forecast']);
    expect(features[2]?.geometry).toEqual({ type: 'LineString', coordinates: [[127.01, 36], [128, 34], [129, 35]] });
    expect(typhoonsModule.live?.[0]?.toFeatures).toBe(typhoonFeatures);
  });
});

describe('live binder', () => {
  it('fills a source once with setData, then sends only adds, updates and removes by id', () => {
    const store = createLiveStore();
    const sources = new Map<string, LiveSourceLike & { sets: FeatureCollection[]; diffs: GeoJSONSourceDiff[] }>();
    const make = () => {
      const src = { sets: [] as FeatureCollection[], diffs: [] as GeoJSONSourceDiff[], setData: (d: FeatureCollection) => void src.sets.push(d), updateData: (d: GeoJSONSourceDiff) => void src.diffs.push(d) };
      return src;
    };
    for (const m of liveModules) for (const b of m.live ?? []) sources.set(b.sourceId, make());
    const binder = createLiveBinder({ getSource: (id) => sources.get(id) }, createRegistry(liveModules));
    const events = sources.get('its-traffic:incidents');
    if (!events) throw new Error('no incidents source');

    store.getState().applySnapshot({ serial: 1, exercise: true, streams: [{ stream: 'its.events', cursor: 2, features: [f('its.events', 'a', 1), f('its.events', 'b', 2)] }] });
    binder.sync(store.getState());
    expect(events.sets).toHaveLength(1);
    expect(events.sets[0]?.features.map((x) => x.properties?.['fid'])).toEqual(['a', 'b']);
    // Nothing changed: nothing sent.
    expect(binder.sync(store.getState())).toEqual([]);

    store.getState().applyDiff({ serial: 2, reset: false, diffs: [{ stream: 'its.events', upserts: [f('its.events', 'a', 3, { lanesBlocked: 0 }), f('its.events', 'c', 4)], removes: ['b'] }] });
    const sent = binder.sync(store.getState());
    expect(sent.map((s) => s.sourceId)).toEqual(['its-traffic:incidents']);
    expect(events.sets).toHaveLength(1);
    const diff = events.diffs[0];
    expect(diff?.remove).toEqual(['b']);
    expect(diff?.add?.map((x) => x.properties?.['fid'])).toEqual(['c']);
    expect(diff?.update?.map((u) => u.id)).toEqual(['a']);
    // Only what changed (props and seq-stamped fields), never removeAllProperties (geojson-vt drops the adds then).
    const change = diff?.update?.[0];
    expect(change?.removeAllProperties).toBeUndefined();
    expect(change?.addOrUpdateProperties).toContainEqual({ key: 'lanesBlocked', value: 0 });
    expect(change?.addOrUpdateProperties?.map((p) => p.key)).not.toContain('fid');
    expect(change?.newGeometry).toBeDefined();

    // A re-created source (new style) is filled again in full from the store.
    sources.set('its-traffic:incidents', make());
    binder.sync(store.getState());
    expect(sources.get('its-traffic:incidents')?.sets[0]?.features).toHaveLength(2);
  });

  it('an update carries only what changed: no geometry when it did not move, removed properties by name', () => {
    const a = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [127, 36] }, properties: { fid: 'x', speed: 90, note: 'n' } };
    const b = { ...a, geometry: { type: 'Point' as const, coordinates: [127, 36] }, properties: { fid: 'x', speed: 40 } };
    expect(updateOf(a, b)).toEqual({ id: 'x', removeProperties: ['note'], addOrUpdateProperties: [{ key: 'speed', value: 40 }] });
    expect(updateOf(a, { ...a })).toBeNull();
  });

  it('replaces derived features of one key together (typhoon track appears, then disappears)', () => {
    const binding = typhoonsModule.live?.[0];
    if (!binding) throw new Error('no binding');
    const t1: LiveFeature = { ...f('ndms.typhoons', 'ty', 1), props: { forecast: [[128, 34]] } };
    const first = planLiveSource(null, { ty: t1 }, binding);
    if (first?.kind !== 'set') throw new Error('expected a set');
    const t2: LiveFeature = { ...f('ndms.typhoons', 'ty', 2), props: { forecast: [] } };
    const second = planLiveSource(first.applied, { ty: t2 }, binding);
    expect(second?.kind).toBe('update');
    if (second?.kind !== 'update') return;
    expect(second.diff.remove).toEqual(['ty#cone', 'ty#forecast']);
    expect(second.diff.update?.map((u) => u.id)).toEqual(['ty']);
  });
});

import type { StyleSpecification } from 'maplibre-gl';
import { planStyleUpdate } from './style-diff';
import { buildStyle } from './style';
import { defaultRegistry } from './registry';
import { createMapController, type ReconcilableMap } from './map-controller';

const BASE = 'http://localhost/';

/** A stand-in map that keeps layer order and properties, to check the plan lands where it should. */
function fakeMap(initial: StyleSpecification) {
  const style = structuredClone(initial);
  const index = (id: string) => style.layers.findIndex((l) => l.id === id);
  const calls: string[] = [];
  const map = {
    addLayer(layer: StyleSpecification['layers'][number], before?: string) {
      calls.push(`add ${layer.id}`);
      style.layers.splice(before ? index(before) : style.layers.length, 0, structuredClone(layer));
    },
    removeLayer(id: string) {
      calls.push(`remove ${id}`);
      style.layers.splice(index(id), 1);
    },
    moveLayer(id: string, before?: string) {
      const [layer] = style.layers.splice(index(id), 1);
      if (layer) style.layers.splice(before ? index(before) : style.layers.length, 0, layer);
    },
    addSource(id: string, source: StyleSpecification['sources'][string]) {
      style.sources[id] = source;
    },
    removeSource(id: string) {
      delete style.sources[id];
    },
    getSource(id: string) {
      return { setData: (data: unknown) => Object.assign(style.sources[id] ?? {}, { data }) };
    },
    setPaintProperty(id: string, name: string, value: unknown) {
      const layer = style.layers[index(id)] as { paint?: Record<string, unknown> };
      layer.paint = { ...layer.paint, [name]: value };
    },
    setLayoutProperty(id: string, name: string, value: unknown) {
      const layer = style.layers[index(id)] as { layout?: Record<string, unknown> };
      layer.layout = { ...layer.layout, [name]: value };
    },
    setFilter(id: string, filter: unknown) {
      Object.assign(style.layers[index(id)] ?? {}, { filter });
    },
    setLayerZoomRange() {},
    setGlyphs() {},
    setStyle() {},
  } as unknown as ReconcilableMap;
  return { map, style, calls };
}

describe('planStyleUpdate', () => {
  it('plans nothing for an identical style', () => {
    const s = buildStyle(defaultRegistry, 'dark', 'ko', BASE);
    expect(planStyleUpdate(s, structuredClone(s))).toEqual([]);
  });

  it('restyles in place on a theme or language switch (no layer or source re-created)', () => {
    const a = buildStyle(defaultRegistry, 'dark', 'ko', BASE);
    const b = buildStyle(defaultRegistry, 'light', 'en', BASE);
    const ops = planStyleUpdate(a, b);
    expect(ops.length).toBeGreaterThan(0);
    expect(ops.every((o) => o.op === 'setPaint' || o.op === 'setLayout')).toBe(true);
    expect(ops).toContainEqual({ op: 'setLayout', id: 'k-geo:labels-sido', name: 'text-field', value: ['coalesce', ['get', 'nameEn'], ['get', 'name']] });
  });

  it('toggles visibility with one layout change per layer', () => {
    const a = buildStyle(defaultRegistry, 'dark', 'ko', BASE);
    const b = buildStyle(defaultRegistry, 'dark', 'ko', BASE, { layers: { 'k-geo:emd': { visible: false, opacity: 1 } } });
    expect(planStyleUpdate(a, b)).toEqual([{ op: 'setLayout', id: 'k-geo:emd-line', name: 'visibility', value: 'none' }]);
  });

  it('updates a GeoJSON source in place when only its data changes', () => {
    const a = buildStyle(defaultRegistry, 'dark', 'ko', BASE);
    const measure = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [127, 37] } }] };
    const b = buildStyle(defaultRegistry, 'dark', 'ko', BASE, { measure });
    expect(planStyleUpdate(a, b)).toEqual([{ op: 'setData', id: 'k-geo:measure', data: measure }]);
  });

  it('adds and removes the selection overlay at the right place in the layer order', () => {
    const a = buildStyle(defaultRegistry, 'dark', 'ko', BASE);
    const b = buildStyle(defaultRegistry, 'dark', 'ko', BASE, { selection: { level: 'sigungu', sgisCode: '11010' } });
    const { map, style } = fakeMap(a);
    const controller = createMapController(map, a);
    controller.reconcile(b);
    expect(style.layers.map((l) => l.id)).toEqual(b.layers.map((l) => l.id));
    controller.reconcile(a);
    expect(style.layers.map((l) => l.id)).toEqual(a.layers.map((l) => l.id));
  });

  it('re-creates layers whose type changed and reorders moved layers', () => {
    const a = buildStyle(defaultRegistry, 'dark', 'ko', BASE);
    const reordered: StyleSpecification = { ...a, layers: [...a.layers].reverse() };
    const { map, style } = fakeMap(a);
    createMapController(map, a).reconcile(reordered);
    expect(style.layers.map((l) => l.id)).toEqual(reordered.layers.map((l) => l.id));

    const changed: StyleSpecification = {
      ...a,
      layers: a.layers.map((l) => (l.id === 'k-geo:sido-fill' ? { id: l.id, type: 'line', source: 'k-geo:sido', paint: {} } : l)),
    };
    const ops = planStyleUpdate(a, changed);
    expect(ops.filter((o) => 'id' in o && o.id === 'k-geo:sido-fill').map((o) => o.op)).toEqual(['removeLayer']);
    expect(ops).toContainEqual(expect.objectContaining({ op: 'addLayer', layer: expect.objectContaining({ id: 'k-geo:sido-fill', type: 'line' }) }));
  });
});

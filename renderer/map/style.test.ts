import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { buildStyle, sourcesInView, styleContext } from './style';
import { defaultRegistry, MODULE_ID, modulesByDomain } from './registry';
import { DOMAINS } from './layer-module';

const BASE = 'http://127.0.0.1:4000/';
const fonts = { regular: `${BASE}assets/kr-400.woff2`, medium: `${BASE}assets/kr-700.woff2` };
const measure = {
  type: 'FeatureCollection' as const,
  features: [
    { type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: [[127, 37], [128, 37]] } },
    { type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [127, 37] } },
  ],
};

describe('buildStyle', () => {
  for (const theme of ['dark', 'light'] as const) {
    for (const language of ['ko', 'en'] as const) {
      it(`validates for ${theme}/${language}, with and without overlays`, () => {
        const bare = buildStyle(defaultRegistry, theme, language, BASE);
        expect(validateStyleMin(bare)).toEqual([]);
        const full = buildStyle(defaultRegistry, theme, language, BASE, {
          selection: { level: 'sigungu', sgisCode: '11010' },
          measure,
          hangulFonts: fonts,
          layers: { 'k-geo:emd': { visible: false, opacity: 0.5 } },
        });
        expect(validateStyleMin(full)).toEqual([]);
        expect(full.glyphs).toBe(`${BASE}geo/glyphs/{fontstack}/{range}.pbf`);
      });
    }
  }

  it('validates every layer module on its own', () => {
    for (const module of defaultRegistry.modules) {
      for (const level of ['sido', 'sigungu', 'emd'] as const) {
        const ctx = styleContext('dark', 'en', BASE, { selection: { level, sgisCode: '1101053' }, measure });
        // Sources a module reads may be declared by another module (the selection overlay reads
        // the boundary sources), so each module's layers are validated against all sources.
        const allSources = Object.assign({}, ...defaultRegistry.modules.map((m) => m.sources(ctx)));
        const style: StyleSpecification = {
          version: 8,
          glyphs: `${BASE}geo/glyphs/{fontstack}/{range}.pbf`,
          sources: allSources,
          layers: module.layers(ctx, { visible: true, opacity: 0.7 }),
        };
        expect(validateStyleMin(style), module.id).toEqual([]);
      }
    }
  });

  it('every maplibre layer and source id belongs to its module and is unique', () => {
    const ctx = styleContext('light', 'ko', BASE, { selection: { level: 'sido', sgisCode: '11' } });
    const layerIds = new Set<string>();
    for (const module of defaultRegistry.modules) {
      for (const id of Object.keys(module.sources(ctx))) expect(id.startsWith(`${module.domain}:`), id).toBe(true);
      for (const layer of module.layers(ctx, { visible: true, opacity: 1 })) {
        expect(layer.id.startsWith(module.id), `${layer.id} in ${module.id}`).toBe(true);
        expect(layerIds.has(layer.id), layer.id).toBe(false);
        layerIds.add(layer.id);
      }
    }
  });

  it('uses Korean names in Korean and English names (falling back to Korean) in English', () => {
    const find = (s: StyleSpecification) => s.layers.find((l) => l.id === 'k-geo:labels-sido');
    const ko = find(buildStyle(defaultRegistry, 'dark', 'ko', BASE));
    const en = find(buildStyle(defaultRegistry, 'dark', 'en', BASE));
    expect(ko?.layout && 'text-field' in ko.layout ? ko.layout['text-field'] : null).toEqual(['get', 'name']);
    expect(en?.layout && 'text-field' in en.layout ? en.layout['text-field'] : null).toEqual(['coalesce', ['get', 'nameEn'], ['get', 'name']]);
  });

  it('follows the zoom bands of the generated files', () => {
    const style = buildStyle(defaultRegistry, 'dark', 'ko', BASE);
    const layer = (id: string) => style.layers.find((l) => l.id === id);
    expect(layer('k-geo:sido-fill-z0')?.maxzoom).toBe(7);
    expect(layer('k-geo:sido-fill')?.minzoom).toBe(7);
    expect(layer('k-geo:sigungu-line-z0')?.maxzoom).toBe(9);
    expect(layer('k-geo:sigungu-line')?.minzoom).toBe(9);
    expect(layer('k-geo:emd-line')?.minzoom).toBe(10);
    // Fills under lines under symbols, whatever order the modules list them in.
    const types = style.layers.map((l) => l.type);
    expect(types.lastIndexOf('fill')).toBeLessThan(types.indexOf('line'));
    expect(types.lastIndexOf('line')).toBeLessThan(types.indexOf('symbol'));
  });

  it('applies visibility and opacity from layer state', () => {
    const style = buildStyle(defaultRegistry, 'dark', 'ko', BASE, { layers: { 'k-geo:sido': { visible: false, opacity: 0.25 } } });
    const fill = style.layers.find((l) => l.id === 'k-geo:sido-fill-z0');
    expect(fill?.layout?.visibility).toBe('none');
    expect(fill?.type === 'fill' ? fill.paint?.['fill-opacity'] : null).toBe(0.25);
  });
});

describe('layer registry', () => {
  it('has unique `domain:name` ids in the five domains', () => {
    const ids = defaultRegistry.modules.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const module of defaultRegistry.modules) {
      expect(module.id).toMatch(MODULE_ID);
      expect(module.id.split(':')[0]).toBe(module.domain);
      expect(DOMAINS).toContain(module.domain);
    }
    expect(DOMAINS).toEqual(['k-geo', 'its-traffic', 'ndms', 'forest-disaster', 'panels']);
  });

  it('lists every domain; the three live domains list their live modules', () => {
    const groups = modulesByDomain(defaultRegistry);
    expect(groups.map((g) => g.domain)).toEqual([...DOMAINS]);
    expect(groups[0]?.modules.map((m) => m.id)).toEqual(['k-geo:base', 'k-geo:sido', 'k-geo:sigungu', 'k-geo:emd', 'k-geo:places', 'k-geo:labels']);
    for (const group of groups.slice(1)) {
      expect(group.modules.length, group.domain).toBeGreaterThan(0);
      // Live through a live source or through feature-state on a static one (the road network).
      // The forest spread ellipses and crew access route are the exception: the core computes them for the selected fire.
      // The panel choropleth and records show the open panel's view, filled by the panel map link.
      // The NDMS alert areas and recovery choropleth too: the core computes them (ndms:alerts, ndms:damage-summary).
      const live = group.modules.filter((m) => !['forest-disaster:spread', 'forest-disaster:access', 'panels:choropleth', 'panels:records', 'ndms:alert-areas', 'ndms:recovery'].includes(m.id));
      expect(live.every((m) => (m.live ?? []).length + (m.featureState ?? []).length > 0), group.domain).toBe(true);
    }
  });
});

describe('deferred sources', () => {
  it('loads only the files drawn near the current zoom, and none of hidden layers', () => {
    const full = buildStyle(defaultRegistry, 'dark', 'ko', BASE);
    const national = new Set(sourcesInView(full, 6.4));
    expect(national.has('k-geo:sido-z0')).toBe(true);
    expect(national.has('k-geo:labels-sido')).toBe(true);
    expect(national.has('k-geo:emd')).toBe(false);
    expect(national.has('k-geo:labels-emd')).toBe(false);
    // The detailed province file (z7+) waits until the view is within half a level of it.
    expect(national.has('k-geo:sido')).toBe(false);
    expect(new Set(sourcesInView(full, 6.6)).has('k-geo:sido')).toBe(true);
    expect(new Set(sourcesInView(full, 9.5)).has('k-geo:emd')).toBe(true);
    const hidden = buildStyle(defaultRegistry, 'dark', 'ko', BASE, { layers: { 'k-geo:places': { visible: false, opacity: 1 } } });
    expect(sourcesInView(hidden, 8)).not.toContain('k-geo:places');

    const deferred = buildStyle(defaultRegistry, 'dark', 'ko', BASE, { activeSources: national });
    expect(validateStyleMin(deferred)).toEqual([]);
    const data = (id: string) => {
      const s = deferred.sources[id];
      return s?.type === 'geojson' ? s.data : undefined;
    };
    expect(data('k-geo:emd')).toEqual({ type: 'FeatureCollection', features: [] });
    expect(data('k-geo:sido-z0')).toBe(`${BASE}geo/map/sido-z0.geojson`);
  });
});

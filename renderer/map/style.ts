/**
 * Builds the full maplibre style from the registry. Modules list their layers in their own order;
 * here they are stably sorted into slots (background, fills, lines, circles, symbols) so that a
 * province fill never covers a dong line defined by a later module, and labels stay on top.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerState, Language, SelectionRef, StyleContext } from './layer-module';
import { paletteFor, type Theme } from './palette';
import type { LayerRegistry } from './registry';
import { hangulFontFaces } from './font-faces';

/** Dynamic inputs beyond theme and language; all optional so a bare style can be built. */
export interface StyleState {
  layers?: Record<string, LayerState>;
  selection?: SelectionRef | null;
  measure?: FeatureCollection;
  /** URLs of the bundled Hangul font files (absolute); omitted in tests run outside the bundle. */
  hangulFonts?: { regular: string; medium: string } | null;
  /**
   * When given, GeoJSON sources loaded from a URL that are not in this set get empty data: files
   * for zooms the operator has not reached yet (the 4 MB dong boundaries) are not fetched and
   * parsed before the first view is drawn. See `sourcesInView`.
   */
  activeSources?: ReadonlySet<string> | null;
}

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

const SLOT: Record<LayerSpecification['type'], number> = {
  background: 0,
  raster: 1,
  hillshade: 1,
  'color-relief': 1,
  fill: 2,
  'fill-extrusion': 3,
  line: 4,
  heatmap: 5,
  circle: 6,
  symbol: 7,
};

export function styleContext(theme: Theme, language: Language, baseUrl: string, state: StyleState = {}): StyleContext {
  return {
    theme,
    language,
    palette: paletteFor(theme),
    baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
    selection: state.selection ?? null,
    measure: state.measure ?? EMPTY_COLLECTION,
  };
}

/** The complete style for the registry in a theme and language. `baseUrl` is absolute (from location). */
export function buildStyle(registry: LayerRegistry, theme: Theme, language: Language, baseUrl: string, state: StyleState = {}): StyleSpecification {
  const ctx = styleContext(theme, language, baseUrl, state);
  const sources: Record<string, SourceSpecification> = {};
  const ordered: Array<{ layer: LayerSpecification; slot: number; index: number }> = [];
  for (const module of registry.modules) {
    Object.assign(sources, module.sources(ctx));
    const layerState = state.layers?.[module.id] ?? { visible: module.defaultVisible, opacity: 1 };
    for (const layer of module.layers(ctx, layerState)) ordered.push({ layer, slot: SLOT[layer.type], index: ordered.length });
  }
  ordered.sort((a, b) => a.slot - b.slot || a.index - b.index);
  if (state.activeSources) {
    for (const [id, source] of Object.entries(sources)) {
      if (source.type === 'geojson' && typeof source.data === 'string' && !state.activeSources.has(id)) sources[id] = { ...source, data: EMPTY_COLLECTION };
    }
  }
  const style: StyleSpecification = {
    version: 8,
    name: `sitroom-${theme}-${language}`,
    glyphs: `${ctx.baseUrl}geo/glyphs/{fontstack}/{range}.pbf`,
    sources,
    layers: ordered.map((o) => o.layer),
  };
  if (state.hangulFonts) style['font-faces'] = hangulFontFaces(state.hangulFonts);
  return style;
}

/**
 * Sources that a visible layer draws at zooms near `zoom` (half a level either side, so a file
 * starts loading before its zoom band is crossed).
 */
export function sourcesInView(style: StyleSpecification, zoom: number, margin = 0.5): string[] {
  const ids = new Set<string>();
  for (const layer of style.layers) {
    if (!('source' in layer) || typeof layer.source !== 'string') continue;
    if (layer.layout?.visibility === 'none') continue;
    const min = layer.minzoom ?? 0;
    const max = layer.maxzoom ?? 24;
    if (min <= zoom + margin && max > zoom - margin) ids.add(layer.source);
  }
  return [...ids];
}

/**
 * Shared pieces of the live layer modules (its-traffic, ndms, forest-disaster): the empty GeoJSON
 * source the live binder fills, the colour-blind-safe colours (Okabe–Ito), the exercise marking and
 * label helpers. Every live feature carries `status`; anything not `actual` gets a label prefix
 * (훈련 / EXERCISE, 시험 / TEST) and a dashed outline, so an exercise never reads as real.
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Feature } from 'geojson';
import type { LiveFeature } from '../../main/common/live-sync';
import { translate, type MessageKey } from '../i18n';
import { toGeoJsonFeature, type LiveFeatureProperties } from '../state/live-store';
import { FONT_MEDIUM, visibility, type LayerState, type StyleContext } from './layer-module';

/** Feature property the live sources promote to the feature id (unique within a source). */
export const LIVE_ID_PROPERTY = 'fid' satisfies keyof LiveFeatureProperties;

/** Okabe–Ito colours: distinct under protanopia, deuteranopia and tritanopia, with lightness steps. */
export const LIVE_COLOURS = {
  vermillion: '#d55e00',
  orange: '#e69f00',
  yellow: '#f0e442',
  skyBlue: '#56b4e9',
  blue: '#0072b2',
  green: '#009e73',
  purple: '#cc79a7',
  grey: '#8c8c8c',
} as const;

/** Severity → colour (extreme, severe, moderate, minor, other); labels say the level in words too. */
export const SEVERITY_COLOUR: ExpressionSpecification = [
  'match',
  ['get', 'severity'],
  'extreme',
  LIVE_COLOURS.vermillion,
  'severe',
  LIVE_COLOURS.orange,
  'moderate',
  LIVE_COLOURS.yellow,
  'minor',
  LIVE_COLOURS.skyBlue,
  LIVE_COLOURS.grey,
];

/** An empty GeoJSON source with ids promoted from `fid`; the live binder fills it. */
export function liveSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: LIVE_ID_PROPERTY };
}

/** The default GeoJSON feature of a live feature: its geometry, props and envelope fields; none without geometry. */
export function defaultLiveFeatures(f: LiveFeature): Feature[] {
  const feature = toGeoJsonFeature(f);
  return feature ? [feature] : [];
}

export const isActual: ExpressionSpecification = ['==', ['get', 'status'], 'actual'];
export const notActual: ExpressionSpecification = ['!=', ['get', 'status'], 'actual'];

export function t(ctx: StyleContext, key: MessageKey): string {
  return translate(ctx.language, key);
}

/** `text` with the exercise/test prefix for features that are not actual. */
export function markedLabel(ctx: StyleContext, text: ExpressionSpecification | string): ExpressionSpecification {
  return ['concat', ['match', ['get', 'status'], 'actual', '', 'test', `${t(ctx, 'live.testPrefix')} · `, `${t(ctx, 'live.exercisePrefix')} · `], text];
}

/** A number property as text, or '?' when missing. */
export function numberText(property: string): ExpressionSpecification {
  return ['case', ['has', property], ['to-string', ['get', property]], '?'];
}

/** A label layer for a live source (bold, haloed, placed beside the point or along the feature). */
export function liveLabelLayer(ctx: StyleContext, state: LayerState, id: string, source: string, text: ExpressionSpecification, opts: { filter?: ExpressionSpecification; minzoom?: number; offset?: number } = {}): SymbolLayerSpecification {
  const layer: SymbolLayerSpecification = {
    id,
    type: 'symbol',
    source,
    minzoom: opts.minzoom ?? 0,
    layout: {
      visibility: visibility(state),
      'text-field': markedLabel(ctx, text),
      'text-font': FONT_MEDIUM,
      'text-size': 12,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': opts.offset ?? 1,
      'text-optional': true,
      'text-max-width': 14,
    },
    paint: {
      'text-color': ctx.palette.text,
      'text-halo-color': ctx.palette.halo,
      'text-halo-width': 1.8,
      'text-opacity': state.opacity,
    },
  };
  if (opts.filter) layer.filter = opts.filter;
  return layer;
}

/** Circle stroke: exercise/test points get a thick ring in the text colour on top of the fill's colour. */
export function markedStroke(ctx: StyleContext): { color: ExpressionSpecification; width: ExpressionSpecification } {
  return {
    color: ['case', isActual, ctx.palette.halo, ctx.palette.text],
    width: ['case', isActual, 1.2, 2.6],
  };
}

/**
 * Korean ports, airports and peaks. Icons are maki glyphs rasterised at run time (map/sprite.ts)
 * under the names below; the names carry the Korean (or English) label beside the icon. Peaks
 * come in from z7.5 so the national view stays readable.
 */
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { FONT_REGULAR, geoUrl, labelText, visibility, type LayerModule, type LayerState, type StyleContext } from '../../map/layer-module';

export const PLACES_SOURCE = 'k-geo:places';
/** Icon name per place kind, registered by map/sprite.ts. */
export const PLACE_ICONS = { port: 'sitroom-port', airport: 'sitroom-airport', peak: 'sitroom-peak' } as const;
export type PlaceKind = keyof typeof PLACE_ICONS;

function placeLayer(ctx: StyleContext, state: LayerState, id: string, filter: ExpressionSpecification, minzoom: number): SymbolLayerSpecification {
  const p = ctx.palette;
  const name = labelText(ctx);
  return {
    id,
    type: 'symbol',
    source: PLACES_SOURCE,
    filter,
    minzoom,
    layout: {
      visibility: visibility(state),
      'icon-image': ['match', ['get', 'kind'], 'port', PLACE_ICONS.port, 'airport', PLACE_ICONS.airport, PLACE_ICONS.peak],
      'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 10, 1],
      'icon-allow-overlap': true,
      'text-field': ['case', ['has', 'elevation'], ['concat', name, ' ', ['to-string', ['get', 'elevation']], 'm'], name],
      'text-font': FONT_REGULAR,
      'text-size': 13,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 1.1,
      'text-optional': true,
    },
    paint: {
      'icon-opacity': state.opacity,
      'text-color': ['match', ['get', 'kind'], 'port', p.port, 'airport', p.airport, p.peak],
      'text-halo-color': p.halo,
      'text-halo-width': 1.6,
      'text-opacity': state.opacity,
    },
  };
}

export const placesModule: LayerModule = {
  id: 'k-geo:places',
  domain: 'k-geo',
  titleKey: 'layer.k-geo:places',
  defaultVisible: true,
  listed: true,
  sources: (ctx) => ({ [PLACES_SOURCE]: { type: 'geojson', data: geoUrl(ctx, 'map/places.geojson') } }),
  layers: (ctx, state) => [
    placeLayer(ctx, state, 'k-geo:places-peaks', ['==', ['get', 'kind'], 'peak'], 7.5),
    placeLayer(ctx, state, 'k-geo:places-symbol', ['!=', ['get', 'kind'], 'peak'], 5.5),
  ],
};

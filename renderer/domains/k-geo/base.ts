/** Sea, land, neighbouring countries and the coastline: the offline basemap under everything. */
import { FONT_REGULAR, geoUrl, labelText, visibility, type LayerModule } from '../../map/layer-module';

export const BASE_ID = 'k-geo:base';
export const BASE_SOURCES = { land: 'k-geo:base-land', countries: 'k-geo:base-countries', coastline: 'k-geo:base-coastline' } as const;

export const baseModule: LayerModule = {
  id: BASE_ID,
  domain: 'k-geo',
  titleKey: 'layer.k-geo:base',
  defaultVisible: true,
  listed: true,
  sources: (ctx) => ({
    [BASE_SOURCES.land]: { type: 'geojson', data: geoUrl(ctx, 'map/land.geojson') },
    [BASE_SOURCES.countries]: { type: 'geojson', data: geoUrl(ctx, 'map/countries.geojson') },
    [BASE_SOURCES.coastline]: { type: 'geojson', data: geoUrl(ctx, 'map/coastline.geojson') },
  }),
  layers: (ctx, state) => {
    const p = ctx.palette;
    const layout = { visibility: visibility(state) };
    return [
      { id: 'k-geo:base-sea', type: 'background', layout, paint: { 'background-color': p.sea, 'background-opacity': state.opacity } },
      { id: 'k-geo:base-land', type: 'fill', source: BASE_SOURCES.land, layout, paint: { 'fill-color': p.land, 'fill-opacity': state.opacity } },
      { id: 'k-geo:base-countries-fill', type: 'fill', source: BASE_SOURCES.countries, layout, paint: { 'fill-color': p.neighbour, 'fill-opacity': state.opacity } },
      {
        id: 'k-geo:base-countries-line',
        type: 'line',
        source: BASE_SOURCES.countries,
        layout,
        paint: { 'line-color': p.neighbourLine, 'line-width': 1, 'line-opacity': state.opacity },
      },
      {
        id: 'k-geo:base-coastline',
        type: 'line',
        source: BASE_SOURCES.coastline,
        layout: { ...layout, 'line-join': 'round' },
        paint: { 'line-color': p.coastline, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 1.6], 'line-opacity': state.opacity },
      },
      {
        id: 'k-geo:base-countries-label',
        type: 'symbol',
        source: BASE_SOURCES.countries,
        maxzoom: 9,
        layout: { ...layout, 'text-field': labelText(ctx), 'text-font': FONT_REGULAR, 'text-size': 14, 'text-transform': 'uppercase', 'text-letter-spacing': 0.1 },
        paint: { 'text-color': p.textMuted, 'text-halo-color': p.halo, 'text-halo-width': 1.2, 'text-opacity': state.opacity },
      },
    ];
  },
};

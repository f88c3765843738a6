/** Region names at the zooms where each level is legible: sido from z5, sigungu from z8, dong from z11. */
import { FONT_MEDIUM, FONT_REGULAR, geoUrl, labelText, visibility, type LayerModule } from '../../map/layer-module';

export const LABEL_SOURCES = { sido: 'k-geo:labels-sido', sigungu: 'k-geo:labels-sigungu', emd: 'k-geo:labels-emd' } as const;

export const labelsModule: LayerModule = {
  id: 'k-geo:labels',
  domain: 'k-geo',
  titleKey: 'layer.k-geo:labels',
  defaultVisible: true,
  listed: true,
  sources: (ctx) => ({
    [LABEL_SOURCES.sido]: { type: 'geojson', data: geoUrl(ctx, 'map/labels-sido.geojson') },
    [LABEL_SOURCES.sigungu]: { type: 'geojson', data: geoUrl(ctx, 'map/labels-sigungu.geojson') },
    [LABEL_SOURCES.emd]: { type: 'geojson', data: geoUrl(ctx, 'map/labels-emd.geojson') },
  }),
  layers: (ctx, state) => {
    const p = ctx.palette;
    const text = labelText(ctx);
    const paint = (color: string) => ({ 'text-color': color, 'text-halo-color': p.halo, 'text-halo-width': 1.6, 'text-opacity': state.opacity });
    const layout = { visibility: visibility(state) };
    return [
      {
        id: 'k-geo:labels-emd',
        type: 'symbol',
        source: LABEL_SOURCES.emd,
        minzoom: 11,
        layout: { ...layout, 'text-field': text, 'text-font': FONT_REGULAR, 'text-size': ['interpolate', ['linear'], ['zoom'], 11, 12, 14, 14], 'text-padding': 4 },
        paint: paint(p.textMuted),
      },
      {
        id: 'k-geo:labels-sigungu',
        type: 'symbol',
        source: LABEL_SOURCES.sigungu,
        minzoom: 8,
        maxzoom: 13,
        layout: { ...layout, 'text-field': text, 'text-font': FONT_REGULAR, 'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 11, 15], 'text-padding': 4 },
        paint: paint(p.text),
      },
      {
        id: 'k-geo:labels-sido',
        type: 'symbol',
        source: LABEL_SOURCES.sido,
        minzoom: 5,
        maxzoom: 10,
        layout: {
          ...layout,
          'text-field': text,
          'text-font': FONT_MEDIUM,
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, 13, 8, 18],
          'text-letter-spacing': 0.02,
          'text-padding': 6,
        },
        paint: paint(p.text),
      },
    ];
  },
};

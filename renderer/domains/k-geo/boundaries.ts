/**
 * Administrative boundaries, one module per level. Each level has a simplified file for low zooms
 * and a detailed one above it (the zoom bands of geo-data/out/map):
 *   sido: `sido-z0` below z7, `sido` from z7; sigungu: `sigungu-z0` z6–9, `sigungu` from z9;
 *   eup-myeon-dong: `emd` from z10.
 * Only sido has a fill (the land colour of Korea, and what `queryRenderedFeatures` finds for the
 * 17 provinces); the lower levels are lines so that the levels never stack translucent fills.
 */
import type { LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { geoUrl, visibility, type LayerModule } from '../../map/layer-module';

export const BOUNDARY_SOURCES = {
  sidoZ0: 'k-geo:sido-z0',
  sido: 'k-geo:sido',
  sigunguZ0: 'k-geo:sigungu-z0',
  sigungu: 'k-geo:sigungu',
  emd: 'k-geo:emd',
} as const;

/** Zoom where the detailed file of a level takes over from the simplified one. */
export const ZOOM_BANDS = { sidoDetail: 7, sigunguFrom: 6, sigunguDetail: 9, emdFrom: 10 } as const;

const geojson = (url: string) => ({ type: 'geojson' as const, data: url });

export const sidoModule: LayerModule = {
  id: 'k-geo:sido',
  domain: 'k-geo',
  titleKey: 'layer.k-geo:sido',
  defaultVisible: true,
  listed: true,
  sources: (ctx) => ({
    [BOUNDARY_SOURCES.sidoZ0]: geojson(geoUrl(ctx, 'map/sido-z0.geojson')),
    [BOUNDARY_SOURCES.sido]: geojson(geoUrl(ctx, 'map/sido.geojson')),
  }),
  layers: (ctx, state) => {
    const p = ctx.palette;
    const layout = { visibility: visibility(state) };
    const fill = { 'fill-color': p.sidoFill, 'fill-opacity': state.opacity };
    const line: LineLayerSpecification['paint'] = {
      'line-color': p.sidoLine,
      'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 9, 2.2, 12, 3],
      'line-opacity': state.opacity,
    };
    const lineLayout = { ...layout, 'line-join': 'round' } as const;
    const z = ZOOM_BANDS.sidoDetail;
    const layers: LayerSpecification[] = [
      { id: 'k-geo:sido-fill-z0', type: 'fill', source: BOUNDARY_SOURCES.sidoZ0, maxzoom: z, layout, paint: fill },
      { id: 'k-geo:sido-fill', type: 'fill', source: BOUNDARY_SOURCES.sido, minzoom: z, layout, paint: fill },
      { id: 'k-geo:sido-line-z0', type: 'line', source: BOUNDARY_SOURCES.sidoZ0, maxzoom: z, layout: lineLayout, paint: line },
      { id: 'k-geo:sido-line', type: 'line', source: BOUNDARY_SOURCES.sido, minzoom: z, layout: lineLayout, paint: line },
    ];
    return layers;
  },
};

export const sigunguModule: LayerModule = {
  id: 'k-geo:sigungu',
  domain: 'k-geo',
  titleKey: 'layer.k-geo:sigungu',
  defaultVisible: true,
  listed: true,
  sources: (ctx) => ({
    [BOUNDARY_SOURCES.sigunguZ0]: geojson(geoUrl(ctx, 'map/sigungu-z0.geojson')),
    [BOUNDARY_SOURCES.sigungu]: geojson(geoUrl(ctx, 'map/sigungu.geojson')),
  }),
  layers: (ctx, state) => {
    const layout = { visibility: visibility(state), 'line-join': 'round' } as const;
    const paint: LineLayerSpecification['paint'] = {
      'line-color': ctx.palette.sigunguLine,
      'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 9, 1, 12, 1.8],
      'line-opacity': ['interpolate', ['linear'], ['zoom'], 6, 0.5 * state.opacity, 8, state.opacity],
    };
    return [
      {
        id: 'k-geo:sigungu-line-z0',
        type: 'line',
        source: BOUNDARY_SOURCES.sigunguZ0,
        minzoom: ZOOM_BANDS.sigunguFrom,
        maxzoom: ZOOM_BANDS.sigunguDetail,
        layout,
        paint,
      },
      { id: 'k-geo:sigungu-line', type: 'line', source: BOUNDARY_SOURCES.sigungu, minzoom: ZOOM_BANDS.sigunguDetail, layout, paint },
    ];
  },
};

export const emdModule: LayerModule = {
  id: 'k-geo:emd',
  domain: 'k-geo',
  titleKey: 'layer.k-geo:emd',
  defaultVisible: true,
  listed: true,
  sources: (ctx) => ({ [BOUNDARY_SOURCES.emd]: geojson(geoUrl(ctx, 'map/emd.geojson')) }),
  layers: (ctx, state) => [
    {
      id: 'k-geo:emd-line',
      type: 'line',
      source: BOUNDARY_SOURCES.emd,
      minzoom: ZOOM_BANDS.emdFrom,
      layout: { visibility: visibility(state), 'line-join': 'round' },
      paint: {
        'line-color': ctx.palette.emdLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 14, 1.4],
        'line-dasharray': [3, 2],
        'line-opacity': state.opacity,
      },
    },
  ],
};

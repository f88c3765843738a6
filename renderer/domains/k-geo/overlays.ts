/**
 * Overlays driven by UI state rather than by data files: the highlighted region (the one on the
 * region card) and the measurement drawing. They are modules like any other, not listed for toggling.
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { visibility, type LayerModule, type SelectionRef } from '../../map/layer-module';
import { assertNever } from '../../util/assert-never';
import { BOUNDARY_SOURCES, ZOOM_BANDS } from './boundaries';

export const MEASURE_SOURCE = 'k-geo:measure';

/** The sources holding a level's polygons, with the zoom range each covers. */
function sourcesOf(level: SelectionRef['level']): Array<{ source: string; minzoom?: number; maxzoom?: number; suffix: string }> {
  switch (level) {
    case 'sido':
      return [
        { source: BOUNDARY_SOURCES.sidoZ0, maxzoom: ZOOM_BANDS.sidoDetail, suffix: 'z0' },
        { source: BOUNDARY_SOURCES.sido, minzoom: ZOOM_BANDS.sidoDetail, suffix: 'detail' },
      ];
    case 'sigungu':
      return [
        { source: BOUNDARY_SOURCES.sigunguZ0, maxzoom: ZOOM_BANDS.sigunguDetail, suffix: 'z0' },
        { source: BOUNDARY_SOURCES.sigungu, minzoom: ZOOM_BANDS.sigunguDetail, suffix: 'detail' },
      ];
    case 'emd':
      return [{ source: BOUNDARY_SOURCES.emd, suffix: 'detail' }];
    default:
      return assertNever(level);
  }
}

export const selectionModule: LayerModule = {
  id: 'k-geo:selection',
  domain: 'k-geo',
  titleKey: 'layer.k-geo:selection',
  defaultVisible: true,
  listed: false,
  sources: () => ({}),
  layers: (ctx, state) => {
    const selection = ctx.selection;
    if (!selection) return [];
    const filter: FilterSpecification = ['==', ['get', 'sgisCode'], selection.sgisCode];
    const layout = { visibility: visibility(state) };
    return sourcesOf(selection.level).flatMap(({ source, minzoom, maxzoom, suffix }): LayerSpecification[] => {
      const zoom = { ...(minzoom !== undefined ? { minzoom } : {}), ...(maxzoom !== undefined ? { maxzoom } : {}) };
      return [
        { id: `k-geo:selection-fill-${suffix}`, type: 'fill', source, filter, ...zoom, layout, paint: { 'fill-color': ctx.palette.highlight, 'fill-opacity': 0.18 * state.opacity } },
        {
          id: `k-geo:selection-line-${suffix}`,
          type: 'line',
          source,
          filter,
          ...zoom,
          layout: { ...layout, 'line-join': 'round' },
          paint: { 'line-color': ctx.palette.highlight, 'line-width': 3.5, 'line-opacity': state.opacity },
        },
      ];
    });
  },
};

export const measureModule: LayerModule = {
  id: 'k-geo:measure',
  domain: 'k-geo',
  titleKey: 'layer.k-geo:measure',
  defaultVisible: true,
  listed: false,
  sources: (ctx) => ({ [MEASURE_SOURCE]: { type: 'geojson', data: ctx.measure } }),
  layers: (ctx, state) => {
    const color = ctx.palette.measure;
    const layout = { visibility: visibility(state) };
    return [
      {
        id: 'k-geo:measure-fill',
        type: 'fill',
        source: MEASURE_SOURCE,
        filter: ['==', ['geometry-type'], 'Polygon'],
        layout,
        paint: { 'fill-color': color, 'fill-opacity': 0.15 * state.opacity },
      },
      {
        id: 'k-geo:measure-line',
        type: 'line',
        source: MEASURE_SOURCE,
        filter: ['in', ['geometry-type'], ['literal', ['LineString', 'Polygon']]],
        layout: { ...layout, 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': color, 'line-width': 3, 'line-dasharray': [2, 1], 'line-opacity': state.opacity },
      },
      {
        id: 'k-geo:measure-vertex',
        type: 'circle',
        source: MEASURE_SOURCE,
        filter: ['==', ['geometry-type'], 'Point'],
        layout,
        paint: { 'circle-radius': 5, 'circle-color': color, 'circle-stroke-color': ctx.palette.halo, 'circle-stroke-width': 2, 'circle-opacity': state.opacity },
      },
    ];
  },
};

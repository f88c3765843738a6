/**
 * Map layers of the panel framework, as data:
 * - `panels:choropleth` — records per region of the shown panel, as feature-state (`n` count, `q` share
 *   of the largest count, `sel` the selected record's region) on the k-geo sido and sigungu files;
 * - `panels:records` — the shown panel's records in view (points and areas), the selected one ringed
 *   (feature-state `selected`); filled by `app/panels/panel-map-link.ts`, not through the style;
 * - `panels:aoi` — the current area of interest, the polygon being drawn, and the areas published by
 *   other workstations (live from `ops.aoi`, dashed, labelled with their author). An area published as a
 *   sido or sigungu code is outlined by the choropleth module, which owns the region files (feature-state
 *   `pub` from `ops.aoi`); one published as an eup-myeon-dong code is listed only (the emd file has no
 *   code ids).
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import type { Feature } from 'geojson';
import type { LiveFeature } from '../../../main/common/live-sync';
import { AOI_STREAM, publishedAoiFromFeature } from '../../../main/common/panels/aoi';
import { FONT_MEDIUM, geoUrl, visibility, type LayerModule, type StyleContext } from '../../map/layer-module';
import { LIVE_COLOURS, liveSource } from '../../map/live-layer';

export const PANEL_SOURCES = {
  sido: 'panels:choropleth-sido',
  sigungu: 'panels:choropleth-sigungu',
  records: 'panels:records',
  aoi: 'panels:aoi',
  draft: 'panels:aoi-draft',
  published: 'panels:aoi-published',
} as const;

const regions = (ctx: StyleContext, file: string): GeoJSONSourceSpecification => ({ type: 'geojson', data: geoUrl(ctx, file), promoteId: 'code' });
const empty = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

/** A sequential ramp on the share of the largest count (light → dark purple-blue), transparent without a count. */
const RAMP: ExpressionSpecification = ['interpolate', ['linear'], ['to-number', ['feature-state', 'q'], 0], 0, '#deebf7', 0.25, '#9ecae1', 0.5, '#6baed6', 0.75, '#3182bd', 1, '#08519c'];
const HAS_COUNT: ExpressionSpecification = ['>', ['to-number', ['feature-state', 'n'], 0], 0];

/** Feature-state `pub` on the region a published AOI names by code, at that level's region file. */
export function publishedRegionState(f: LiveFeature, level: 'sido' | 'sigungu'): { id: string; state: { pub: true } } | null {
  const p = publishedAoiFromFeature(f);
  return p?.spec.type === 'region' && p.spec.level === level ? { id: p.spec.code, state: { pub: true } } : null;
}

const PUBLISHED: ExpressionSpecification = ['boolean', ['feature-state', 'pub'], false];

export const choroplethModule: LayerModule = {
  id: 'panels:choropleth',
  domain: 'panels',
  titleKey: 'layer.panels:choropleth',
  defaultVisible: true,
  listed: true,
  featureState: (['sido', 'sigungu'] as const).map((level) => ({ sourceId: PANEL_SOURCES[level], stream: AOI_STREAM, toState: (f: LiveFeature) => publishedRegionState(f, level), ownKeys: ['pub'] })),
  sources: (ctx) => ({ [PANEL_SOURCES.sido]: regions(ctx, 'map/sido-z0.geojson'), [PANEL_SOURCES.sigungu]: regions(ctx, 'map/sigungu-z0.geojson') }),
  layers: (_ctx, state) =>
    (['sido', 'sigungu'] as const).flatMap((level) => [
      { id: `panels:choropleth-${level}-fill`, type: 'fill' as const, source: PANEL_SOURCES[level], layout: { visibility: visibility(state) }, paint: { 'fill-color': RAMP, 'fill-opacity': ['case', HAS_COUNT, 0.55 * state.opacity, 0] as ExpressionSpecification } },
      { id: `panels:choropleth-${level}-selected`, type: 'line' as const, source: PANEL_SOURCES[level], layout: { visibility: visibility(state) }, paint: { 'line-color': LIVE_COLOURS.vermillion, 'line-width': ['case', ['boolean', ['feature-state', 'sel'], false], 3, 0] as ExpressionSpecification, 'line-opacity': state.opacity } },
      { id: `panels:choropleth-${level}-published`, type: 'line' as const, source: PANEL_SOURCES[level], layout: { visibility: visibility(state) }, paint: { 'line-color': LIVE_COLOURS.green, 'line-width': ['case', PUBLISHED, 2.5, 0] as ExpressionSpecification, 'line-dasharray': [2, 2], 'line-opacity': state.opacity } },
    ]),
};

const SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export const recordsModule: LayerModule = {
  id: 'panels:records',
  domain: 'panels',
  titleKey: 'layer.panels:records',
  defaultVisible: true,
  listed: true,
  sources: () => ({ [PANEL_SOURCES.records]: liveSource() }),
  layers: (ctx, state) => [
    { id: 'panels:records-fill', type: 'fill', source: PANEL_SOURCES.records, filter: ['==', ['geometry-type'], 'Polygon'], layout: { visibility: visibility(state) }, paint: { 'fill-color': LIVE_COLOURS.purple, 'fill-opacity': ['case', SELECTED, 0.5, 0.2] as ExpressionSpecification } },
    { id: 'panels:records-line', type: 'line', source: PANEL_SOURCES.records, filter: ['!=', ['geometry-type'], 'Point'], layout: { visibility: visibility(state) }, paint: { 'line-color': LIVE_COLOURS.purple, 'line-width': ['case', SELECTED, 4, 1.5] as ExpressionSpecification, 'line-opacity': state.opacity } },
    {
      id: 'panels:records-circle',
      type: 'circle',
      source: PANEL_SOURCES.records,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: { visibility: visibility(state) },
      paint: {
        // A zoom curve must be the outermost expression, so the selection case sits inside each stop.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['case', SELECTED, 9, 2.5], 12, ['case', SELECTED, 11, 6]] as ExpressionSpecification,
        'circle-color': LIVE_COLOURS.purple,
        'circle-stroke-color': ['case', SELECTED, LIVE_COLOURS.vermillion, ctx.palette.halo] as ExpressionSpecification,
        'circle-stroke-width': ['case', SELECTED, 3, 0.8] as ExpressionSpecification,
        'circle-opacity': 0.9 * state.opacity,
        'circle-stroke-opacity': state.opacity,
      },
    },
  ],
};

/** A published AOI as a map feature (areas only: a region published by code is shown in the list). */
function publishedFeatures(f: Parameters<NonNullable<NonNullable<LayerModule['live']>[number]['toFeatures']>>[0]): Feature[] {
  const p = publishedAoiFromFeature(f);
  if (!p?.geometry) return [];
  return [{ type: 'Feature', id: f.key, geometry: p.geometry, properties: { fid: f.key, name: p.name, user: p.user ?? '', status: f.status } }];
}

export const aoiModule: LayerModule = {
  id: 'panels:aoi',
  domain: 'panels',
  titleKey: 'layer.panels:aoi',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: PANEL_SOURCES.published, stream: AOI_STREAM, toFeatures: publishedFeatures }],
  sources: () => ({ [PANEL_SOURCES.aoi]: empty(), [PANEL_SOURCES.draft]: empty(), [PANEL_SOURCES.published]: liveSource() }),
  layers: (ctx, state) => [
    { id: 'panels:aoi-published-line', type: 'line', source: PANEL_SOURCES.published, layout: { visibility: visibility(state) }, paint: { 'line-color': LIVE_COLOURS.green, 'line-width': 2.5, 'line-dasharray': [2, 2], 'line-opacity': state.opacity } },
    {
      id: 'panels:aoi-published-label',
      type: 'symbol',
      source: PANEL_SOURCES.published,
      layout: { visibility: visibility(state), 'text-field': ['concat', ['get', 'name'], ' · ', ['get', 'user']], 'text-font': FONT_MEDIUM, 'text-size': 12, 'symbol-placement': 'line', 'text-max-angle': 40 },
      paint: { 'text-color': ctx.palette.text, 'text-halo-color': ctx.palette.halo, 'text-halo-width': 1.8, 'text-opacity': state.opacity },
    },
    { id: 'panels:aoi-fill', type: 'fill', source: PANEL_SOURCES.aoi, layout: { visibility: visibility(state) }, paint: { 'fill-color': LIVE_COLOURS.orange, 'fill-opacity': 0.12 * state.opacity } },
    { id: 'panels:aoi-line', type: 'line', source: PANEL_SOURCES.aoi, layout: { visibility: visibility(state) }, paint: { 'line-color': LIVE_COLOURS.orange, 'line-width': 3, 'line-opacity': state.opacity } },
    { id: 'panels:aoi-draft-line', type: 'line', source: PANEL_SOURCES.draft, layout: { visibility: visibility(state) }, paint: { 'line-color': LIVE_COLOURS.orange, 'line-width': 2, 'line-dasharray': [1, 1], 'line-opacity': state.opacity } },
    { id: 'panels:aoi-draft-vertex', type: 'circle', source: PANEL_SOURCES.draft, filter: ['==', ['geometry-type'], 'Point'], layout: { visibility: visibility(state) }, paint: { 'circle-radius': 4, 'circle-color': LIVE_COLOURS.orange, 'circle-stroke-color': ctx.palette.halo, 'circle-stroke-width': 1.5 } },
  ],
};

/** Bottom to top: choropleth, published areas, the current area, records. */
export const panelModules: readonly LayerModule[] = [choroplethModule, aoiModule, recordsModule];

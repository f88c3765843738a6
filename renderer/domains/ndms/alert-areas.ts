/**
 * Target areas of disaster text alerts, as the core computes them (`ndms:alerts`: the union of the
 * resolved regions' geometries, or the CAP/drafted polygon or circle), coloured by step (위급재난
 * vermillion, 긴급재난 orange, 안전안내 sky blue); exercise and test alerts get a dashed outline and a
 * marked label, the selected alert a thick outline. A second source draws the draft being composed
 * (its previewed area and the polygon's points). Both are filled from the alert screen's store.
 * A superseded alert is not drawn (its Update is, in its place); a cancelled one stays as a grey
 * dotted outline with a faint fill, never in its step's colour.
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification, Map as MaplibreMap, GeoJSONSource } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { AlertSummary, DraftPreview } from '../../../main/common/ndms/alert-ipc';
import { visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS, isActual, liveLabelLayer, notActual } from '../../map/live-layer';
import { alertUi } from './alert-ui-store';

export const ALERT_AREAS_SOURCE = 'ndms:alert-areas';
export const DRAFT_AREA_SOURCE = 'ndms:alert-areas-draft';

const LEVEL_COLOUR: ExpressionSpecification = ['match', ['get', 'level'], '위급재난', LIVE_COLOURS.vermillion, '긴급재난', LIVE_COLOURS.orange, '안전안내', LIVE_COLOURS.skyBlue, LIVE_COLOURS.grey];

/** One feature per alert with an area (superseded ones left out); the selected one last, so it draws on top. */
export function alertAreaCollection(alerts: readonly AlertSummary[], selectedKey: string | null): FeatureCollection {
  const features: Feature[] = alerts
    .filter((a) => a.geometry && a.lifecycle.state !== 'superseded')
    .map((a) => ({
      type: 'Feature',
      id: a.key,
      geometry: a.geometry!,
      properties: { fid: a.key, key: a.key, level: a.level ?? '', severity: a.severity, status: a.status, disasterType: a.disasterType ?? '', adults: a.adults2022, selected: a.key === selectedKey, origin: a.origin, state: a.lifecycle.state },
    }));
  features.sort((x, y) => Number(x.properties!['selected']) - Number(y.properties!['selected']));
  return { type: 'FeatureCollection', features };
}

/** The draft's previewed area plus the points drawn so far (and the open ring while drawing). */
export function draftCollection(preview: DraftPreview | null, polygon: ReadonlyArray<[number, number]>, drawing: boolean): FeatureCollection {
  const features: Feature[] = [];
  if (preview?.geometry) features.push({ type: 'Feature', geometry: preview.geometry, properties: { part: 'area' } });
  if (polygon.length >= 2) features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: drawing ? [...polygon] : [...polygon, polygon[0]!] }, properties: { part: 'ring' } });
  for (const p of polygon) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: p }, properties: { part: 'vertex' } });
  return { type: 'FeatureCollection', features };
}

const source = (data: FeatureCollection): GeoJSONSourceSpecification => ({ type: 'geojson', data, promoteId: 'fid' });

export function currentAlertAreas(): FeatureCollection {
  const s = alertUi.getState();
  return alertAreaCollection(s.alerts, s.selectedKey);
}

export function currentDraft(): FeatureCollection {
  const s = alertUi.getState();
  return draftCollection(s.draftOpen ? s.preview : null, s.draftOpen ? s.polygon : [], s.drawing);
}

/** Pushes the store's areas into the map's sources (the style reads the same on a rebuild). */
export function pushAlertAreas(map: MaplibreMap | null): void {
  (map?.getSource(ALERT_AREAS_SOURCE) as GeoJSONSource | undefined)?.setData(currentAlertAreas());
  (map?.getSource(DRAFT_AREA_SOURCE) as GeoJSONSource | undefined)?.setData(currentDraft());
}

const selected: ExpressionSpecification = ['==', ['get', 'selected'], true];
const cancelled: ExpressionSpecification = ['==', ['get', 'state'], 'cancelled'];
const live: ExpressionSpecification = ['!=', ['get', 'state'], 'cancelled'];
const AREA_COLOUR: ExpressionSpecification = ['case', cancelled, LIVE_COLOURS.grey, LEVEL_COLOUR];

export const alertAreasModule: LayerModule = {
  id: 'ndms:alert-areas',
  domain: 'ndms',
  titleKey: 'layer.ndms:alert-areas',
  defaultVisible: true,
  listed: true,
  sources: () => ({ [ALERT_AREAS_SOURCE]: source(currentAlertAreas()), [DRAFT_AREA_SOURCE]: source(currentDraft()) }),
  layers: (ctx, state) => {
    const vis = visibility(state);
    const outline = (id: string, filter: ExpressionSpecification, dashed: boolean) => ({
      id,
      type: 'line' as const,
      source: ALERT_AREAS_SOURCE,
      filter,
      layout: { visibility: vis, 'line-join': 'round' as const },
      paint: { 'line-color': AREA_COLOUR, 'line-width': ['case', selected, 4, 2] as ExpressionSpecification, 'line-opacity': state.opacity, ...(dashed ? { 'line-dasharray': [3, 2] } : {}) },
    });
    return [
      { id: 'ndms:alert-areas-fill', type: 'fill', source: ALERT_AREAS_SOURCE, layout: { visibility: vis }, paint: { 'fill-color': AREA_COLOUR, 'fill-opacity': ['case', cancelled, 0.04 * state.opacity, selected, 0.32 * state.opacity, 0.14 * state.opacity] } },
      outline('ndms:alert-areas-outline', ['all', isActual, live], false),
      outline('ndms:alert-areas-outline-exercise', ['all', notActual, live], true),
      { ...outline('ndms:alert-areas-outline-cancelled', cancelled, false), paint: { 'line-color': LIVE_COLOURS.grey, 'line-width': ['case', selected, 3, 1.5] as ExpressionSpecification, 'line-opacity': state.opacity, 'line-dasharray': [0.5, 2] } },
      liveLabelLayer(ctx, state, 'ndms:alert-areas-label', ALERT_AREAS_SOURCE, ['concat', ['get', 'level'], ' ', ['get', 'disasterType']], { filter: selected }),
      { id: 'ndms:alert-areas-draft-fill', type: 'fill', source: DRAFT_AREA_SOURCE, filter: ['==', ['get', 'part'], 'area'], layout: { visibility: vis }, paint: { 'fill-color': LIVE_COLOURS.purple, 'fill-opacity': 0.3 * state.opacity } },
      { id: 'ndms:alert-areas-draft-line', type: 'line', source: DRAFT_AREA_SOURCE, filter: ['!=', ['get', 'part'], 'vertex'], layout: { visibility: vis }, paint: { 'line-color': LIVE_COLOURS.purple, 'line-width': 2.5, 'line-dasharray': [2, 1], 'line-opacity': state.opacity } },
      { id: 'ndms:alert-areas-draft-vertex', type: 'circle', source: DRAFT_AREA_SOURCE, filter: ['==', ['get', 'part'], 'vertex'], layout: { visibility: vis }, paint: { 'circle-radius': 5, 'circle-color': LIVE_COLOURS.purple, 'circle-stroke-color': ctx.palette.halo, 'circle-stroke-width': 1.5 } },
    ];
  },
};

/**
 * NDMS hazards: earthquakes (`ndms.quakes`, circles sized by magnitude), typhoons (`ndms.typhoons`,
 * the current position with the forecast track drawn from `props.forecast`) and shelters
 * (`ndms.shelters`, coloured by how full they are, with occupancy/capacity in the label).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature } from 'geojson';
import type { LiveFeature } from '../../../main/common/live-sync';
import { visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS, LIVE_ID_PROPERTY, defaultLiveFeatures, liveLabelLayer, liveSource, markedStroke, numberText, t } from '../../map/live-layer';

export const QUAKES_SOURCE = 'ndms:quakes';
export const TYPHOONS_SOURCE = 'ndms:typhoons';
export const SHELTERS_SOURCE = 'ndms:shelters';

export const quakesModule: LayerModule = {
  id: 'ndms:quakes',
  domain: 'ndms',
  titleKey: 'layer.ndms:quakes',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: QUAKES_SOURCE, stream: 'ndms.quakes' }],
  sources: () => ({ [QUAKES_SOURCE]: liveSource() }),
  layers: (ctx, state) => {
    const stroke = markedStroke(ctx);
    return [
      {
        id: 'ndms:quakes-circle',
        type: 'circle',
        source: QUAKES_SOURCE,
        layout: { visibility: visibility(state) },
        paint: {
          // Radius grows with magnitude (about ×1.6 per unit, like the energy's square root on a log scale).
          'circle-radius': ['interpolate', ['exponential', 1.6], ['to-number', ['get', 'magnitude'], 0], 2, 4, 4, 11, 6, 28, 8, 70],
          'circle-color': LIVE_COLOURS.purple,
          'circle-opacity': 0.45 * state.opacity,
          'circle-stroke-color': stroke.color,
          'circle-stroke-width': stroke.width,
          'circle-stroke-opacity': state.opacity,
        },
      },
      liveLabelLayer(ctx, state, 'ndms:quakes-label', QUAKES_SOURCE, ['concat', t(ctx, 'live.magnitude'), numberText('magnitude')], { offset: 1.6 }),
    ];
  },
};

function isPosition(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number';
}

/** The typhoon's position, plus its forecast track (position → forecast points) as a second feature. */
export function typhoonFeatures(f: LiveFeature): Feature[] {
  const out = defaultLiveFeatures(f);
  const forecast = Array.isArray(f.props['forecast']) ? f.props['forecast'].filter(isPosition) : [];
  if (f.geometry?.type === 'Point' && forecast.length > 0) {
    const id = `${f.key}#forecast`;
    out.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [f.geometry.coordinates, ...forecast] },
      properties: { [LIVE_ID_PROPERTY]: id, key: f.key, kind: 'typhoon.forecast', status: f.status },
    });
  }
  return out;
}

const isTrack: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isCentre: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

export const typhoonsModule: LayerModule = {
  id: 'ndms:typhoons',
  domain: 'ndms',
  titleKey: 'layer.ndms:typhoons',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: TYPHOONS_SOURCE, stream: 'ndms.typhoons', toFeatures: typhoonFeatures }],
  sources: () => ({ [TYPHOONS_SOURCE]: liveSource() }),
  layers: (ctx, state) => {
    const stroke = markedStroke(ctx);
    const name: ExpressionSpecification = ctx.language === 'ko' ? ['get', 'name'] : ['coalesce', ['get', 'nameEn'], ['get', 'name']];
    return [
      {
        id: 'ndms:typhoons-track',
        type: 'line',
        source: TYPHOONS_SOURCE,
        filter: isTrack,
        layout: { visibility: visibility(state), 'line-cap': 'round' },
        paint: { 'line-color': LIVE_COLOURS.blue, 'line-width': 2.5, 'line-dasharray': [1, 2], 'line-opacity': state.opacity },
      },
      {
        id: 'ndms:typhoons-centre',
        type: 'circle',
        source: TYPHOONS_SOURCE,
        filter: isCentre,
        layout: { visibility: visibility(state) },
        paint: { 'circle-color': LIVE_COLOURS.blue, 'circle-radius': 12, 'circle-stroke-color': stroke.color, 'circle-stroke-width': stroke.width, 'circle-opacity': state.opacity, 'circle-stroke-opacity': state.opacity },
      },
      liveLabelLayer(ctx, state, 'ndms:typhoons-label', TYPHOONS_SOURCE, ['concat', t(ctx, 'live.typhoon'), ' ', ['coalesce', name, ''], ' ', numberText('pressureHpa'), ' hPa'], { filter: isCentre, offset: 1.8 }),
    ];
  },
};

/** Occupancy ratio 0..1 (0 when unknown). */
const FULLNESS: ExpressionSpecification = ['/', ['to-number', ['get', 'occupancy'], 0], ['max', 1, ['to-number', ['get', 'capacity'], 1]]];

export const sheltersModule: LayerModule = {
  id: 'ndms:shelters',
  domain: 'ndms',
  titleKey: 'layer.ndms:shelters',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: SHELTERS_SOURCE, stream: 'ndms.shelters' }],
  sources: () => ({ [SHELTERS_SOURCE]: liveSource() }),
  layers: (ctx, state) => {
    const stroke = markedStroke(ctx);
    return [
      {
        id: 'ndms:shelters-circle',
        type: 'circle',
        source: SHELTERS_SOURCE,
        layout: { visibility: visibility(state) },
        paint: {
          // Closed: grey; open: green → yellow → vermillion as it fills (the label gives the numbers).
          'circle-color': ['case', ['!=', ['get', 'open'], true], LIVE_COLOURS.grey, ['step', FULLNESS, LIVE_COLOURS.green, 0.5, LIVE_COLOURS.yellow, 0.9, LIVE_COLOURS.vermillion]],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 5, 12, 9],
          'circle-stroke-color': stroke.color,
          'circle-stroke-width': stroke.width,
          'circle-opacity': state.opacity,
          'circle-stroke-opacity': state.opacity,
        },
      },
      liveLabelLayer(ctx, state, 'ndms:shelters-label', SHELTERS_SOURCE, ['concat', ['coalesce', ['get', 'name'], t(ctx, 'live.shelter')], ' ', numberText('occupancy'), '/', numberText('capacity')], { minzoom: 7 }),
    ];
  },
};


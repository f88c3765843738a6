/**
 * NDMS hazards: earthquakes (`ndms.quakes`: the epicentre sized by magnitude, with indicative distance
 * rings), typhoons (`ndms.typhoons`: the current position, the past track from `props.track`, the
 * forecast track from `props.forecast` with its cone of uncertainty, and the 15 m/s and 25 m/s wind
 * radii drawn as areas) and shelters (`ndms.shelters`, coloured by how full they are, with
 * occupancy/capacity in the label).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, Geometry } from 'geojson';
import { forecastCone, quakeRings, typhoonWindAreas } from '../../../main/common/ndms/hazard-geometry';
import type { LiveFeature } from '../../../main/common/live-sync';
import { FONT_REGULAR, visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS, LIVE_ID_PROPERTY, defaultLiveFeatures, liveLabelLayer, liveSource, markedStroke, numberText, t } from '../../map/live-layer';

export const QUAKES_SOURCE = 'ndms:quakes';
export const TYPHOONS_SOURCE = 'ndms:typhoons';
export const SHELTERS_SOURCE = 'ndms:shelters';

const isRing: ExpressionSpecification = ['==', ['get', 'part'], 'ring'];
const isEpicentre: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

/** The epicentre plus its indicative distance rings (as lines, `part: 'ring'`, `km`). */
export function quakeFeatures(f: LiveFeature): Feature[] {
  const out = defaultLiveFeatures(f);
  const m = f.props['magnitude'];
  if (f.geometry?.type !== 'Point' || typeof m !== 'number') return out;
  const [lon, lat] = f.geometry.coordinates as [number, number];
  for (const r of quakeRings([lon, lat], m)) {
    const ring = (r.geometry as { coordinates: number[][][] }).coordinates[0]!;
    out.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: ring }, properties: { [LIVE_ID_PROPERTY]: `${f.key}#ring-${r.km}`, key: f.key, part: 'ring', km: r.km, status: f.status } });
  }
  return out;
}

export const quakesModule: LayerModule = {
  id: 'ndms:quakes',
  domain: 'ndms',
  titleKey: 'layer.ndms:quakes',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: QUAKES_SOURCE, stream: 'ndms.quakes', toFeatures: quakeFeatures }],
  sources: () => ({ [QUAKES_SOURCE]: liveSource() }),
  layers: (ctx, state) => {
    const stroke = markedStroke(ctx);
    return [
      {
        id: 'ndms:quakes-rings',
        type: 'line',
        source: QUAKES_SOURCE,
        filter: isRing,
        layout: { visibility: visibility(state) },
        paint: { 'line-color': LIVE_COLOURS.purple, 'line-width': 1.2, 'line-dasharray': [2, 2], 'line-opacity': 0.8 * state.opacity },
      },
      {
        id: 'ndms:quakes-rings-label',
        type: 'symbol',
        source: QUAKES_SOURCE,
        filter: isRing,
        layout: { visibility: visibility(state), 'symbol-placement': 'line', 'text-field': ['concat', ['to-string', ['get', 'km']], ' km'], 'text-font': FONT_REGULAR, 'text-size': 10 },
        paint: { 'text-color': ctx.palette.text, 'text-halo-color': ctx.palette.halo, 'text-halo-width': 1.5, 'text-opacity': state.opacity },
      },
      {
        id: 'ndms:quakes-circle',
        type: 'circle',
        source: QUAKES_SOURCE,
        filter: isEpicentre,
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
      liveLabelLayer(ctx, state, 'ndms:quakes-label', QUAKES_SOURCE, ['concat', t(ctx, 'live.magnitude'), numberText('magnitude')], { offset: 1.6, filter: isEpicentre }),
    ];
  },
};

function isPosition(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number';
}

const positions = (v: unknown): Array<[number, number]> => (Array.isArray(v) ? v.filter(isPosition).map((p) => [p[0], p[1]] as [number, number]) : []);

/**
 * The typhoon's position plus, as further features of the same key: the past track (`props.track`,
 * oldest first), the forecast track and its cone of uncertainty (`props.forecast`), and the 15 m/s
 * and 25 m/s wind areas (`radius15Km`, `radius25Km`). Each carries `part` for the layers' filters.
 */
export function typhoonFeatures(f: LiveFeature): Feature[] {
  const out = defaultLiveFeatures(f);
  if (f.geometry?.type !== 'Point') return out;
  const centre = f.geometry.coordinates as [number, number];
  const forecast = positions(f.props['forecast']);
  const track = positions(f.props['track']);
  const add = (part: string, geometry: Geometry | null) => {
    if (geometry) out.push({ type: 'Feature', geometry, properties: { [LIVE_ID_PROPERTY]: `${f.key}#${part}`, key: f.key, part, status: f.status } });
  };
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const wind = typhoonWindAreas(centre, num(f.props['radius15Km']), num(f.props['radius25Km']));
  add('r15', wind.r15 as Geometry | null);
  add('r25', wind.r25 as Geometry | null);
  add('cone', forecastCone(centre, forecast) as Geometry | null);
  if (track.length > 0) add('past', { type: 'LineString', coordinates: [...track, centre] });
  if (forecast.length > 0) add('forecast', { type: 'LineString', coordinates: [centre, ...forecast] });
  return out;
}

const part = (p: string): ExpressionSpecification => ['==', ['get', 'part'], p];
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
        id: 'ndms:typhoons-cone',
        type: 'fill',
        source: TYPHOONS_SOURCE,
        filter: part('cone'),
        layout: { visibility: visibility(state) },
        paint: { 'fill-color': LIVE_COLOURS.skyBlue, 'fill-opacity': 0.15 * state.opacity },
      },
      {
        id: 'ndms:typhoons-wind',
        type: 'fill',
        source: TYPHOONS_SOURCE,
        filter: ['any', part('r15'), part('r25')],
        layout: { visibility: visibility(state) },
        // 15 m/s (strong wind) pale, 25 m/s (storm) stronger, drawn over it.
        paint: { 'fill-color': ['match', ['get', 'part'], 'r25', LIVE_COLOURS.vermillion, LIVE_COLOURS.orange], 'fill-opacity': ['match', ['get', 'part'], 'r25', 0.22 * state.opacity, 0.12 * state.opacity] },
      },
      {
        id: 'ndms:typhoons-wind-line',
        type: 'line',
        source: TYPHOONS_SOURCE,
        filter: ['any', part('r15'), part('r25')],
        layout: { visibility: visibility(state) },
        paint: { 'line-color': ['match', ['get', 'part'], 'r25', LIVE_COLOURS.vermillion, LIVE_COLOURS.orange], 'line-width': 1.5, 'line-opacity': state.opacity },
      },
      {
        id: 'ndms:typhoons-past',
        type: 'line',
        source: TYPHOONS_SOURCE,
        filter: part('past'),
        layout: { visibility: visibility(state), 'line-cap': 'round' },
        paint: { 'line-color': LIVE_COLOURS.blue, 'line-width': 3, 'line-opacity': state.opacity },
      },
      {
        id: 'ndms:typhoons-track',
        type: 'line',
        source: TYPHOONS_SOURCE,
        filter: part('forecast'),
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


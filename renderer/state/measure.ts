/**
 * The measure tool's state and geometry. Distance is the geodesic length of the polyline, area the
 * geodesic area of the closed polygon (turf). Pure functions, used by the UI store and the map.
 */
import { area, length, lineString, polygon } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';

export type MeasureMode = 'off' | 'distance' | 'area';
export type LonLat = [number, number];

export interface MeasureState {
  mode: MeasureMode;
  points: LonLat[];
  /** Drawing finished (Esc or double-click): the result stays on the map until cleared. */
  finished: boolean;
}

export function getEmptyMeasureState(): MeasureState {
  return { mode: 'off', points: [], finished: false };
}

export interface MeasureResult {
  /** Length of the polyline (distance mode) or the polygon's perimeter (area mode), metres. */
  lengthM: number;
  /** Polygon area, square metres (area mode with 3+ points), else null. */
  areaM2: number | null;
}

function ring(points: LonLat[]): LonLat[] {
  const first = points[0] as LonLat;
  return [...points, first];
}

export function measureResult(state: MeasureState, cursor?: LonLat | null): MeasureResult {
  const points = cursor && !state.finished && state.mode !== 'off' ? [...state.points, cursor] : state.points;
  if (state.mode === 'off' || points.length < 2) return { lengthM: 0, areaM2: null };
  if (state.mode === 'distance') return { lengthM: length(lineString(points), { units: 'kilometers' }) * 1000, areaM2: null };
  const closed = points.length >= 3 ? ring(points) : points;
  const perimeter = length(lineString(closed), { units: 'kilometers' }) * 1000;
  return { lengthM: perimeter, areaM2: points.length >= 3 ? area(polygon([closed])) : null };
}

/** Features to draw: vertices, the line (with a rubber band to the cursor while drawing) and the polygon. */
export function measureFeatures(state: MeasureState, cursor?: LonLat | null): FeatureCollection {
  if (state.mode === 'off' || state.points.length === 0) return { type: 'FeatureCollection', features: [] };
  const points = cursor && !state.finished ? [...state.points, cursor] : state.points;
  const features: Feature[] = state.points.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }));
  if (state.mode === 'area' && points.length >= 3) {
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring(points)] } });
  } else if (points.length >= 2) {
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: points } });
  }
  return { type: 'FeatureCollection', features };
}

/** "1.23 km" / "850 m"; "12.3 km²" / "4.5 ha". */
export function formatLength(m: number): string {
  return m >= 1000 ? `${(m / 1000).toFixed(m >= 100_000 ? 0 : 2)} km` : `${Math.round(m)} m`;
}

export function formatArea(m2: number): string {
  if (m2 >= 1_000_000) return `${(m2 / 1_000_000).toFixed(m2 >= 100_000_000 ? 0 : 2)} km²`;
  if (m2 >= 10_000) return `${(m2 / 10_000).toFixed(1)} ha`;
  return `${Math.round(m2)} m²`;
}

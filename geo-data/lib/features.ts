/**
 * GeoJSON output helpers: fixed property order and rounded coordinates, so the same inputs give
 * the same bytes on every run and machine.
 */
import type { MultiPolygonCoords, Position } from '../../main/core/region/geometry.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface OutFeature {
  type: 'Feature';
  id?: number;
  properties: { [key: string]: Json };
  geometry: { type: string; coordinates: Json };
}

export interface OutCollection {
  type: 'FeatureCollection';
  features: OutFeature[];
}

export function roundPosition(p: Position, decimals: number): Position {
  const f = 10 ** decimals;
  return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

/** Polygon when there is one part, MultiPolygon otherwise. */
export function areaGeometry(coords: MultiPolygonCoords): OutFeature['geometry'] {
  return coords.length === 1 ? { type: 'Polygon', coordinates: coords[0]! as Json } : { type: 'MultiPolygon', coordinates: coords as Json };
}

export function pointFeature(p: Position, properties: OutFeature['properties'], id?: number): OutFeature {
  return { type: 'Feature', ...(id === undefined ? {} : { id }), properties, geometry: { type: 'Point', coordinates: p as Json } };
}

export function collection(features: OutFeature[]): OutCollection {
  return { type: 'FeatureCollection', features };
}

/** Compact, stable serialisation (object keys keep their insertion order). */
export function serialise(value: unknown): string {
  return JSON.stringify(value) + '\n';
}

/**
 * Wind-driven elliptical fire spread (see main/common/forest/spread-notes.ts for sources and the
 * assumption text shown in the UI).
 *
 * - Shape: Anderson (1983), INT-305: length-to-breadth ratio
 *     LB = 0.936·e^(0.2566·U) + 0.461·e^(−0.1548·U) − 0.397,  U = midflame wind speed in mi/h
 *   (1 m/s = 3600/1609.344 = 2.236936 mi/h). Midflame wind = WAF × 10-m open wind (Andrews 2012).
 * - Ellipse: ignition at the rear focus (Van Wagner 1969; Alexander 1985). With eccentricity
 *   e = √(LB² − 1)/LB and head distance D = ROS·t: semi-major a = D/(1 + e), semi-minor b = a/LB,
 *   centre c = a·e downwind of the ignition, back distance a − c = D(1 − e)/(1 + e), so the
 *   head-to-back ratio is (1 + e)/(1 − e) = (LB + √(LB²−1))/(LB − √(LB²−1)) as in Alexander (1985).
 * - Head-fire rate: Cruz & Alexander (2019): ROS ≈ 10 % of the 10-m open wind speed in forests;
 *   scaled per fuel class (ROS_WIND_FRACTION) and floored at MIN_ROS_MPM, unless the operator enters one.
 */
import { DEFAULT_WAF, MIN_ROS_MPM, ROS_WIND_FRACTION, SPREAD_ASSUMPTIONS, SPREAD_SOURCES, spreadInputSchema, type SpreadInput } from '../../common/forest/spread-notes.js';
import type { FuelClass } from '../../common/forest/types.js';
import { destination, type LonLat } from './geo.js';

export const MS_TO_MPH = 3600 / 1609.344;
export const DEFAULT_HOURS = [1, 3, 6] as const;
const RING_POINTS = 72;

/** Anderson (1983) length-to-breadth ratio for a midflame wind speed in mi/h (1 at calm). */
export function lengthToBreadth(midflameMph: number): number {
  const u = Math.max(0, midflameMph);
  return 0.936 * Math.exp(0.2566 * u) + 0.461 * Math.exp(-0.1548 * u) - 0.397;
}

/** Head-fire rate of spread, m/min, from the 10-m open wind (m/s) and the fuel class. */
export function headRosMpm(windSpeedMs: number, fuel: FuelClass): number {
  return Math.max(MIN_ROS_MPM, ROS_WIND_FRACTION[fuel] * windSpeedMs * 60);
}

/** Axes of the spread ellipse for a head distance (m) and LB, ignition at the rear focus. */
export function ellipseAxes(headDistanceM: number, lb: number): { a: number; b: number; c: number; backDistanceM: number; eccentricity: number } {
  const l = Math.max(1, lb);
  const e = Math.sqrt(l * l - 1) / l;
  const a = headDistanceM / (1 + e);
  return { a, b: a / l, c: a * e, backDistanceM: a - a * e, eccentricity: e };
}

/** One horizon's outline. */
export interface SpreadEllipse {
  hours: number;
  headDistanceM: number;
  backDistanceM: number;
  semiMajorM: number;
  semiMinorM: number;
  /** π·a·b, hectares. */
  areaHa: number;
  headPoint: LonLat;
  polygon: { type: 'Polygon'; coordinates: LonLat[][] };
}

export interface SpreadPrediction {
  origin: LonLat;
  fuel: FuelClass;
  /** True when the fuel class was unknown and defaulted to mixed. */
  fuelDefaulted: boolean;
  windFromDeg: number;
  /** Direction the head runs to, degrees (wind from + 180). */
  downwindDeg: number;
  windSpeedMs: number;
  midflameMph: number;
  lengthToBreadth: number;
  headRosMpm: number;
  /** 'operator' when the rate was entered, 'fuel-class' when estimated. */
  rosFrom: 'operator' | 'fuel-class';
  ellipses: SpreadEllipse[];
  assumptions: readonly string[];
  sources: readonly string[];
}

/** The 1/3/6-hour (or given) spread ellipses for an ignition point and a wind. Throws on invalid input. */
export function predictSpread(input: SpreadInput): SpreadPrediction {
  const p = spreadInputSchema.parse(input);
  const fuel = p.fuel ?? 'mixed';
  const midflameMph = p.windSpeedMs * (p.waf ?? DEFAULT_WAF) * MS_TO_MPH;
  const lb = lengthToBreadth(midflameMph);
  const ros = p.rosMpm ?? headRosMpm(p.windSpeedMs, fuel);
  const downwind = (p.windFromDeg + 180) % 360;
  const origin: LonLat = [p.origin[0], p.origin[1]];
  const ellipses = (p.hours ?? [...DEFAULT_HOURS]).map((h) => ellipseAt(origin, downwind, ros * 60 * h, lb, h));
  return {
    origin, fuel, fuelDefaulted: !p.fuel, windFromDeg: p.windFromDeg, downwindDeg: downwind, windSpeedMs: p.windSpeedMs,
    midflameMph, lengthToBreadth: lb, headRosMpm: ros, rosFrom: p.rosMpm !== undefined ? 'operator' : 'fuel-class',
    ellipses, assumptions: SPREAD_ASSUMPTIONS, sources: SPREAD_SOURCES,
  };
}

function ellipseAt(origin: LonLat, downwindDeg: number, headDistanceM: number, lb: number, hours: number): SpreadEllipse {
  const { a, b, c, backDistanceM } = ellipseAxes(headDistanceM, lb);
  const ring: LonLat[] = [];
  for (let i = 0; i < RING_POINTS; i++) {
    const t = (2 * Math.PI * i) / RING_POINTS;
    // Ellipse frame: x downwind from the ignition (rear focus), y to the right of the downwind axis.
    const x = c + a * Math.cos(t);
    const y = b * Math.sin(t);
    const bearing = downwindDeg + (Math.atan2(y, x) * 180) / Math.PI;
    ring.push(destination(origin, bearing, Math.hypot(x, y)));
  }
  // GeoJSON outer rings run counter-clockwise; the parametric walk above turns clockwise on the map.
  ring.reverse();
  ring.push(ring[0]!);
  return {
    hours, headDistanceM, backDistanceM, semiMajorM: a, semiMinorM: b, areaHa: (Math.PI * a * b) / 10_000,
    headPoint: destination(origin, downwindDeg, headDistanceM),
    polygon: { type: 'Polygon', coordinates: [ring] },
  };
}

/** The ellipses as GeoJSON features for a map layer (largest first, so smaller ones draw on top). */
export function spreadFeatures(pred: SpreadPrediction, fireId: string): Array<{ type: 'Feature'; id: string; geometry: SpreadEllipse['polygon']; properties: Record<string, number | string> }> {
  return [...pred.ellipses]
    .sort((x, y) => y.hours - x.hours)
    .map((e) => ({
      type: 'Feature' as const,
      id: `${fireId}:spread:${e.hours}h`,
      geometry: e.polygon,
      properties: { fireId, hours: e.hours, areaHa: Math.round(e.areaHa * 10) / 10, headDistanceM: Math.round(e.headDistanceM), lengthToBreadth: Math.round(pred.lengthToBreadth * 100) / 100, fuel: pred.fuel },
    }));
}

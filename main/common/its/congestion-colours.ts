/**
 * Colours of the congestion classes, chosen to stay apart for colour-blind readers: a blue → yellow
 * → orange → dark-red ramp whose lightness also changes between neighbours (50, 88, 62, 25 L*), so
 * the classes differ even where hue is lost. `cvdColourDistance` checks it: neighbouring classes stay
 * at least `MIN_NEIGHBOUR_DELTA_E` apart (CIE76 ΔE*ab) under simulated protanopia and deuteranopia.
 */
import type { CongestionClass } from './congestion.js';

export const CONGESTION_COLOURS: Readonly<Record<CongestionClass, string>> = {
  free: '#2c7bb6',
  slow: '#ffd92f',
  congested: '#f46d43',
  jammed: '#7b0028',
};

/** Smallest CIE76 ΔE*ab between neighbouring classes under each simulated deficiency. */
export const MIN_NEIGHBOUR_DELTA_E = 30;

export type Vision = 'normal' | 'protanopia' | 'deuteranopia';

/** Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear sRGB. */
const MATRICES: Readonly<Record<Vision, readonly (readonly number[])[]>> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** CIELAB (D65) of a `#rrggbb` colour as seen with the given vision. */
export function labAs(hex: string, vision: Vision): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const rgb = [m[1]!, m[2]!, m[3]!].map((h) => toLinear(parseInt(h, 16) / 255));
  const t = MATRICES[vision];
  const [r, g, b] = t.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!))) as [number, number, number];
  const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const f = (v: number) => (v > 216 / 24389 ? Math.cbrt(v) : ((24389 / 27) * v + 16) / 116);
  const fx = f(x / 0.95047);
  const fy = f(y);
  const fz = f(z / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference between two colours as seen with the given vision. */
export function cvdColourDistance(a: string, b: string, vision: Vision): number {
  const p = labAs(a, vision);
  const q = labAs(b, vision);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/**
 * Congestion class of a link from its current speed relative to its free-flow speed.
 *
 * Thresholds (ratio r = speed / free-flow):
 * - `free`       r ≥ 0.70
 * - `slow`       0.40 ≤ r < 0.70
 * - `congested`  0.20 ≤ r < 0.40
 * - `jammed`     r < 0.20 (including stopped traffic, speed 0)
 * For a 100 km/h expressway these are the Korea Expressway Corporation's colour bands (원활 ≥ 70,
 * 서행 40–70, 정체 < 40 km/h), with 정체 split at 20 km/h so stop-and-go stands out. Using the ratio
 * keeps the same meaning on 80 km/h urban expressways and 110 km/h routes.
 */
export const CONGESTION_CLASSES = ['free', 'slow', 'congested', 'jammed'] as const;
export type CongestionClass = (typeof CONGESTION_CLASSES)[number];

/** Lower bounds of speed/free-flow for each class but the last. */
export const CONGESTION_THRESHOLDS = { free: 0.7, slow: 0.4, congested: 0.2 } as const;

/**
 * Class for a speed in km/h on a link whose free-flow speed is `freeFlowKmh`; null when either
 * number is unusable (negative, not finite, free-flow 0), so callers show "no data" instead of a guess.
 */
export function congestionClass(speedKmh: number, freeFlowKmh: number): CongestionClass | null {
  if (!Number.isFinite(speedKmh) || !Number.isFinite(freeFlowKmh) || speedKmh < 0 || freeFlowKmh <= 0) return null;
  const r = speedKmh / freeFlowKmh;
  if (r >= CONGESTION_THRESHOLDS.free) return 'free';
  if (r >= CONGESTION_THRESHOLDS.slow) return 'slow';
  if (r >= CONGESTION_THRESHOLDS.congested) return 'congested';
  return 'jammed';
}

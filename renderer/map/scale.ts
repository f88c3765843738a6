/** Map scale for the status bar, from Web Mercator's ground resolution (512-px tiles, as maplibre). */

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** CSS reference pixel: 1/96 inch. */
const METRES_PER_CSS_PIXEL = 0.0254 / 96;

/** Ground metres per CSS pixel at a latitude and zoom. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The representative fraction's denominator on a 96-dpi screen, rounded to 2 significant digits. */
export function scaleDenominator(lat: number, zoom: number): number {
  const raw = metresPerPixel(lat, zoom) / METRES_PER_CSS_PIXEL;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1);
  return Math.round(raw / magnitude) * magnitude;
}

/** A scale bar: the longest "nice" distance (1, 2, 5 × 10ⁿ m) that fits in maxPx. */
export function scaleBar(lat: number, zoom: number, maxPx = 120): { metres: number; px: number } {
  const mpp = metresPerPixel(lat, zoom);
  const maxM = mpp * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxM));
  const nice = [5, 2, 1].map((f) => f * pow).find((m) => m <= maxM) ?? pow;
  return { metres: nice, px: nice / mpp };
}

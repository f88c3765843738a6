/**
 * Fire-danger index (0–100) → the four classes the Korea Forest Service publishes with its daily
 * forecast (낮음 low 0–50, 다소높음 moderate 51–65, 높음 high 66–85, 매우높음 very high 86–100; the same
 * 51/66/86 thresholds drive the fire crisis levels 주의/경계/심각), and the value
 * for a day of the forecast (0 = today's mean, 1–4 = d1..d4), for the choropleth's day switch.
 */
import type { DangerIndex } from './types.js';

export type DangerClass = 'low' | 'moderate' | 'high' | 'very-high';

export const DANGER_CLASS_NAMES: Readonly<Record<DangerClass, { ko: string; en: string }>> = {
  low: { ko: '낮음', en: 'Low' },
  moderate: { ko: '다소높음', en: 'Moderate' },
  high: { ko: '높음', en: 'High' },
  'very-high': { ko: '매우높음', en: 'Very high' },
};

export function dangerClass(index: number): DangerClass {
  if (index >= 86) return 'very-high';
  if (index >= 66) return 'high';
  if (index >= 51) return 'moderate';
  return 'low';
}

/** The index for forecast day `day` (0 today, 1..4 ahead), or null where the feed gave none. */
export function dangerForDay(d: DangerIndex, day: 0 | 1 | 2 | 3 | 4): number | null {
  return day === 0 ? d.mean : (d.days[day - 1] ?? null);
}

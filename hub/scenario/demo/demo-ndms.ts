/**
 * The demo day's damage reports (`ndms.damage`): typhoon and earthquake damage in real sigungu of the
 * south-east (Interior codes, points inside them), each reported with an estimated amount and then
 * moving through recovery (none → in-progress → done) over the day, so the recovery choropleth and
 * the per-region sums change as the exercise plays. Every record is `demo: true` and `exercise`.
 */
import type { GeoJsonGeometry } from '../../../main/common/events.js';
import type { TimelineEntry } from '../timeline.js';

const H = 3600_000;

interface DemoDamage {
  id: string;
  sigunguCode: string;
  at: [number, number];
  category: 'flooding' | 'landslide' | 'building' | 'road' | 'bridge' | 'power' | 'agriculture' | 'casualty' | 'other';
  description: string;
  amountKrw: number;
  /** Hours after 06:00 KST: reported, recovery started, recovered (null: not within the day). */
  reportedH: number;
  startedH: number | null;
  doneH: number | null;
}

// Amounts are illustrative round figures, not official tallies.
const DAMAGE: readonly DemoDamage[] = [
  { id: 'saha-underpass', sigunguCode: '26380', at: [128.975, 35.1], category: 'flooding', description: '부산 사하구 지하차도 침수 (DEMO)', amountKrw: 1_200_000_000, reportedH: 7.4, startedH: 9, doneH: 16 },
  { id: 'haeundae-coast', sigunguCode: '26350', at: [129.16, 35.16], category: 'road', description: '해운대 해안도로 파손 (DEMO)', amountKrw: 800_000_000, reportedH: 8, startedH: 12, doneH: null },
  { id: 'geoje-port', sigunguCode: '48310', at: [128.62, 34.88], category: 'building', description: '거제 항만 시설 파손 (DEMO)', amountKrw: 3_500_000_000, reportedH: 6.5, startedH: 10, doneH: null },
  { id: 'geoje-slope', sigunguCode: '48310', at: [128.65, 34.9], category: 'landslide', description: '거제 사면 붕괴 (DEMO)', amountKrw: 600_000_000, reportedH: 7, startedH: null, doneH: null },
  { id: 'tongyeong-farm', sigunguCode: '48220', at: [128.43, 34.85], category: 'agriculture', description: '통영 양식장 피해 (DEMO)', amountKrw: 2_100_000_000, reportedH: 8.5, startedH: 14, doneH: null },
  { id: 'gyeongju-roof', sigunguCode: '47130', at: [129.21, 35.84], category: 'building', description: '경주 주택 기와 낙하 (DEMO)', amountKrw: 150_000_000, reportedH: 3.6, startedH: 5, doneH: 11 },
  { id: 'uiseong-power', sigunguCode: '47730', at: [128.7, 36.35], category: 'power', description: '의성 송전선로 산불 피해 (DEMO)', amountKrw: 450_000_000, reportedH: 9, startedH: 13, doneH: 20 },
];

/** The damage timeline entries; `at` is ms since the day's start (06:00 KST). */
export function demoDamageEntries(): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const d of DAMAGE) {
    const geometry: GeoJsonGeometry = { type: 'Point', coordinates: d.at };
    const steps: Array<[number | null, 'none' | 'in-progress' | 'done']> = [[d.reportedH, 'none'], [d.startedH, 'in-progress'], [d.doneH, 'done']];
    for (const [h, recovery] of steps) {
      if (h === null) continue;
      const at = Math.round(h * H);
      out.push({
        at,
        event: {
          stream: 'ndms.damage', id: `demo:damage:${d.id}:${at}`, key: `damage:${d.id}`, kind: 'damage', op: 'upsert', ts: 0, status: 'exercise', geometry,
          props: { category: d.category, description: d.description, amountKrw: d.amountKrw, sigunguCode: d.sigunguCode, recovery, demo: true },
          source: 'scenario:demo',
        },
      });
    }
  }
  return out;
}

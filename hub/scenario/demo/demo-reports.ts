/**
 * The demo day's situation reports (`ndms.reports`) beyond the typhoon and heavy rain (demo-day.ts):
 * one of each other critical type the situation-propagation system carries, tied to the day's events —
 * the 경주 earthquake, the 의성 forest fire, a Nakdong flood forecast after the rain, fire-agency rescue
 * and fire-severity reports, a tsunami advisory lifted, a wind/wave special weather report, and a
 * heavy-snow advisory for the east-coast mountains. Every one is `exercise` when played and says DEMO.
 * Timeline t=0 is 06:00 KST.
 */
import type { TimelineEntry } from '../timeline.js';

const MIN = 60_000;
const H = 60 * MIN;

interface DemoReport {
  key: string;
  type: string;
  atH: number;
  severity: 'extreme' | 'severe' | 'moderate' | 'minor';
  level: string;
  regions: string[];
  at: [number, number];
  extra?: Record<string, unknown>;
}

const REPORTS: readonly DemoReport[] = [
  { key: 'report:quake-gyeongju', type: 'earthquake', atH: 3 + 16 / 60, severity: 'severe', level: '지진 규모 4.0 (DEMO)', regions: ['경북 경주시', '울산'], at: [129.21, 35.77] },
  { key: 'report:tsunami-east', type: 'tsunami', atH: 3 + 25 / 60, severity: 'moderate', level: '지진해일 주의보 (DEMO)', regions: ['경북', '울산'], at: [129.45, 35.9] },
  { key: 'report:tsunami-east', type: 'tsunami', atH: 4 + 10 / 60, severity: 'minor', level: '지진해일 주의보 해제 (DEMO)', regions: ['경북', '울산'], at: [129.45, 35.9] },
  { key: 'report:forest-fire-uiseong', type: 'forest-fire', atH: 1.5, severity: 'minor', level: '산불 발생 신고 접수 (DEMO)', regions: ['경북 의성군'], at: [128.68, 36.36] },
  { key: 'report:forest-fire-uiseong', type: 'forest-fire', atH: 5, severity: 'severe', level: '산불 2단계 (DEMO)', regions: ['경북 의성군', '경북 안동시'], at: [128.68, 36.36] },
  { key: 'report:fire-severity-uiseong', type: 'fire-severity', atH: 5.5, severity: 'severe', level: '대응 2단계 발령 (DEMO)', regions: ['경북 의성군'], at: [128.7, 36.34] },
  { key: 'report:rescue-geoje', type: 'fire-rescue', atH: 12.5, severity: 'severe', level: '고립자 구조 요청 12명 (DEMO)', regions: ['경남 거제시'], at: [128.6, 34.86] },
  { key: 'report:flood-nakdong-gupo', type: 'flood-forecast', atH: 13, severity: 'severe', level: '홍수주의보 — 낙동강 구포 (DEMO)', regions: ['부산 북구'], at: [128.99, 35.21], extra: { floodCentre: 'nakdong', station: '구포' } },
  { key: 'report:wind-wave-south', type: 'special-weather', atH: 9, severity: 'moderate', level: '풍랑경보 남해동부 (DEMO)', regions: ['남해동부 앞바다'], at: [128.9, 34.7] },
  { key: 'report:snow-seorak', type: 'heavy-snow', atH: 22, severity: 'minor', level: '대설 예비특보 설악산 고지대 (DEMO)', regions: ['강원 인제군'], at: [128.46, 38.12] },
];

/** The reports as timeline entries (re-stamped and marked `exercise` by the player). */
export function demoReportEntries(): TimelineEntry[] {
  return REPORTS.map((r) => {
    const at = Math.round(r.atH * H);
    return {
      at,
      event: {
        stream: 'ndms.reports',
        id: `demo:${r.key}:${at}`,
        key: r.key,
        kind: `report.${r.type}`,
        op: 'upsert',
        ts: 0,
        status: 'exercise',
        geometry: { type: 'Point', coordinates: r.at },
        props: { level: r.level, severity: r.severity, regions: r.regions, demo: true, ...r.extra },
        source: 'scenario:demo',
      },
    };
  });
}

/**
 * The built-in multi-hazard demo day, generated deterministically from a seed (same seed → the same
 * entries, byte for byte): a typhoon approaching the south coast with heavy-rain alerts, a growing
 * forest fire in 의성군 (Gyeongsangbuk-do) with its reports, helicopters and risk forecasts (demo-forest.ts), expressway incidents and congestion waves, an M4
 * earthquake near 경주, cell-broadcast alerts (through the DSSP adapter, as a connector would feed them)
 * and shelters filling. Timeline t=0 is 06:00 KST; 24 hours.
 */
import type { GeoJsonGeometry } from '../../../main/common/events.js';
import { seededRandom } from '../../../main/common/seeded-random.js';
import { formatKstDateTime } from '../../connectors/kst.js';
import { itsDemoEntries } from '../../connectors/adapters/its-demo.js';
import { itsRoadsideEntries } from './demo-its-roadside.js';
import { forestDemo } from './demo-forest.js';
import { demoDamageEntries } from './demo-ndms.js';
import { demoReportEntries } from './demo-reports.js';
import { makeTimeline, type Timeline, type TimelineEntry } from '../timeline.js';
import { CORRIDORS, QUAKE, SHELTERS, TYPHOON_TRACK } from './places.js';
import { defaultRoadLinksFile, readDemoLinks } from './road-links.js';

export const DEMO_SEED = 20260827;
const MIN = 60_000;
const H = 60 * MIN;
const DAY = 24 * H;
/** Recorded-payload clock for the DSSP records: 2026-08-27 06:00 KST (re-stamped when played). */
const BASE_UTC = Date.UTC(2026, 7, 26, 21, 0, 0);

const r5 = (n: number): number => Math.round(n * 1e5) / 1e5;
const point = (lon: number, lat: number): GeoJsonGeometry => ({ type: 'Point', coordinates: [r5(lon), r5(lat)] });

interface Builder {
  out: TimelineEntry[];
  rand: () => number;
  sn: number;
}

function ev(b: Builder, at: number, stream: string, key: string, kind: string, props: Record<string, unknown>, geometry: GeoJsonGeometry | null, op: 'upsert' | 'remove' = 'upsert'): void {
  b.out.push({ at: Math.round(at), event: { stream, id: `demo:${key}:${Math.round(at)}`, key, kind, op, ts: 0, status: 'exercise', geometry, props, source: 'scenario:demo' } });
}

function cbs(b: Builder, at: number, regions: string, level: string, type: string, msg: string): void {
  const dt = formatKstDateTime(BASE_UTC + at);
  b.out.push({ at: Math.round(at), adapter: 'dssp-alerts', record: { SN: b.sn++, CRT_DT: dt, MSG_CN: msg, RCPTN_RGN_NM: regions, EMRG_STEP_NM: level, DST_SE_NM: type, REG_YMD: dt.slice(0, 10), MDFCN_YMD: dt } });
}

function traffic(b: Builder): { road: string; from: [number, number]; to: [number, number]; id: string }[] {
  const links: { road: string; from: [number, number]; to: [number, number]; id: string }[] = [];
  for (const c of CORRIDORS) {
    for (let i = 0; i + 1 < c.points.length; i++) {
      const [n1, x1, y1] = c.points[i]!;
      const [n2, x2, y2] = c.points[i + 1]!;
      const id = `${c.roadNo.padStart(4, '0')}${String(i + 1).padStart(2, '0')}`;
      links.push({ road: c.road, from: [x1, y1], to: [x2, y2], id });
      const geometry: GeoJsonGeometry = { type: 'LineString', coordinates: [[x1, y1], [r5((x1 + x2) / 2), r5((y1 + y2) / 2)], [x2, y2]] };
      const phase = b.rand() * 0.6;
      for (let t = 0; t < DAY; t += 10 * MIN) {
        const hour = 6 + t / H;
        // Rush-hour waves (08:00 and 18:00) plus the typhoon's grip on the south coast from noon.
        const wave = Math.exp(-(((hour - 8 - phase) / 1.1) ** 2)) + Math.exp(-(((hour - 18 - phase) / 1.4) ** 2));
        const storm = c.roadNo === '10' && t > 10 * H && t < 16 * H ? 0.45 : 0;
        const speed = Math.max(8, Math.round(100 - 70 * Math.min(1, wave + storm) - b.rand() * 8));
        const lengthKm = Math.hypot((x2 - x1) * 88, (y2 - y1) * 111);
        ev(b, t, 'its.traffic', `link:${id}`, 'link.speed', { linkId: id, roadName: c.road, from: n1, to: n2, speed, travelTime: Math.round((lengthKm / speed) * 3600), congestion: speed >= 70 ? 'free' : speed >= 40 ? 'slow' : 'jam' }, geometry);
      }
    }
  }
  return links;
}

function incidents(b: Builder, links: ReturnType<typeof traffic>): void {
  const types = [['acc', '사고', '추돌사고'], ['cor', '공사', '차로 보수공사'], ['wea', '기상', '강풍으로 인한 낙하물'], ['acc', '사고', '다중 추돌사고']] as const;
  for (let n = 0; n < 10; n++) {
    const link = links[Math.floor(b.rand() * links.length)]!;
    const f = b.rand();
    const lon = link.from[0] + (link.to[0] - link.from[0]) * f;
    const lat = link.from[1] + (link.to[1] - link.from[1]) * f;
    const [eventType, typeName, what] = types[Math.floor(b.rand() * types.length)]!;
    const start = Math.round((1 + b.rand() * 21) * H);
    const key = `incident:demo-${n + 1}`;
    const base = { eventType, type: typeName, roadName: link.road, linkId: link.id, message: `${link.road} ${what}` };
    ev(b, start, 'its.events', key, 'incident', { ...base, lanesBlockType: 2, lanesBlocked: 1 + Math.floor(b.rand() * 2) }, point(lon, lat));
    ev(b, start + (20 + b.rand() * 20) * MIN, 'its.events', key, 'incident', { ...base, lanesBlockType: 1, lanesBlocked: 0, message: `${base.message} (갓길 처리 중)` }, point(lon, lat));
    ev(b, start + (60 + b.rand() * 60) * MIN, 'its.events', key, 'incident', { ...base, cleared: true }, point(lon, lat), 'remove');
  }
}

function typhoon(b: Builder): void {
  TYPHOON_TRACK.forEach(([lon, lat], i) => {
    const at = (2 + i) * H;
    const landfall = i >= 10;
    const pressure = landfall ? 960 + (i - 10) * 6 : 955 - Math.min(i, 6);
    ev(b, at, 'ndms.typhoons', 'typhoon:2611', 'typhoon.position', {
      number: 11, name: '무궁화(DEMO)', nameEn: 'MUGUNGHWA (DEMO)', pressureHpa: pressure, windMs: Math.round((pressure < 960 ? 40 : 33) - b.rand() * 3),
      radius15Km: landfall ? 300 : 360, radius25Km: landfall ? 120 : 160, track: TYPHOON_TRACK.slice(Math.max(0, i - 8), i).map(([x, y]) => [x, y]), directionDeg: 20, speedKmh: 25 + i * 2, forecast: TYPHOON_TRACK.slice(i + 1, i + 4).map(([x, y]) => [x, y]),
      remark: i === 10 ? '거제 부근 상륙' : null,
    }, point(lon, lat));
  });
  cbs(b, 8 * H, '부산광역시 ,경상남도 ', '안전안내', '호우', '[행정안전부] 오늘 부산·경남 호우주의보. 계곡·하천 출입 자제, 저지대 침수 주의 바랍니다.');
  ev(b, 8 * H + 2 * MIN, 'ndms.reports', 'report:heavy-rain-south', 'report.heavy-rain', { level: '호우주의보', severity: 'minor', regions: ['부산', '경남'] }, point(128.9, 35.15));
  cbs(b, 10 * H + 30 * MIN, '부산광역시,경상남도 거제시,경상남도 통영시', '긴급재난', '호우', '[부산시] 호우경보 발효. 해안가·지하차도 통행 금지, 대피소 위치를 확인하세요.');
  ev(b, 10 * H + 32 * MIN, 'ndms.reports', 'report:heavy-rain-south', 'report.heavy-rain', { level: '호우경보', severity: 'severe', regions: ['부산', '경남'] }, point(128.9, 35.15));
  cbs(b, 11 * H + 30 * MIN, '경상남도 거제시,경상남도 통영시,부산광역시', '위급재난', '태풍', '[거제시] 태풍 상륙 임박. 해안가 주민은 즉시 대피소로 대피하시기 바랍니다.');
  ev(b, 12 * H, 'ndms.reports', 'report:typhoon-2611', 'report.typhoon', { level: '태풍경보', severity: 'extreme', regions: ['부산', '경남', '울산'] }, point(128.62, 34.88));
  ev(b, 13 * H + 20 * MIN, 'ndms.reports', 'report:damage-saha-underpass', 'report.damage', { what: '지하차도 침수', place: '부산 사하구', severity: 'severe' }, point(128.975, 35.1));
  ev(b, 20 * H, 'ndms.reports', 'report:typhoon-2611', 'report.typhoon', { level: '태풍특보 해제', severity: 'minor', regions: ['부산', '경남', '울산'] }, point(129.07, 35.3));
}

function quake(b: Builder): void {
  const at = 9 * H + 15 * MIN;
  ev(b, at, 'ndms.quakes', 'quake:demo-1', 'quake', { magnitude: QUAKE.magnitude, depthKm: QUAKE.depthKm, loc: QUAKE.loc, intensity: 'IV' }, point(QUAKE.lon, QUAKE.lat));
  cbs(b, at + MIN, '경상북도 경주시,울산광역시,부산광역시', '긴급재난', '지진', `[기상청] ${QUAKE.loc} 규모${QUAKE.magnitude} 지진 발생. 낙하물로부터 몸 보호, 진동 멈춘 후 야외 대피하며 여진 주의`);
}

function shelters(b: Builder): void {
  for (const s of SHELTERS) {
    const inland = s.region === '경북';
    const startAt = inland ? 6 * H : 10 * H;
    const peak = inland ? 12 * H : 15 * H;
    const fill = 0.55 + b.rand() * 0.4;
    for (let t = 0; t < DAY; t += 30 * MIN) {
      if (t > 0 && t < startAt) continue;
      const x = t < startAt ? 0 : Math.min(1, (t - startAt) / (peak - startAt));
      const occupancy = Math.min(s.capacity, Math.round(s.capacity * fill * x * (t > 20 * H ? 0.6 : 1)));
      ev(b, t, 'ndms.shelters', `shelter:${s.id}`, 'shelter', { name: s.name, address: s.address, capacity: s.capacity, occupancy, open: t >= startAt }, point(s.lon, s.lat));
    }
  }
}

export interface DemoDayOptions {
  /**
   * The schematic network's `roads/links.geojson`: traffic and incidents are then `trafficInfo` /
   * `eventInfo` records on its link ids (`itsDemoEntries`), replayed through the ITS adapters.
   * Default: the package's geo-data output; null, or a missing file: the built-in corridors.
   */
  roadLinksFile?: string | null;
}

/** The demo day as a timeline; deterministic for a given seed (and road network). */
export function generateDemoDay(seed: number = DEMO_SEED, opts: DemoDayOptions = {}): Timeline {
  const b: Builder = { out: [], rand: seededRandom(seed), sn: 200001 };
  const roadLinks = readDemoLinks(opts.roadLinksFile === undefined ? defaultRoadLinksFile() : opts.roadLinksFile);
  if (roadLinks) b.out.push(...itsDemoEntries(roadLinks, { baseUtc: BASE_UTC, durationMs: DAY - 10 * MIN, stepMs: 10 * MIN, seed }), ...itsRoadsideEntries(roadLinks, { baseUtc: BASE_UTC, durationMs: DAY - 10 * MIN }));
  else incidents(b, traffic(b));
  typhoon(b);
  forestDemo({ out: b.out, rand: b.rand, baseUtc: BASE_UTC, cbs: (at, regions, level, type, msg) => cbs(b, at, regions, level, type, msg) });
  quake(b);
  shelters(b);
  b.out.push(...demoDamageEntries());
  b.out.push(...demoReportEntries());
  return makeTimeline('demo', b.out);
}

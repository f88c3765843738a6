/**
 * The demo day's forest part, shaped like the real feeds so it exercises the same paths: the 의성 fire as
 * Korea Forest Service `fireShowInfoList` records through the `kfs-fires` adapter (every containment or
 * stage change a new version of one key), reports of it from rangers, 119 callers, the public app and a
 * satellite on `forest.detections`, a few helicopters on `forest.helicopters`, a fire-danger index through
 * the `fire-danger` adapter and a landslide forecast (under the typhoon) through the `landslide` adapter.
 * Records carry sigungu codes, so they resolve without a region index. Recorded clock: `baseUtc` is t=0.
 */
import type { GeoJsonGeometry } from '../../../main/common/events.js';
import type { DetectionProps, Helicopter } from '../../../main/common/forest/types.js';
import { formatKstDateTime } from '../../connectors/kst.js';
import type { TimelineEntry } from '../timeline.js';
import { demoPestEntries } from './demo-pests.js';
import { FIRE_ORIGIN } from './places.js';

const MIN = 60_000;
const H = 60 * MIN;
const r5 = (n: number): number => Math.round(n * 1e5) / 1e5;
const point = (lon: number, lat: number): GeoJsonGeometry => ({ type: 'Point', coordinates: [r5(lon), r5(lat)] });

/** What the demo day lends this part: its output, its seeded random numbers and its cell-broadcast helper. */
export interface ForestDemoContext {
  out: TimelineEntry[];
  rand: () => number;
  baseUtc: number;
  cbs: (at: number, regions: string, level: string, type: string, msg: string) => void;
}

export const DEMO_FIRE_ID = 'DEMO-2611';
export const DEMO_FIRE_KEY = `kfs-fire:${DEMO_FIRE_ID}`;

function ev(c: ForestDemoContext, at: number, stream: string, key: string, kind: string, props: Record<string, unknown>, geometry: GeoJsonGeometry | null): void {
  c.out.push({ at: Math.round(at), event: { stream, id: `demo:${key}:${Math.round(at)}`, key, kind, op: 'upsert', ts: 0, status: 'exercise', geometry, props, source: 'scenario:demo' } });
}

function kfsFire(c: ForestDemoContext): void {
  const ignition = 3 * H;
  let area = 2;
  let last = '';
  for (let t = ignition, k = 0; t <= 21 * H; t += 30 * MIN, k++) {
    const hours = (t - ignition) / H;
    area = Math.round(area * (hours < 8 ? 1.45 : 1.04) + c.rand() * 3);
    const containment = Math.min(100, Math.max(0, Math.round((hours - 2) * 6.5 + c.rand() * 4)));
    const done = containment >= 100;
    const stage = done ? null : area > 300 ? 3 : area > 50 ? 2 : 1;
    // The list changes only when containment, stage or status does; an unchanged list is not re-sent.
    const version = `${containment}|${stage}`;
    if (version !== last) c.out.push({ at: t, adapter: 'kfs-fires', record: {
      frfrInfoId: DEMO_FIRE_ID, frfrLctnXcrd: String(FIRE_ORIGIN.lon), frfrLctnYcrd: String(FIRE_ORIGIN.lat), frfrSttmnAddr: FIRE_ORIGIN.address,
      frfrFrngDtm: formatKstDateTime(c.baseUtc + ignition), frfrPrgrsStcd: done ? '03' : '02', frfrPrgrsStcdNm: done ? '진화완료' : '진화중',
      frfrStepIssuCd: stage === null ? '' : String(stage), frfrStepIssuNm: stage === null ? '' : `산불${stage}단계`,
      frfrPotfrRt: String(containment), lgdngCd: FIRE_ORIGIN.lgdngCd, potfrCmpleDtm: done ? formatKstDateTime(c.baseUtc + t) : '',
    } });
    last = version;
    // The burnt area as drawn by the demo (KFS gives none): wind from the south-west stretches it north-east.
    const rKm = Math.sqrt((area * 0.01) / Math.PI);
    const ring: number[][] = [];
    for (let i = 0; i <= 16; i++) {
      const a = (i % 16) * (Math.PI / 8);
      ring.push([r5(FIRE_ORIGIN.lon + (Math.cos(a) * rKm * 1.6 + rKm * 0.6) / 90), r5(FIRE_ORIGIN.lat + (Math.sin(a) * rKm + rKm * 0.4) / 111)]);
    }
    ev(c, t, 'forest.fires', `${DEMO_FIRE_KEY}:perimeter`, 'fire.perimeter', { fireKey: DEMO_FIRE_KEY, areaHa: area }, { type: 'Polygon', coordinates: [ring] });
    if (k === 4) c.cbs(t + 5 * MIN, '경상북도 의성군', '긴급재난', '산불', '[의성군] 안평면 산불 확산 중. 괴산리·신월리 주민은 의성군민체육관으로 대피 바랍니다.');
  }
}

/** The first reports, minutes before the Forest Service lists the fire, a few hundred metres apart. */
function detections(c: ForestDemoContext): void {
  const reports: Array<[DetectionProps['channel'], number, number, number, string]> = [
    ['call119', 3 * H - 12 * MIN, 0.002, -0.001, '119 종합상황실'],
    ['call119', 3 * H - 9 * MIN, -0.001, 0.002, '119 종합상황실'],
    ['app', 3 * H - 8 * MIN, 0.003, 0.001, '산불신고 앱'],
    ['ranger', 3 * H - 5 * MIN, 0, 0.001, '의성국유림관리소 감시원'],
    ['satellite', 3 * H + 20 * MIN, 0.004, 0.003, 'VIIRS N20'],
  ];
  reports.forEach(([channel, at, dLon, dLat, sensor], i) => {
    const lon = r5(FIRE_ORIGIN.lon + dLon);
    const lat = r5(FIRE_ORIGIN.lat + dLat);
    const props: DetectionProps = {
      channel, lon, lat, detectedAt: c.baseUtc + at, confidence: channel === 'satellite' ? 90 : channel === 'ranger' ? 95 : 70,
      footprintM: channel === 'satellite' ? 188 : null, frpMw: channel === 'satellite' ? 14.2 : null, sensor,
      sourceRecord: { demo: true, n: i + 1, channel },
    };
    ev(c, at, 'forest.detections', `detection:demo-${i + 1}`, `detection.${channel}`, props, point(lon, lat));
  });
}

/** Three helicopters at their bases; one is refuelling for the first hour of the fire. */
function helicopters(c: ForestDemoContext): void {
  const fleet: Array<Omit<Helicopter, 'state' | 'updatedAt'>> = [
    { id: 'KFS-701', callsign: '산림 701 (Ka-32)', agency: '산림청 안동산림항공관리소', lon: 128.7, lat: 36.57, cruiseKmh: 230, spinUpMin: 10, tankL: 3000, assignedFireKey: null },
    { id: 'KFS-802', callsign: '산림 802 (S-64)', agency: '산림청 청주산림항공관리소', lon: 127.5, lat: 36.72, cruiseKmh: 260, spinUpMin: 15, tankL: 8000, assignedFireKey: null },
    { id: 'FD-119', callsign: '경북소방 119 (AW139)', agency: '경북소방본부', lon: 128.6, lat: 35.9, cruiseKmh: 280, spinUpMin: 8, tankL: 1200, assignedFireKey: null },
  ];
  for (const h of fleet) {
    ev(c, 0, 'forest.helicopters', `helicopter:${h.id}`, 'helicopter', { ...h, state: h.id === 'FD-119' ? 'refuelling' : 'available', updatedAt: c.baseUtc }, point(h.lon, h.lat));
  }
  const fd = fleet[2]!;
  ev(c, 4 * H, 'forest.helicopters', `helicopter:${fd.id}`, 'helicopter', { ...fd, state: 'available', updatedAt: c.baseUtc + 4 * H }, point(fd.lon, fd.lat));
}

/** The morning's fire-danger forecast, and a landslide caution then warning in 거제 under the typhoon. */
function risk(c: ForestDemoContext): void {
  const analdate = formatKstDateTime(c.baseUtc).slice(0, 13).replace(/\//g, '-');
  const rows: Array<[string, string, string, number]> = [
    ['경상북도', '의성군', '47730', 86], ['경상북도', '안동시', '47170', 78], ['경상북도', '청송군', '47750', 71],
    ['경상북도', '군위군', '27720', 64], ['강원특별자치도', '강릉시', '51150', 58], ['경상남도', '산청군', '48860', 41],
  ];
  for (const [doname, sigun, sigucode, mean] of rows) {
    const d = (k: number): string => String(Math.max(0, Math.min(100, Math.round(mean - k * 6 + c.rand() * 4))));
    c.out.push({ at: 0, adapter: 'fire-danger', record: { analdate, doname, sigun, sigucode, meanavg: String(mean), maxi: String(Math.min(100, mean + 8)), mini: String(mean - 15), d1: d(1), d2: d(2), d3: d(3), d4: d(4) } });
  }
  const slide = (at: number, name: string, sgg: string, level: string): void => {
    c.out.push({ at, adapter: 'landslide', record: { LNLD_FRCST_NM: level, SGG_NM: name, SGG_CD: sgg, PREDC_ANLS_DT: formatKstDateTime(c.baseUtc + at) } });
  };
  slide(11 * H, '거제시', '48310', '주의보');
  slide(11 * H, '통영시', '48220', '주의보');
  slide(13 * H, '거제시', '48310', '경보');
  slide(20 * H, '거제시', '48310', '해제');
}

export function forestDemo(c: ForestDemoContext): void {
  // Pest-control zones over the demo forest of real sigungu (no random numbers drawn: the rest of the day is unchanged).
  c.out.push(...demoPestEntries());
  detections(c);
  kfsFire(c);
  helicopters(c);
  risk(c);
}

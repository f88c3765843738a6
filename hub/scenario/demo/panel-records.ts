/**
 * The generated (demo) records of the service panels. Pure functions of the geography and a seeded
 * PRNG; the order of calls is fixed, so a seed gives the same records byte for byte.
 */
import type { GeoJsonGeometry } from '../../../main/common/events.js';
import type { PanelRecordInput } from './panel-datasets.js';
import { nearestSigungu, type PanelGeo, type PanelSigungu } from './panel-geo.js';
import { demoFireRoads } from './demo-fire-roads.js';

type Rand = () => number;

/** Adults per generated record: the datasets are a sample, one record standing for many real ones. */
export const RATES = {
  foodBusiness: 25_000,
  sme: 25_000,
  staff: 50_000,
  vulnerableIndividual: 50_000,
  certificate: 100_000,
  complaint: 60_000,
} as const;

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 7, 26, 21, 0, 0);
const r5 = (n: number): number => Math.round(n * 1e5) / 1e5;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
/** A value picked by weights (same order as `list`). */
const weighted = <T>(rand: Rand, list: readonly T[], weights: readonly number[]): T => {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rand() * total;
  for (let i = 0; i < list.length; i++) {
    x -= weights[i]!;
    if (x <= 0) return list[i]!;
  }
  return list[list.length - 1]!;
};
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** A point near one of the sigungu's eup-myeon-dong centres (within ~400 m). */
function pointIn(rand: Rand, s: PanelSigungu): GeoJsonGeometry {
  const [lon, lat] = pick(rand, s.anchors);
  return { type: 'Point', coordinates: [r5(lon + (rand() - 0.5) * 0.008), r5(lat + (rand() - 0.5) * 0.008)] };
}

const region = (s: PanelSigungu): Record<string, unknown> => ({ sigungu: s.code, sigunguName: s.name });
const count = (s: PanelSigungu, per: number, min = 1): number => Math.max(min, Math.round(s.adults2022 / per));

/** A sigungu drawn with probability proportional to its adults. */
function byAdults(geo: PanelGeo): (rand: Rand) => PanelSigungu {
  const cum: number[] = [];
  let total = 0;
  for (const s of geo.sigungu) cum.push((total += s.adults2022));
  return (rand) => {
    const x = rand() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return geo.sigungu[lo]!;
  };
}

const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권'];
const GIVEN = ['민준', '서연', '도윤', '지우', '하준', '서윤', '예준', '지민', '현우', '수아', '지호', '하은', '준서', '윤서', '건우', '채원'];
const personName = (rand: Rand): string => `${pick(rand, SURNAMES)}${pick(rand, GIVEN)}`;

function regional(geo: PanelGeo, rand: Rand): Record<string, PanelRecordInput[]> {
  const dbrain: PanelRecordInput[] = [];
  const kics: PanelRecordInput[] = [];
  const gov24: PanelRecordInput[] = [];
  const goodpy: PanelRecordInput[] = [];
  const publicInfo: PanelRecordInput[] = [];
  const benefits = ['disaster-relief', 'housing', 'livelihood', 'tax-deferral'] as const;
  const benefitKo: Record<(typeof benefits)[number], string> = { 'disaster-relief': '재난지원금', housing: '임시주거 지원', livelihood: '긴급생계비', 'tax-deferral': '지방세 유예' };
  for (const s of geo.sigungu) {
    // Budgets: ~12,000 KRW per adult allocated, 30-90 % executed.
    const allocated = Math.round((s.adults2022 * 12_000 * (0.8 + rand() * 0.4)) / 1e6) * 1e6;
    const executed = Math.round((allocated * (0.3 + rand() * 0.6)) / 1e6) * 1e6;
    dbrain.push({ key: s.code, geometry: null, props: { ...region(s), allocatedKrw: allocated, executedKrw: executed, executionRate: Math.round((executed / allocated) * 1000) / 10, adults2022: s.adults2022 } });
    const theft = Math.round((s.adults2022 / 20_000) * (0.5 + rand()));
    const traffic = Math.round((s.adults2022 / 30_000) * (0.5 + rand()));
    const violence = Math.round((s.adults2022 / 60_000) * (0.5 + rand()));
    const missing = Math.round((s.adults2022 / 150_000) * rand() * 2);
    kics.push({ key: s.code, geometry: null, props: { ...region(s), theft, traffic, violence, missing, total: theft + traffic + violence + missing } });
    for (const b of benefits) {
      const applicants = Math.round(s.adults2022 * 0.002 * rand());
      gov24.push({ key: `${s.code}:${b}`, geometry: null, props: { name: `${s.name} ${benefitKo[b]}`, benefit: b, eligible: rand() < 0.1, applicants, paidKrw: applicants * 1_000_000, ...region(s) } });
    }
    goodpy.push({ key: s.code, geometry: null, props: { ...region(s), subscribers: Math.round(s.adults2022 * (0.25 + rand() * 0.1)), adults2022: s.adults2022, lastSentAt: null } });
    // Aggregates (~4 % of adults elderly living alone, ~5 % disabled, ~0.5 % bedridden) ...
    publicInfo.push({
      key: `agg:${s.code}`,
      geometry: { type: 'Point', coordinates: [r5(s.centroid[0]), r5(s.centroid[1])] },
      props: { name: `${s.name} 취약계층 집계`, level: 'aggregate', ...region(s), elderlyAlone: Math.round(s.adults2022 * 0.04 * (0.7 + rand() * 0.6)), disabled: Math.round(s.adults2022 * 0.05 * (0.8 + rand() * 0.4)), bedridden: Math.round(s.adults2022 * 0.005 * (0.6 + rand() * 0.8)) },
    });
    // ... and individuals, which only holders of the sensitive grant receive (the hub redacts them).
    for (let i = 0; i < count(s, RATES.vulnerableIndividual); i++) {
      const need = weighted(rand, ['elderlyAlone', 'disabled', 'bedridden'] as const, [6, 3, 1]);
      publicInfo.push({
        key: `ind:${s.code}:${pad(i, 3)}`,
        geometry: pointIn(rand, s),
        props: { name: personName(rand), level: 'individual', sensitive: true, ...region(s), elderlyAlone: need === 'elderlyAlone' ? 1 : 0, disabled: need === 'disabled' ? 1 : 0, bedridden: need === 'bedridden' ? 1 : 0, need: { elderlyAlone: '대피 동행', disabled: '휠체어 이송', bedridden: '구급 이송' }[need] },
      });
    }
  }
  return { dbrain, kics, gov24, goodpy, 'public-info': publicInfo };
}

function pointsPerSigungu(geo: PanelGeo, rand: Rand): Record<string, PanelRecordInput[]> {
  const food: PanelRecordInput[] = [];
  const sims: PanelRecordInput[] = [];
  const hrd: PanelRecordInput[] = [];
  const certificates: PanelRecordInput[] = [];
  const complaints: PanelRecordInput[] = [];
  const foodTypes = ['restaurant', 'bakery', 'caterer', 'manufacturer', 'market'] as const;
  const foodKo = { restaurant: '식당', bakery: '제과', caterer: '급식', manufacturer: '식품', market: '마트' } as const;
  const sectors = ['manufacturing', 'retail', 'food', 'services', 'agri'] as const;
  const sectorKo = { manufacturing: '산업', retail: '상사', food: '푸드', services: '서비스', agri: '농산' } as const;
  const roles = ['firefighter', 'police', 'official', 'medic', 'forest'] as const;
  const quals = { firefighter: '화재대응능력 1급', police: '재난 치안 교육 이수', official: '재난관리 실무', medic: '응급구조사 1급', forest: '산림보호 전문' } as const;
  const damage = ['flood', 'wind', 'fire', 'quake', 'landslide'] as const;
  const complaintKinds = ['flooding', 'road', 'power', 'debris', 'smoke'] as const;
  const complaintKo = { flooding: '침수 피해 신고', road: '도로 파손 신고', power: '정전 신고', debris: '낙하물 신고', smoke: '연기 발생 신고' } as const;
  let cert = 0;
  for (const s of geo.sigungu) {
    const short = s.name.replace(/(시|군|구)$/, '');
    for (let i = 0; i < count(s, RATES.foodBusiness); i++) {
      const type = weighted(rand, foodTypes, [60, 10, 8, 7, 15]);
      food.push({
        key: `${s.code}:${pad(i, 4)}`,
        geometry: pointIn(rand, s),
        props: { name: `${short} ${foodKo[type]} ${i + 1}호`, type, inspection: weighted(rand, ['passed', 'due', 'failed'] as const, [80, 15, 5]), recall: rand() < 0.01, lastInspection: BASE - Math.floor(rand() * 365) * DAY, ...region(s) },
      });
    }
    for (let i = 0; i < count(s, RATES.sme); i++) {
      const sector = weighted(rand, sectors, [25, 30, 20, 20, 5]);
      sims.push({ key: `${s.code}:${pad(i, 4)}`, geometry: pointIn(rand, s), props: { name: `${short}${sectorKo[sector]} ${i + 1}`, sector, employees: 1 + Math.floor(rand() ** 2 * 120), enrolled: false, ...region(s) } });
    }
    for (let i = 0; i < count(s, RATES.staff, 2); i++) {
      const role = weighted(rand, roles, [30, 25, 30, 10, 5]);
      hrd.push({ key: `${s.code}:${pad(i, 3)}`, geometry: pointIn(rand, s), props: { name: personName(rand), role, qualification: quals[role], onDuty: rand() < 0.6, assignedIncident: null, ...region(s) } });
    }
    for (let i = 0; i < count(s, RATES.certificate, 0); i++) {
      cert++;
      const issued = rand() < 0.7;
      certificates.push({ key: `cert-${pad(cert, 5)}`, geometry: pointIn(rand, s), props: { name: `피해-2026-${pad(cert, 5)}`, damage: weighted(rand, damage, [40, 25, 15, 10, 10]), status: issued ? 'issued' : 'requested', issuedAt: issued ? BASE - Math.floor(rand() * 20) * DAY : null, ...region(s) } });
    }
    for (let i = 0; i < count(s, RATES.complaint); i++) {
      const category = weighted(rand, complaintKinds, [30, 25, 20, 15, 10]);
      complaints.push({ key: `${s.code}:${pad(i, 3)}`, geometry: pointIn(rand, s), props: { name: `${s.name} ${complaintKo[category]}`, category, status: weighted(rand, ['received', 'in-progress', 'closed'] as const, [50, 30, 20]), receivedAt: BASE - Math.floor(rand() * 72) * 3_600_000, ...region(s) } });
    }
  }
  return { 'food-safety': food, sims, hrd, 'mobile-id': certificates, epeople: complaints };
}

function weightedPoints(geo: PanelGeo, rand: Rand): Record<string, PanelRecordInput[]> {
  const draw = byAdults(geo);
  const items = ['생수 2L', '구호 텐트', '비상 식량', '담요', '이동식 발전기', '방수포', '마대', '응급 의약품'];
  const suppliers = ['한빛물산', '대한구호', '새봄산업', '동해상사', '남도유통', '서해물류'];
  const koneps: PanelRecordInput[] = [];
  for (let i = 0; i < 400; i++) {
    const s = draw(rand);
    koneps.push({
      key: `contract-${pad(i + 1, 4)}`,
      geometry: pointIn(rand, s),
      props: { name: pick(rand, items), contractNo: `R26-${pad(10_000 + i, 6)}`, supplier: pick(rand, suppliers), amountKrw: Math.round(5 + rand() * 495) * 1_000_000, delivery: weighted(rand, ['ordered', 'in-transit', 'delivered', 'delayed'] as const, [25, 35, 30, 10]), dueAt: BASE + Math.floor(rand() * 10) * DAY, ...region(s) },
    });
  }
  const clean: PanelRecordInput[] = [];
  for (let i = 0; i < 150; i++) {
    const s = draw(rand);
    const issue = weighted(rand, ['overpricing', 'duplicate-payment', 'bid-rigging', 'ineligible'] as const, [35, 25, 15, 25]);
    const ko = { overpricing: '단가 과다 의심', 'duplicate-payment': '중복 지급 의심', 'bid-rigging': '입찰 담합 의심', ineligible: '부적격 수급 의심' }[issue];
    clean.push({ key: `report-${pad(i + 1, 4)}`, geometry: pointIn(rand, s), props: { name: `${s.name} ${ko}`, contractNo: `R26-${pad(10_000 + Math.floor(rand() * 400), 6)}`, issue, amountKrw: Math.round(1 + rand() * 199) * 1_000_000, status: weighted(rand, ['open', 'review', 'closed'] as const, [50, 30, 20]), ...region(s) } });
  }
  return { koneps, 'clean-portal': clean };
}

function placed(geo: PanelGeo, rand: Rand): Record<string, PanelRecordInput[]> {
  const unipass: PanelRecordInput[] = [];
  let n = 0;
  for (const p of geo.places.filter((x) => x.kind !== 'peak')) {
    const s = nearestSigungu(geo, p.coordinates);
    const shipments = 6 + Math.floor(rand() * 10);
    for (let i = 0; i < shipments; i++) {
      n++;
      unipass.push({
        key: `cargo-${pad(n, 4)}`,
        geometry: { type: 'Point', coordinates: [r5(p.coordinates[0] + (rand() - 0.5) * 0.004), r5(p.coordinates[1] + (rand() - 0.5) * 0.004)] },
        props: { name: `26RLF${pad(n, 6)}`, place: p.name, placeEn: p.nameEn, placeKind: p.kind, goods: pick(rand, ['water', 'tents', 'medical', 'food', 'generators'] as const), weightKg: Math.round(100 + rand() * 19_900), status: weighted(rand, ['arrived', 'inspection', 'cleared', 'held'] as const, [30, 30, 30, 10]), ...region(s) },
      });
    }
  }
  const forest: PanelRecordInput[] = [];
  const species = ['소나무', '신갈나무', '낙엽송', '잣나무', '상수리나무'];
  for (const p of geo.places.filter((x) => x.kind === 'peak')) {
    const s = nearestSigungu(geo, p.coordinates);
    const [lon, lat] = p.coordinates;
    for (let i = 0; i < 3; i++) {
      // A forest road climbing towards the peak from 3-6 km out, in four bends.
      const angle = rand() * 2 * Math.PI;
      const dist = 0.03 + rand() * 0.03;
      const coords: number[][] = [];
      for (let k = 0; k <= 4; k++) {
        const f = 1 - k * 0.2;
        const wiggle = (rand() - 0.5) * 0.006;
        coords.push([r5(lon + Math.cos(angle) * dist * f + wiggle), r5(lat + Math.sin(angle) * dist * f * 0.8 + wiggle)]);
      }
      const lengthKm = coords.slice(1).reduce((a, c, k) => a + Math.hypot((c[0]! - coords[k]![0]!) * 88, (c[1]! - coords[k]![1]!) * 111), 0);
      forest.push({ key: `road:${p.nameEn.toLowerCase()}:${i + 1}`, geometry: { type: 'LineString', coordinates: coords }, props: { name: `${p.name} 임도 ${i + 1}`, type: 'road', lengthKm: Math.round(lengthKm * 10) / 10, status: 'open', peak: p.name, ...region(s) } });
    }
    for (let i = 0; i < 4; i++) {
      const cx = lon + (rand() - 0.5) * 0.05;
      const cy = lat + (rand() - 0.5) * 0.04;
      const h = 0.003 + rand() * 0.004;
      const ring = [[cx - h, cy - h], [cx + h, cy - h], [cx + h, cy + h], [cx - h, cy + h], [cx - h, cy - h]].map(([x, y]) => [r5(x!), r5(y!)]);
      forest.push({ key: `stand:${p.nameEn.toLowerCase()}:${i + 1}`, geometry: { type: 'Polygon', coordinates: [ring] }, props: { name: `${p.name} ${i + 1}임반`, type: 'stand', species: pick(rand, species), areaHa: Math.round((2 * h * 88) * (2 * h * 111) * 100), status: 'open', peak: p.name, ...region(s) } });
    }
  }
  return { unipass, 'forest-mgmt': [...forest, ...demoFireRoads(geo)] };
}

/** The generated records of every demo panel, by panel id. */
export function demoPanelRecords(geo: PanelGeo, rand: Rand): Record<string, PanelRecordInput[]> {
  return { ...regional(geo, rand), ...pointsPerSigungu(geo, rand), ...weightedPoints(geo, rand), ...placed(geo, rand) };
}

/**
 * Damage reports (`ndms.damage`) summed per sigungu, with each region's recovery status, and demo
 * shelters and damage generated over the real regions (marked `demo: true`, status `exercise`).
 */
import type { EventInput, GeoJsonGeometry } from '../../common/events.js';
import { seededRandom } from '../../common/seeded-random.js';
import { NDMS_STREAMS } from '../../common/ndms/alerts.js';
import { DAMAGE_CATEGORIES, type DamageProps, damagePropsSchema, type ShelterProps } from '../../common/ndms/hazards.js';
import type { RegionIndex } from '../region/index.js';

type Category = (typeof DAMAGE_CATEGORIES)[number];

export interface RegionDamage {
  sigunguCode: string;
  name: string;
  sidoName: string;
  count: number;
  amountKrw: number;
  byCategory: Partial<Record<Category, number>>;
  /** none: nothing started; in-progress: some work open; done: every report recovered. */
  recovery: 'none' | 'in-progress' | 'done';
  recoveredShare: number;
}

export interface DamageSummary {
  regions: RegionDamage[];
  /** Reports that could not be placed in a region (no code, point outside Korea) or had bad props. */
  unplaced: string[];
}

interface DamageLike {
  key: string;
  op: 'upsert' | 'remove';
  props: Record<string, unknown>;
  geometry?: GeoJsonGeometry | null;
}

/** Latest version per key (removals drop it), then totals per sigungu, largest amount first. */
export function summariseDamage(events: readonly DamageLike[], index: RegionIndex): DamageSummary {
  const latest = new Map<string, DamageLike>();
  for (const e of events) {
    if (e.op === 'remove') latest.delete(e.key);
    else latest.set(e.key, e);
  }
  const acc = new Map<string, RegionDamage & { done: number }>();
  const unplaced: string[] = [];
  for (const e of latest.values()) {
    const p = damagePropsSchema.safeParse(e.props);
    if (!p.success) {
      unplaced.push(e.key);
      continue;
    }
    const g = e.geometry;
    const hit = p.data.sigunguCode ? index.sigunguByCode10(p.data.sigunguCode) : g?.type === 'Point' ? index.at(g.coordinates[0]!, g.coordinates[1]!) : null;
    if (!hit) {
      unplaced.push(e.key);
      continue;
    }
    const code = hit.sigungu.code;
    const r = acc.get(code) ?? { sigunguCode: code, name: hit.sigungu.name, sidoName: hit.sido.name, count: 0, amountKrw: 0, byCategory: {}, recovery: 'none', recoveredShare: 0, done: 0 };
    r.count += 1;
    r.amountKrw += p.data.amountKrw ?? 0;
    r.byCategory[p.data.category] = (r.byCategory[p.data.category] ?? 0) + 1;
    if (p.data.recovery === 'done') r.done += 1;
    if (p.data.recovery !== 'none') r.recovery = 'in-progress';
    acc.set(code, r);
  }
  const regions = [...acc.values()].map(({ done, ...r }) => ({ ...r, recoveredShare: done / r.count, recovery: done === r.count ? ('done' as const) : r.recovery }));
  return { regions: regions.sort((a, b) => b.amountKrw - a.amountKrw || a.sigunguCode.localeCompare(b.sigunguCode)), unplaced };
}


/**
 * Demo shelters and damage reports in the given sigungu (Interior codes), at points inside each
 * region (its label point, nudged and checked with the region index). Marked demo and exercise.
 */
export function generateDemoNdms(index: RegionIndex, sigunguCodes: readonly string[], opts: { seed: number; now: number; perRegion?: number }): EventInput[] {
  const rand = seededRandom(opts.seed);
  const out: EventInput[] = [];
  const n = opts.perRegion ?? 3;
  for (const code of sigunguCodes) {
    const card = index.card('sigungu', code);
    if (!card?.code) continue;
    for (let i = 0; i < n; i++) {
      const pt = pointIn(index, card.code, card.centroid, card.bbox, rand);
      const capacity = 100 + Math.floor(rand() * 900);
      const shelter: ShelterProps = { name: `${card.name} 임시주거시설 ${i + 1} (DEMO)`, address: null, typeCode: '2', typeName: '이재민임시주거시설', capacity, occupancy: Math.floor(rand() * capacity), open: rand() < 0.7, demo: true };
      out.push({ stream: NDMS_STREAMS.shelters, id: `demo-shelter:${code}:${i}:${opts.seed}`, key: `demo-shelter:${code}:${i}`, kind: 'shelter', op: 'upsert', ts: opts.now, status: 'exercise', geometry: { type: 'Point', coordinates: pointIn(index, card.code, card.centroid, card.bbox, rand) }, props: shelter, source: 'demo:ndms' });
      const category = DAMAGE_CATEGORIES[Math.floor(rand() * DAMAGE_CATEGORIES.length)]!;
      const damage: DamageProps = { category, description: `${card.name} ${category} (DEMO)`, amountKrw: Math.round(rand() * 500) * 1_000_000, sigunguCode: null, recovery: (['none', 'in-progress', 'done'] as const)[Math.floor(rand() * 3)]!, demo: true };
      out.push({ stream: NDMS_STREAMS.damage, id: `demo-damage:${code}:${i}:${opts.seed}`, key: `demo-damage:${code}:${i}`, kind: 'damage', op: 'upsert', ts: opts.now, status: 'exercise', geometry: { type: 'Point', coordinates: pt }, props: damage, source: 'demo:ndms' });
    }
  }
  return out;
}

function pointIn(index: RegionIndex, code: string, centroid: [number, number], bbox: [number, number, number, number], rand: () => number): [number, number] {
  for (let k = 0; k < 20; k++) {
    const lon = Math.round((bbox[0] + rand() * (bbox[2] - bbox[0])) * 1e5) / 1e5;
    const lat = Math.round((bbox[1] + rand() * (bbox[3] - bbox[1])) * 1e5) / 1e5;
    if (index.at(lon, lat)?.sigungu.code === code) return [lon, lat];
  }
  return centroid;
}

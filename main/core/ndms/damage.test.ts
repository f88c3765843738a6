import { damagePropsSchema, shelterPropsSchema } from '../../common/ndms/hazards.js';
import { eventInputSchema } from '../../common/events.js';
import { loadRegionIndex } from '../region/index.js';
import { generateDemoNdms, summariseDamage } from './damage.js';

const index = loadRegionIndex('geo-data/out');
const dmg = (key: string, props: Record<string, unknown>, lonLat: [number, number] | null, op: 'upsert' | 'remove' = 'upsert') => ({
  key, op, geometry: lonLat ? { type: 'Point' as const, coordinates: lonLat } : null,
  props: { category: 'flooding', description: 'x', amountKrw: 1_000_000, sigunguCode: null, recovery: 'none', demo: false, ...props },
});

describe('damage per region and recovery', () => {
  it('sums the latest version per report by sigungu (point or code), with recovery status', () => {
    const jongno = index.centroid('sigungu', '11110')!;
    const s = summariseDamage([
      dmg('a', { amountKrw: 5_000_000, recovery: 'done' }, jongno),
      dmg('b', { amountKrw: 2_000_000, category: 'road' }, jongno),
      dmg('b', { amountKrw: 3_000_000, category: 'road', recovery: 'in-progress' }, jongno),
      dmg('c', { sigunguCode: '4825000000', recovery: 'done' }, null),
      dmg('d', {}, jongno),
      dmg('d', {}, jongno, 'remove'),
      dmg('e', {}, [0, 0]),
      dmg('f', { category: 'meteor' }, jongno),
    ], index);
    expect(s.regions).toEqual([
      { sigunguCode: '11110', name: '종로구', sidoName: '서울특별시', count: 2, amountKrw: 8_000_000, byCategory: { flooding: 1, road: 1 }, recovery: 'in-progress', recoveredShare: 0.5 },
      { sigunguCode: '48250', name: '김해시', sidoName: '경상남도', count: 1, amountKrw: 1_000_000, byCategory: { flooding: 1 }, recovery: 'done', recoveredShare: 1 },
    ]);
    expect(s.unplaced).toEqual(['e', 'f']);
  });

  it('generates deterministic demo shelters and damage inside the real regions, marked demo', () => {
    const a = generateDemoNdms(index, ['26380', '48250'], { seed: 1, now: 0 });
    expect(generateDemoNdms(index, ['26380', '48250'], { seed: 1, now: 0 })).toEqual(a);
    expect(a).toHaveLength(12);
    for (const e of a) {
      expect(eventInputSchema.safeParse(e).success).toBe(true);
      expect(e.status).toBe('exercise');
      (e.stream === 'ndms.shelters' ? shelterPropsSchema : damagePropsSchema).parse(e.props);
      expect(e.props['demo']).toBe(true);
      const [lon, lat] = (e.geometry as { coordinates: number[] }).coordinates as [number, number];
      expect(['26380', '48250']).toContain(index.at(lon, lat)?.sigungu.code);
    }
    expect(summariseDamage(a.filter((e) => e.stream === 'ndms.damage'), index).regions.map((r) => r.sigunguCode).sort()).toEqual(['26380', '48250']);
  });
});

/**
 * The service panels' datasets: deterministic, valid, over the real regions with plausible volumes,
 * seeded once into a demo hub (a restart adds nothing), and the NIRS panel's feed health.
 */
import { join } from 'node:path';
import { eventInputSchema } from '../../main/common/events.js';
import { SERVICE_PANELS } from '../../main/common/panels/registry.js';
import { Quarantine } from '../connectors/quarantine.js';
import { createHub } from '../server/create-hub.js';
import { createNirsFeed, NIRS_STREAM } from '../server/nirs-feed.js';
import { tempDir } from '../test-support/helpers.js';
import { panelDataEvents } from './demo/panel-datasets.js';
import { readPanelGeo } from './demo/panel-geo.js';

const geo = readPanelGeo(join(process.cwd(), 'geo-data', 'out'));
// The built geo-data is part of the tree `npm test` prepares: without it this suite fails, it never skips.
if (!geo) throw new Error('geo-data/out is missing: run npm run geo-data');
const d = describe;

d('panel datasets over the real regions', () => {
  const events = panelDataEvents(geo!, { status: 'exercise' });
  const of = (panel: string) => events.filter((e) => e.stream === `panels.${panel}`);

  it('is deterministic, valid, and covers every service panel except the hub-published ones', () => {
    expect(JSON.stringify(panelDataEvents(geo!, { status: 'exercise' }))).toBe(JSON.stringify(events));
    expect(JSON.stringify(panelDataEvents(geo!, { status: 'exercise', seed: 1 }))).not.toBe(JSON.stringify(events));
    for (const e of events) expect(eventInputSchema.safeParse(e).success).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const seeded = new Set(events.map((e) => e.stream));
    for (const p of SERVICE_PANELS.filter((x) => x.id !== 'nirs' && x.id !== 'gcma')) {
      expect(seeded.has(p.stream), p.id).toBe(true);
      for (const e of of(p.id)) expect(e.kind).toBe(p.recordKind);
      // Demo records are marked; real ones are not.
      expect(of(p.id).every((e) => e.props['demo'] === (p.source === 'demo' ? true : undefined)), p.id).toBe(true);
    }
  });

  it('uses the real adults per sigungu and scales volumes with them (dense in cities)', () => {
    const adults = geo!.sigungu.reduce((a, s) => a + s.adults2022, 0);
    expect(of('narasat').reduce((a, e) => a + (e.props['adults2022'] as number), 0)).toBe(adults);
    expect(adults).toBeGreaterThan(40_000_000);
    const foodIn = (name: string) => of('food-safety').filter((e) => e.props['sigunguName'] === name).length;
    // 강남구 (~470k adults) has many times the businesses of 울릉군 (~9k adults, the minimum of one).
    expect(foodIn('강남구')).toBeGreaterThan(10 * foodIn('울릉군'));
    // Budgets are proportional to adults within the generator's ±20 %.
    for (const e of of('dbrain')) {
      const s = geo!.sigungu.find((x) => x.code === e.props['sigungu'])!;
      expect((e.props['allocatedKrw'] as number) / (s.adults2022 * 12_000)).toBeGreaterThan(0.75);
      expect((e.props['allocatedKrw'] as number) / (s.adults2022 * 12_000)).toBeLessThan(1.25);
    }
    // Customs cargo sits at the real ports and airports.
    const places = new Set(geo!.places.filter((p) => p.kind !== 'peak').map((p) => p.name));
    expect(places.has('부산항') && places.has('인천국제공항')).toBe(true);
    expect(of('unipass').every((e) => places.has(e.props['place'] as string))).toBe(true);
    // Individual vulnerable residents are sensitive records (the hub withholds them without the grant).
    const individuals = of('public-info').filter((e) => e.props['level'] === 'individual');
    expect(individuals.length).toBeGreaterThan(500);
    expect(individuals.every((e) => e.props['sensitive'] === true)).toBe(true);
    expect(of('public-info').filter((e) => e.props['level'] === 'aggregate').every((e) => e.props['sensitive'] === undefined)).toBe(true);
  });

  it('is seeded once into a demo hub, publishes NIRS feed health, and a restart appends nothing', async () => {
    const t = tempDir();
    try {
      const opts = { dataDir: t.dir, scenario: 'demo', speed: 0.0001, roadLinksFile: null, logger: () => {} } as const;
      const hub = await createHub(opts);
      await hub.panelDataReady;
      const heads = hub.log.heads();
      await hub.close();
      expect(heads['panels.food-safety']).toBe(of('food-safety').length);
      expect(heads['panels.klic']).toBe(of('klic').length);
      expect(heads[NIRS_STREAM]).toBeGreaterThan(10);
      const again = await createHub(opts);
      await again.panelDataReady;
      const after = again.log.heads();
      await again.close();
      for (const s of Object.keys(heads).filter((x) => x.startsWith('panels.') && x !== NIRS_STREAM)) expect(after[s], s).toBe(heads[s]);
    } finally {
      t.cleanup();
    }
  });
});

describe('NIRS feed health', () => {
  it('lists each stream, each source with its quarantine, the quarantined records, and republishes only changes', async () => {
    const t = tempDir();
    const hub = await createHub({ dataDir: t.dir, logger: () => {} });
    try {
      hub.ingest([{ stream: 'its.traffic', id: 'a1', key: 'l1', kind: 'link.speed', op: 'upsert', ts: Date.now() - 5000, status: 'test', geometry: null, props: {}, source: 'test' }]);
      new Quarantine(hub.log.db).add('its-openapi:trafficInfo', [{ raw: { linkId: 'x' }, reason: 'speed missing' }]);
      const appended: unknown[] = [];
      const feed = createNirsFeed({ log: hub.log, quarantine: hub.quarantine, sources: () => [], status: 'test' }, (inputs) => appended.push(...inputs));
      expect(feed.publish()).toBe(3);
      const byKey = new Map((appended as { key: string; props: Record<string, unknown> }[]).map((e) => [e.key, e.props]));
      expect(byKey.get('feed:its.traffic')).toMatchObject({ type: 'feed', events: 1, state: 'live', regionCode: '30' });
      expect((byKey.get('feed:its.traffic')!['lagMs'] as number) >= 5000).toBe(true);
      expect(byKey.get('source:its-openapi:trafficInfo')).toMatchObject({ quarantined: 1 });
      expect([...byKey.entries()].find(([k]) => k.startsWith('quarantine:'))![1]).toMatchObject({ type: 'quarantine', reason: 'speed missing' });
      expect(feed.publish()).toBe(0);
    } finally {
      await hub.close();
      t.cleanup();
    }
  });
});

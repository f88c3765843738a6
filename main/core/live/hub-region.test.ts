/**
 * The embedded hub with the region index: name-only forest records (a landslide forecast names a
 * sigungu without province or code) are resolved when the core passes the index, and quarantined
 * without it. Real hub, real SQLite, the real region index from geo-data/out.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmbeddedHub, type EmbeddedHub } from '../../../hub/index.js';
import { tempDir, waitFor } from '../../../hub/test-support/helpers.js';
import { landslideForecastSchema } from '../../common/forest/types.js';
import { loadRegionIndex } from '../region/index.js';

const GEO = join(process.cwd(), 'geo-data', 'out');
const quarantined = (hub: EmbeddedHub): number => Object.values(hub.quarantine.countsBySource()).reduce((a, b) => a + b, 0);
const line = (at: number, record: Record<string, string>) => JSON.stringify({ at, adapter: 'landslide', record });

describe.runIf(existsSync(join(GEO, 'region-index.json')))('embedded hub with a region index', () => {
  const tmp = tempDir('sitroom-hub-region-');
  const hubs: EmbeddedHub[] = [];
  const scenario = join(tmp.dir, 'slides.ndjson');
  writeFileSync(scenario, [line(0, { LNLD_FRCST_NM: '경보', SGG_NM: '인제군', PREDC_ANLS_DT: '202607151800' }), line(0, { LNLD_FRCST_NM: '주의보', SGG_NM: '고성군', PREDC_ANLS_DT: '202607151800' })].join('\n') + '\n');
  afterAll(async () => {
    for (const h of hubs) await h.close();
    tmp.cleanup();
  });

  it('resolves a name-only landslide record through the index, and still rejects an ambiguous name', async () => {
    const hub = await createEmbeddedHub({ dataDir: join(tmp.dir, 'with'), scenario, speed: 1, scenarioLoop: false, regionLookup: loadRegionIndex(GEO) });
    hubs.push(hub);
    await waitFor(() => (hub.log.heads()['forest.landslide'] ?? 0) > 0, 10_000, 'the landslide event');
    const page = hub.log.after('forest.landslide', 0, 10);
    const ev = page.kind === 'events' ? page.events[0] : undefined;
    const p = landslideForecastSchema.parse(ev?.props);
    expect(p).toMatchObject({ level: 'warning', sigunguName: '인제군', region: { code: '51810', name: '인제군' } });
    await waitFor(() => quarantined(hub) === 1, 10_000, 'the ambiguous 고성군 in quarantine');
  });

  it('without the index both are quarantined', async () => {
    const hub = await createEmbeddedHub({ dataDir: join(tmp.dir, 'without'), scenario, speed: 1, scenarioLoop: false });
    hubs.push(hub);
    await waitFor(() => quarantined(hub) >= 2, 10_000, 'two records in quarantine');
    expect(hub.log.heads()['forest.landslide'] ?? 0).toBe(0);
  });
});

import { fileURLToPath } from 'node:url';
import { eventInputSchema } from '../../common/events.js';
import { run } from './ingest.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../hub/connectors/fixtures/${name}`, import.meta.url));

describe('sitroom ingest: forest feeds', () => {
  it.each([
    ['kfs-fires', 'forest-kfs-fires-valid.json', 10],
    ['firms', 'forest-firms-modis-valid.csv', 20],
    ['firms', 'forest-firms-viirs-valid.csv', 20],
    ['fire-danger', 'forest-danger-valid.json', 8],
    ['landslide', 'forest-landslide-valid.json', 8],
  ])('%s %s: one normalised record per line, no rejections (names resolved with the region index)', async (id, file, count) => {
    const out: string[] = [];
    const err: string[] = [];
    expect(await run([id, fixture(file)], (l) => out.push(l), (l) => err.push(l))).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(count);
    for (const line of out) expect(eventInputSchema.safeParse(JSON.parse(line)).success).toBe(true);
  });

  it('an ambiguous bare 고성군 is a {reason, input} line on stderr', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const f = join(mkdtempSync(join(tmpdir(), 'ingest-forest-')), 'landslide.json');
    writeFileSync(f, JSON.stringify([{ LNLD_FRCST_NM: '주의보', SGG_NM: '고성군', PREDC_ANLS_DT: '202607151800' }]));
    const err: string[] = [];
    expect(await run(['landslide', f], () => undefined, (l) => err.push(l))).toBe(0);
    expect(JSON.parse(err[0]!)).toMatchObject({ reason: expect.stringMatching(/ambiguous.*51820.*48820/), input: { SGG_NM: '고성군' } });
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventInputSchema } from '../../common/events.js';
import { run } from './ingest.js';

const fixtures = fileURLToPath(new URL('../../../hub/connectors/fixtures/', import.meta.url));

async function ingest(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

describe('sitroom ingest', () => {
  it('prints one event per line (no seq) and nothing on stderr for a valid corpus', async () => {
    for (const [id, file, n] of [['its-traffic', 'its-traffic-valid.json', 6], ['its-events', 'its-events-valid.json', 7], ['its-cctv', 'its-cctv-valid.json', 4]] as const) {
      const r = await ingest(id, join(fixtures, file));
      expect(r).toMatchObject({ code: 0, err: [] });
      expect(r.out).toHaveLength(n);
      for (const line of r.out) {
        const ev = JSON.parse(line) as Record<string, unknown>;
        expect(eventInputSchema.safeParse(ev).success).toBe(true);
        expect(ev).not.toHaveProperty('seq');
      }
    }
  });

  it('writes rejections as {reason, input} on stderr and still exits 0; exit 2 for an unreadable file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    try {
      const f = join(dir, 'mixed.json');
      const good = { roadName: '경부고속도로', roadDrcType: '1', linkNo: '1', linkId: '1050002300', startNodeId: '', endNodeId: '', speed: '80', travelTime: '60', createdDate: '20260915073500' };
      writeFileSync(f, JSON.stringify({ header: { resultCode: 0, resultMsg: 'ok', totalCount: 2 }, body: { totalCount: 2, items: [good, { ...good, speed: 'fast' }] } }));
      const r = await ingest('its-traffic', f);
      expect(r.code).toBe(0);
      expect(r.out).toHaveLength(1);
      expect(r.err.map((l) => JSON.parse(l) as { reason: string; input: unknown })).toEqual([{ reason: 'speed is not a number: "fast"', input: { ...good, speed: 'fast' } }]);
      writeFileSync(f, JSON.stringify({ header: { resultCode: 4001, resultMsg: 'quota', totalCount: 0 }, body: null }));
      expect(await ingest('its-traffic', f)).toMatchObject({ code: 0, out: [], err: [expect.stringMatching(/upstream quota: resultCode 4001/)] });
      expect((await ingest('its-traffic', join(dir, 'missing.json'))).code).toBe(2);
      expect((await ingest('nope', f)).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

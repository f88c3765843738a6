import { eventEnvelopeSchema } from '../../common/events.js';
import { seededRandom } from '../../common/seeded-random.js';
import { makeEvent } from '../store/testing/make-event.js';
import { isValidEnvelopeFast, validateEvents } from './validate-events.js';

/** Mutations that each may or may not break the envelope. */
const values: unknown[] = [undefined, null, 0, -1, 1.5, 2 ** 60, Number.NaN, '', 'x', 'a.b', 'A.b', 'ab', 'x'.repeat(65), 'x'.repeat(300), [], {}, [1], [1, 2], [1, 2, 3, 4], true, 'upsert', 'remove', 'test', 'actual'];
const geometries: unknown[] = [
  { type: 'Point', coordinates: [1] },
  { type: 'Point', coordinates: [1, 2, 3, 4] },
  { type: 'Point', coordinates: ['1', 2] },
  { type: 'LineString', coordinates: [[1, 2]] },
  { type: 'LineString', coordinates: [[1, 2], [3, 4]] },
  { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1]]] },
  { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
  { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] },
  { type: 'MultiPoint', coordinates: [] },
  { type: 'MultiLineString', coordinates: [[[0, 0]]] },
  { type: 'GeometryCollection', geometries: [] },
  { type: 'Point' },
];
const fields = ['stream', 'id', 'key', 'kind', 'op', 'ts', 'status', 'geometry', 'props', 'source', 'seq', 'receivedAt'];

describe('isValidEnvelopeFast', () => {
  it('never accepts what the shared zod schema rejects (seeded fuzz), and accepts ordinary events', () => {
    const rng = seededRandom(7);
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const e: Record<string, unknown> = { ...makeEvent('forest.fires', 1 + (i % 50)) };
      const mutations = Math.floor(rng() * 3);
      for (let m = 0; m < mutations; m++) {
        const f = fields[Math.floor(rng() * fields.length)]!;
        e[f] = f === 'geometry' && rng() < 0.7 ? geometries[Math.floor(rng() * geometries.length)] : values[Math.floor(rng() * values.length)];
      }
      const fast = isValidEnvelopeFast(e);
      const zod = eventEnvelopeSchema.safeParse(e).success;
      if (fast) {
        accepted++;
        expect(zod, JSON.stringify(e)).toBe(true);
      }
      if (mutations === 0) expect(fast).toBe(true);
    }
    expect(accepted).toBeGreaterThan(1000);
  });

  it('falls back to zod for the reason of a rejection', () => {
    const r = validateEvents([makeEvent('forest.fires', 1), { ...makeEvent('forest.fires', 2), seq: 0 }]);
    expect(r.valid).toHaveLength(1);
    expect(r.invalid).toEqual([{ stream: 'forest.fires', seq: 0, reason: expect.stringMatching(/^seq: /) }]);
    expect(validateEvents('nope').invalid[0]?.reason).toBe('events is not an array');
  });
});

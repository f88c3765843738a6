/**
 * Lossless sync under faults, with real processes: a seeded random schedule of mid-frame network
 * cuts, hub SIGKILL + restart and client SIGKILL mid-backlog, each round verified from the files.
 * SITROOM_FAULT_SEED and SITROOM_FAULT_ROUNDS override the schedule (bench/fault-soak.ts runs 1,000).
 */
import { FaultRig, seededRandom, type RoundResult } from './helpers/fault-rig.js';

const SEED = Number(process.env.SITROOM_FAULT_SEED ?? 20261127);
const ROUNDS = Number(process.env.SITROOM_FAULT_ROUNDS ?? 30);

describe('sync under injected faults (real hub and sync processes)', () => {
  const rig = new FaultRig();
  beforeAll(() => rig.start(), 60_000);
  afterAll(() => rig.close(), 60_000);

  it(`keeps every logged event exactly once through ${ROUNDS} seeded faults (seed ${SEED})`, async () => {
    const rng = seededRandom(SEED);
    const results: RoundResult[] = [];
    for (let i = 1; i <= ROUNDS; i++) {
      const r = await rig.round(i, rng);
      results.push(r);
      expect(r.problems, `round ${i} (${r.fault}: ${r.detail})`).toEqual([]);
    }
    const by = (k: string) => results.filter((r) => r.fault === k).length;
    console.log(
      `fault schedule seed ${SEED}: ${results.length} rounds, proxy-cut ${by('proxy-cut')}, hub-kill ${by('hub-kill')}, client-kill ${by('client-kill')} ` +
        `(${rig.midBacklogKills} landed mid-backlog), proxy cuts ${rig.proxy.cuts}, events ${results.reduce((a, r) => a + r.events, 0)}`,
    );
    expect(by('proxy-cut') + by('hub-kill') + by('client-kill')).toBe(ROUNDS);
  }, 600_000);
});

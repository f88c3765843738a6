/**
 * The fault schedule of e2e/sync-faults.test.ts, run long: `npx tsx bench/fault-soak.ts [--rounds 1000]
 * [--seed N]`. Every round must end with the client store an exact copy of the hub's log (see
 * e2e/helpers/verify-sync.ts); failures are collected, not fatal, and the summary is printed at the end
 * (and every 50 rounds). Exit code 1 when any round failed.
 */
import { FaultRig, seededRandom, type RoundResult } from '../e2e/helpers/fault-rig.js';
import { cliMode } from '../e2e/helpers/processes.js';

const arg = (name: string, d: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const rounds = arg('rounds', 1000);
const seed = arg('seed', 20261127);
/** Stop starting rounds after this many seconds (0: no limit); the summary says how many ran. */
const maxSeconds = arg('max-seconds', 0);

const rng = seededRandom(seed);
/** A new rig; retried, because on a saturated machine a process start can miss its deadline. */
async function freshRig(): Promise<FaultRig> {
  for (let attempt = 1; ; attempt++) {
    const r = new FaultRig();
    try {
      await r.start();
      return r;
    } catch (err) {
      await r.close().catch(() => undefined);
      if (attempt >= 5) throw err;
    }
  }
}

let rig = await freshRig();
const results: RoundResult[] = [];
const failures: { round: number; fault: string; detail: string; problems: string[] }[] = [];
let midBacklog = 0;
let cuts = 0;
const t0 = Date.now();

function summary(final: boolean): string {
  const by = (k: string) => results.filter((r) => r.fault === k).length;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return JSON.stringify({
    final,
    seed,
    requested: rounds,
    runner: process.env.SITROOM_CLI_SCRIPT ? 'bundle' : cliMode(),
    rounds: attempted,
    passed: attempted - failures.length,
    /** Rounds whose end state was wrong (lost, duplicated or gapped events, bad cursors, corruption). */
    verifyFailures: failures.filter((f) => f.fault !== 'rig').length,
    /** Rounds where the harness itself failed (a process that did not start or catch up in time). */
    rigErrors: failures.filter((f) => f.fault === 'rig').length,
    faults: { 'proxy-cut': by('proxy-cut'), 'hub-kill': by('hub-kill'), 'client-kill': by('client-kill') },
    clientKillsMidBacklog: midBacklog + rig.midBacklogKills,
    proxyCuts: cuts + rig.proxy.cuts,
    events: results.reduce((a, r) => a + r.events, 0),
    roundMs: { median: ms[Math.floor(ms.length / 2)] ?? 0, p95: ms[Math.floor(ms.length * 0.95)] ?? 0, max: ms[ms.length - 1] ?? 0 },
    elapsedS: Math.round((Date.now() - t0) / 1000),
    failures: failures.slice(0, 20),
  });
}

let attempted = 0;
for (let i = 1; i <= rounds; i++) {
  if (maxSeconds > 0 && Date.now() - t0 > maxSeconds * 1000) break;
  attempted = i;
  try {
    const r = await rig.round(i, rng);
    results.push(r);
    if (r.problems.length > 0) failures.push({ round: i, fault: r.fault, detail: r.detail, problems: r.problems.slice(0, 10) });
  } catch (err) {
    // The rig itself broke (e.g. no convergence): record it and start a fresh rig.
    failures.push({ round: i, fault: 'rig', detail: 'round threw', problems: [err instanceof Error ? err.message : String(err)] });
    midBacklog += rig.midBacklogKills;
    cuts += rig.proxy.cuts;
    await rig.close().catch(() => undefined);
    rig = await freshRig();
  }
  if (i % 50 === 0) console.error(summary(false));
  else if (i % 10 === 0) console.error(`round ${i}: ${failures.length} failures, ${Math.round((Date.now() - t0) / 1000)} s`);
}
console.log(summary(true));
await rig.close();
process.exit(failures.length === 0 ? 0 : 1);

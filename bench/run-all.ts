/**
 * `npm run bench`: the client-path benchmarks, ratios measured in one run (absolute figures too),
 * then the ITS recolour benchmark in Chromium (feature-state vs setData, `its-recolour.ts`).
 * `BENCH_ONLY=sync`, `BENCH_ONLY=its-recolour` or `BENCH_ONLY=impact` runs one part (impact: the
 * impact query over 1,000,000 features, indexed vs a plain turf scan, `impact-index.ts`).
 * The fault soak is separate (long): `npx tsx bench/fault-soak.ts [--rounds 1000]`.
 */
import { benchPath } from './client-path.js';
import { benchRecolour, formatRecolour } from './its-recolour.js';
import { benchImpactIndex, formatImpactBench } from './impact-index.js';

const ingestEvents = Number(process.env.BENCH_INGEST_EVENTS ?? 50_000);
const resumeEvents = Number(process.env.BENCH_RESUME_EVENTS ?? 100_000);
const only = process.env.BENCH_ONLY;

if (only === undefined || only === 'sync') {
  const ingest = await benchPath('ingest', ingestEvents);
  const resume = await benchPath('resume', resumeEvents);

  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log('\nclient sync path vs baseline writer (same tables, indexes, projection; batches of 1000)');
  console.log('ratio = client ev/s ÷ baseline ev/s (wall clock, best of runs); cpu ratio = baseline CPU ÷ client CPU (this process only)\n');
  console.log('bench    events    client ms  baseline ms  client ev/s  baseline ev/s  ratio  target  diff msgs  client cpu ms  baseline cpu ms  cpu ratio');
  for (const r of [ingest, resume]) {
    console.log(
      `${r.name.padEnd(8)} ${fmt(r.events).padStart(7)} ${fmt(r.clientMs).padStart(11)} ${fmt(r.baselineMs).padStart(12)} ${fmt(r.clientEps).padStart(12)} ${fmt(r.baselineEps).padStart(14)} ${r.ratio.toFixed(2).padStart(6)} ${(r.ratio >= 0.5 ? 'met' : 'MISSED').padStart(7)} ${String(r.diffMessages).padStart(10)} ${fmt(r.clientCpuMs).padStart(14)} ${fmt(r.baselineCpuMs).padStart(16)} ${r.cpuRatio.toFixed(2).padStart(10)}`,
    );
}
console.log(JSON.stringify({ ingest, resume }));
}

if (only === undefined || only === 'its-recolour') {
  const recolour = await benchRecolour();
  console.log(`\n${formatRecolour(recolour)}`);
  console.log(JSON.stringify({ itsRecolour: { ...recolour, runs: undefined } }));
}

if (only === undefined || only === 'impact') {
  const impact = await benchImpactIndex({ features: Number(process.env.BENCH_IMPACT_FEATURES ?? 1_000_000) });
  console.log(`\n${formatImpactBench(impact)}`);
  console.log(JSON.stringify({ impactIndex: impact }));
}

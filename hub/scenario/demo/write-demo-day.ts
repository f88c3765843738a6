/**
 * Writes the demo day as NDJSON (`tsx hub/scenario/demo/write-demo-day.ts [out] [seed]`), for people
 * who want to read or edit it; the hub itself generates it in memory from the same code.
 */
import { writeFileSync } from 'node:fs';
import { toNdjson } from '../timeline.js';
import { DEMO_SEED, generateDemoDay } from './demo-day.js';

const out = process.argv[2] ?? new URL('./demo-day.ndjson', import.meta.url).pathname;
const seed = process.argv[3] ? Number(process.argv[3]) : DEMO_SEED;
const t = generateDemoDay(seed);
writeFileSync(out, toNdjson(t));
console.log(JSON.stringify({ out, seed, entries: t.entries.length, durationMs: t.durationMs }));

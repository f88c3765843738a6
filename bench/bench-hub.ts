/**
 * The benchmarks' hub, in its own process so its encoding does not count against the client:
 * a MiniHub holding the deterministic events. `--mode replay`: they are in the log, so a client
 * connecting with empty cursors gets them replayed. `--mode live`: the log starts empty and a
 * "go" line on stdin broadcasts them as live batches, back to back, so the client's capacity is
 * measured rather than this process's pace. Prints `{"port": n}` when listening.
 */
import { createInterface } from 'node:readline';
import { MiniHub } from '../main/core/sync/testing/mini-hub.js';
import type { EventEnvelope } from '../main/common/events.js';
import { makeBenchEvents } from './bench-events.js';

const arg = (name: string, d: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? d) : d;
};
const count = Number(arg('events', '50000'));
const seed = Number(arg('seed', '1'));
const batch = Number(arg('batch', '1000'));
const mode = arg('mode', 'live');

const hub = new MiniHub({ batchSize: batch });
const events = makeBenchEvents(count, seed);
const put = (list: EventEnvelope[]) => {
  for (const e of list) {
    const l = hub.log.get(e.stream) ?? [];
    hub.log.set(e.stream, l);
    l.push(e);
  }
};
if (mode === 'replay') put(events);
const port = new URL(await hub.listen()).port;
console.log(JSON.stringify({ port: Number(port) }));

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'go') {
    const t0 = performance.now();
    for (let i = 0; i < events.length; i += batch) {
      const b = events.slice(i, i + batch);
      put(b);
      hub.broadcast({ events: b, live: true });
    }
    if (process.env.BENCH_HUB_DEBUG) console.error(`bench hub: ${events.length} events emitted in ${Math.round(performance.now() - t0)} ms`);
  }
  if (line.trim() === 'quit') void hub.close().then(() => process.exit(0));
});

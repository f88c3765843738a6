/** Resolves `--scenario`: `demo` is the built-in day (generated in memory), anything else a file path. */
import { readFileSync } from 'node:fs';
import { generateDemoDay } from './demo/demo-day.js';
import { parseTimeline, type Timeline } from './timeline.js';

export function loadScenario(nameOrPath: string, seed?: number, roadLinksFile?: string | null): Timeline {
  if (nameOrPath === 'demo') return generateDemoDay(seed, roadLinksFile === undefined ? {} : { roadLinksFile });
  return parseTimeline(nameOrPath, readFileSync(nameOrPath, 'utf8'));
}

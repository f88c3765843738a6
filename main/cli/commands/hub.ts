/** `sitroom hub`: run a standalone feed hub (see hub/cli/standalone.ts for the flags). */
import { resolve } from 'node:path';
import { runHub } from '../../../hub/cli/standalone.js';
import { defaultAppDirs } from '../../core/app-paths.js';
import { loadRegionIndex } from '../../core/region/index.js';
import type { ForestRegionLookup } from '../../common/forest/region-lookup.js';

export const summary = 'run a standalone feed hub (--port P --data DIR [--scenario demo] [--token T])';

/** The region index when geo-data is built, so the forest adapters resolve sigungu names; else codes only. */
function regionLookup(): ForestRegionLookup | undefined {
  try {
    return loadRegionIndex(process.env.SITROOM_GEO_DATA ? resolve(process.env.SITROOM_GEO_DATA) : defaultAppDirs().geoDataDir);
  } catch (e) {
    console.error(`[hub] no region index (${e instanceof Error ? e.message : String(e)}): forest regions from code fields only`);
    return undefined;
  }
}

export function run(args: string[]): Promise<number> {
  return args.includes('--help') ? runHub(args) : runHub(args, { regionLookup: regionLookup() });
}

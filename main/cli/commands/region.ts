/**
 * `sitroom region <lon> <lat>`: the region under a point as JSON
 * {"sido": {name, nameEn, code, sgisCode}, "sigungu": {…}, "emd": {name, nameEn, sgisCode} | null}.
 * Exit 1 with a message on stderr for bad arguments or a point outside South Korea.
 * Reads geo-data/out of the package, or the folder in SITROOM_GEO_DATA.
 */
import { resolve } from 'node:path';
import { defaultAppDirs } from '../../core/app-paths.js';
import { loadRegionIndex } from '../../core/region/index.js';

export const summary = 'print the region (sido, sigungu, eup-myeon-dong) under <lon> <lat> as JSON';

const USAGE = 'usage: sitroom region <lon> <lat>   (WGS84 degrees, e.g. sitroom region 126.9784 37.5796)';

/** A decimal number and nothing else ("12abc" and "" are not numbers here). */
function parseCoordinate(s: string | undefined): number | null {
  if (s === undefined || !/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s.trim())) return null;
  return Number(s);
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`sitroom region: ${summary}\n${USAGE}`);
    return 0;
  }
  if (args.length !== 2) {
    console.error(`sitroom region: expected two numbers, got ${args.length} argument(s)\n${USAGE}`);
    return 1;
  }
  const lon = parseCoordinate(args[0]);
  const lat = parseCoordinate(args[1]);
  if (lon === null || lat === null || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    console.error(`sitroom region: "${args[0]} ${args[1]}" is not a longitude and latitude in degrees\n${USAGE}`);
    return 1;
  }
  const geoDataDir = process.env.SITROOM_GEO_DATA ? resolve(process.env.SITROOM_GEO_DATA) : defaultAppDirs().geoDataDir;
  const hit = loadRegionIndex(geoDataDir).at(lon, lat);
  if (!hit) {
    console.error(`sitroom region: ${lon}, ${lat} is outside South Korea's administrative boundaries (sea or another country)`);
    return 1;
  }
  console.log(JSON.stringify(hit));
  return 0;
}

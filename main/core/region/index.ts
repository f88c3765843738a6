/** Region index: point, code and name lookups over the generated geo-data. */
export type { RegionIndex, SigunguWithSido } from './region-index.js';
export { loadRegionIndex } from './region-index.js';
export { GeoDataMissingError } from './region-data.js';
export { nameKey } from './name-match.js';
export type { RegionIndexFile, SidoRecord, SigunguRecord, EmdRecord } from './index-file.js';

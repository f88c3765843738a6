/**
 * The forest adapters as a set. Without a region index (the hub has no geo-data) regions are the
 * 5-digit code prefix and name-only records are rejected; with one (`loadRegionIndex(...)` from
 * main/core/region satisfies ForestRegionLookup) names are resolved and ambiguity reported.
 */
import type { ForestRegionLookup } from '../../../main/common/forest/region-lookup.js';
import type { Adapter } from '../types.js';
import { firmsAdapter } from './forest-firms.js';
import { createKfsFiresAdapter } from './forest-kfs-fires.js';
import { createPestZonesAdapter } from './forest-pests.js';
import { createDangerAdapter, createLandslideAdapter } from './forest-risk.js';

export function createForestAdapters(lookup?: ForestRegionLookup): Record<string, Adapter> {
  const list = [createKfsFiresAdapter(lookup), firmsAdapter, createDangerAdapter(lookup), createLandslideAdapter(lookup), createPestZonesAdapter(lookup)];
  return Object.fromEntries(list.map((a) => [a.id, a]));
}

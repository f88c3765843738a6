/** Adapters by id, for the scenario engine and source definitions. Domain issues add theirs here. */
import type { ForestRegionLookup } from '../../../main/common/forest/region-lookup.js';
import type { Adapter } from '../types.js';
import { capXmlAdapter } from './cap-xml.js';
import { dsspAlertsAdapter } from './dssp-alerts.js';
import { createForestAdapters } from './forest-adapters.js';
import { itsCctvAdapter } from './its-cctv.js';
import { itsEventsAdapter } from './its-events.js';
import { itsTrafficAdapter } from './its-traffic.js';
import { kmaEqkAdapter } from './ndms-kma-eqk.js';
import { kmaTyphoonAdapter } from './ndms-kma-typhoon.js';
import { sheltersAdapter } from './ndms-shelters.js';

export const adapters: Readonly<Record<string, Adapter>> = {
  [dsspAlertsAdapter.id]: dsspAlertsAdapter,
  [capXmlAdapter.id]: capXmlAdapter,
  [itsTrafficAdapter.id]: itsTrafficAdapter,
  [itsEventsAdapter.id]: itsEventsAdapter,
  [itsCctvAdapter.id]: itsCctvAdapter,
  [kmaEqkAdapter.id]: kmaEqkAdapter,
  [kmaTyphoonAdapter.id]: kmaTyphoonAdapter,
  [sheltersAdapter.id]: sheltersAdapter,
  // The names the NDMS issue gives `sitroom ingest` (same adapters as dssp-alerts and cap-xml).
  'ndms-msg': dsspAlertsAdapter,
  cap: capXmlAdapter,
  // Forest feeds without a region index: regions by code only (see forest-adapters.ts).
  ...createForestAdapters(),
};

/** The registry with the forest adapters resolving regions through `lookup` (the same registry without one). */
export function adaptersWith(lookup: ForestRegionLookup | undefined): Readonly<Record<string, Adapter>> {
  return lookup ? { ...adapters, ...createForestAdapters(lookup) } : adapters;
}

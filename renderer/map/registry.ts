/**
 * The layer registry: every layer module the app knows, grouped by domain. K-Geo is static; the
 * ITS traffic, NDMS and forest-disaster modules are live (filled from the live store by the live
 * binder). A domain with no modules is listed with "no data yet".
 */
import { kGeoModules } from '../domains/k-geo';
import { itsTrafficModules } from '../domains/its-traffic';
import { ndmsModules } from '../domains/ndms';
import { forestDisasterModules } from '../domains/forest-disaster';
import { panelModules } from '../domains/panels';
import { DOMAINS, type DomainId, type LayerModule, type LayerState } from './layer-module';

export interface LayerRegistry {
  readonly modules: readonly LayerModule[];
}

export function createRegistry(modules: readonly LayerModule[]): LayerRegistry {
  return { modules };
}

/** The app's registry. */
export const defaultRegistry: LayerRegistry = createRegistry([...kGeoModules, ...itsTrafficModules, ...ndmsModules, ...forestDisasterModules, ...panelModules]);

/** The listed modules of each domain, in the layer list's order (every domain present, maybe empty). */
export function modulesByDomain(registry: LayerRegistry): Array<{ domain: DomainId; modules: LayerModule[] }> {
  return DOMAINS.map((domain) => ({ domain, modules: registry.modules.filter((m) => m.domain === domain && m.listed) }));
}

/** Each module's default visibility and opacity. */
export function defaultLayerStates(registry: LayerRegistry): Record<string, LayerState> {
  return Object.fromEntries(registry.modules.map((m) => [m.id, { visible: m.defaultVisible, opacity: 1 }]));
}

/** `domain:name`, with one of the four domains and a kebab-case name. */
export const MODULE_ID = /^(k-geo|its-traffic|ndms|forest-disaster|panels):[a-z0-9]+(-[a-z0-9]+)*$/;

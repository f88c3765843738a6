/**
 * The layer registry: every layer module the app knows, grouped by domain. Domains whose modules
 * come in later issues (ITS traffic, NDMS, forest disasters) are listed with no modules, and the
 * layer list says they have no data yet.
 */
import { kGeoModules } from '../domains/k-geo';
import { DOMAINS, type DomainId, type LayerModule, type LayerState } from './layer-module';

export interface LayerRegistry {
  readonly modules: readonly LayerModule[];
}

export function createRegistry(modules: readonly LayerModule[]): LayerRegistry {
  return { modules };
}

/** The app's registry. */
export const defaultRegistry: LayerRegistry = createRegistry([...kGeoModules]);

/** The listed modules of each domain, in the layer list's order (every domain present, maybe empty). */
export function modulesByDomain(registry: LayerRegistry): Array<{ domain: DomainId; modules: LayerModule[] }> {
  return DOMAINS.map((domain) => ({ domain, modules: registry.modules.filter((m) => m.domain === domain && m.listed) }));
}

/** Each module's default visibility and opacity. */
export function defaultLayerStates(registry: LayerRegistry): Record<string, LayerState> {
  return Object.fromEntries(registry.modules.map((m) => [m.id, { visible: m.defaultVisible, opacity: 1 }]));
}

/** `domain:name`, with one of the four domains and a kebab-case name. */
export const MODULE_ID = /^(k-geo|its-traffic|ndms|forest-disaster):[a-z0-9]+(-[a-z0-9]+)*$/;

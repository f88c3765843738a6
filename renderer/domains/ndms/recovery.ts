/**
 * Damage and recovery per sigungu as a choropleth on the k-geo sigungu boundaries (the generated
 * file, ids promoted from the Interior code): the core sums the `ndms.damage` reports per region
 * (`ndms:damage-summary`), and each region's recovery status (none / in progress / done) becomes
 * feature-state: vermillion where nothing is recovered, yellow in progress, green done. Regions
 * with no damage stay clear. The amounts are listed in the alert panel's damage section.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { DamageRegionView } from '../../../main/common/ndms/alert-ipc';
import { geoUrl, visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS } from '../../map/live-layer';

export const RECOVERY_SOURCE = 'ndms:recovery-regions';

/** Feature-state per region code: what the fill reads. */
export function recoveryStates(regions: readonly DamageRegionView[]): Map<string, { recovery: string; amount: number; demo: boolean }> {
  return new Map(regions.map((r) => [r.sigunguCode, { recovery: r.recovery, amount: r.amountKrw, demo: r.demo }]));
}

let applied = new Set<string>();
let latest: readonly DamageRegionView[] = [];

/** Sets the regions' feature-state (and clears regions that no longer have damage). Safe before the source loads. */
export function applyRecovery(map: MaplibreMap | null, regions: readonly DamageRegionView[] = latest): void {
  latest = regions;
  if (!map?.getSource(RECOVERY_SOURCE)) return;
  const states = recoveryStates(regions);
  for (const code of applied) if (!states.has(code)) map.removeFeatureState({ source: RECOVERY_SOURCE, id: code });
  for (const [code, state] of states) map.setFeatureState({ source: RECOVERY_SOURCE, id: code }, state);
  applied = new Set(states.keys());
}

export const recoveryModule: LayerModule = {
  id: 'ndms:recovery',
  domain: 'ndms',
  titleKey: 'layer.ndms:recovery',
  defaultVisible: true,
  listed: true,
  sources: (ctx) => ({ [RECOVERY_SOURCE]: { type: 'geojson', data: geoUrl(ctx, 'map/sigungu-z0.geojson'), promoteId: 'code' } }),
  layers: (_ctx, state) => [
    {
      id: 'ndms:recovery-fill',
      type: 'fill',
      source: RECOVERY_SOURCE,
      layout: { visibility: visibility(state) },
      paint: {
        'fill-color': ['match', ['coalesce', ['feature-state', 'recovery'], 'clear'], 'none', LIVE_COLOURS.vermillion, 'in-progress', LIVE_COLOURS.yellow, 'done', LIVE_COLOURS.green, 'rgba(0,0,0,0)'],
        'fill-opacity': 0.4 * state.opacity,
      },
    },
  ],
};

/**
 * The selected fire's crew access by forest road (`forest:access-route`, set by the forest panel): the
 * drive along open forest roads from the entry (solid) and the walk from the leaving point to the fire
 * (dashed). The core leaves out roads marked impassable, so a closure from any workstation redraws it.
 */
import { visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS } from '../../map/live-layer';
import { forestUi } from './forest-ui-store';

export const ACCESS_SOURCE = 'forest-disaster:access';

export const accessModule: LayerModule = {
  id: 'forest-disaster:access',
  domain: 'forest-disaster',
  titleKey: 'layer.forest-disaster:access',
  defaultVisible: true,
  listed: true,
  sources: () => ({ [ACCESS_SOURCE]: { type: 'geojson', data: forestUi.getState().access?.collection ?? { type: 'FeatureCollection', features: [] } } }),
  layers: (_ctx, state) => [
    {
      id: 'forest-disaster:access-drive', type: 'line', source: ACCESS_SOURCE, filter: ['==', ['get', 'part'], 'drive'],
      layout: { visibility: visibility(state), 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': LIVE_COLOURS.green, 'line-width': 4, 'line-opacity': state.opacity },
    },
    {
      id: 'forest-disaster:access-walk', type: 'line', source: ACCESS_SOURCE, filter: ['==', ['get', 'part'], 'walk'],
      layout: { visibility: visibility(state) },
      paint: { 'line-color': LIVE_COLOURS.green, 'line-width': 2.5, 'line-dasharray': [1, 1.5], 'line-opacity': state.opacity },
    },
  ],
};

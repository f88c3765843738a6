/**
 * Variable message signs (`its.vms`): a wide dark board icon and, from zoom 8, the sign's current
 * text beside it in amber on black, as the sign itself shows it (lines kept). A blank sign shows
 * only its icon. A click opens the sign's card.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { FONT_MEDIUM, visibility, type LayerModule } from '../../map/layer-module';
import { liveSource, markedLabel } from '../../map/live-layer';
import { EXERCISE_SUFFIX, VMS_ICON } from './icon-shapes';

export const VMS_SOURCE = 'its-traffic:vms';
export const VMS_ICON_LAYER = 'its-traffic:vms-icon';
export const VMS_TEXT_LAYER = 'its-traffic:vms-text';

const ICON: ExpressionSpecification = ['concat', VMS_ICON.name, ['case', ['==', ['get', 'status'], 'actual'], '', EXERCISE_SUFFIX]];

export const vmsModule: LayerModule = {
  id: 'its-traffic:vms',
  domain: 'its-traffic',
  titleKey: 'layer.its-traffic:vms',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: VMS_SOURCE, stream: 'its.vms' }],
  sources: () => ({ [VMS_SOURCE]: liveSource() }),
  layers: (ctx, state) => [
    {
      id: VMS_ICON_LAYER,
      type: 'symbol',
      source: VMS_SOURCE,
      minzoom: 6,
      layout: { visibility: visibility(state), 'icon-image': ICON, 'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 12, 1], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
      paint: { 'icon-opacity': state.opacity },
    },
    {
      id: VMS_TEXT_LAYER,
      type: 'symbol',
      source: VMS_SOURCE,
      minzoom: 8,
      filter: ['!=', ['coalesce', ['get', 'text'], ''], ''],
      layout: {
        visibility: visibility(state),
        'text-field': markedLabel(ctx, ['get', 'text']),
        'text-font': FONT_MEDIUM,
        'text-size': 13,
        'text-anchor': 'bottom',
        'text-offset': [0, -1.2],
        'text-max-width': 16,
        'text-justify': 'center',
        'text-allow-overlap': false,
      },
      // LED amber on black in either theme: it reads like the sign.
      paint: { 'text-color': '#ffb000', 'text-halo-color': '#000000', 'text-halo-width': 3, 'text-opacity': state.opacity },
    },
  ],
};

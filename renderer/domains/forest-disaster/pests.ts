/**
 * Pest-control zones (`forest.pests`, kind `pest.zone`): filled by pest — pine wilt disease purple, oak
 * wilt yellow, others grey (the forest panel's legend says which is which) — with a dashed outline for
 * generated demo zones and a solid one for imported real zones. A click opens the zone's card.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS, liveSource } from '../../map/live-layer';

export const PESTS_SOURCE = 'forest-disaster:pests';
export const PESTS_FILL_LAYER = 'forest-disaster:pests-fill';

/** Pest name (as the zones carry it) → colour; the legend lists the same pairs. */
export const PEST_LEGEND: ReadonlyArray<{ pest: string; colour: string; key: 'forest.pest.pineWilt' | 'forest.pest.oakWilt' | 'forest.pest.other' }> = [
  { pest: '소나무재선충병', colour: LIVE_COLOURS.purple, key: 'forest.pest.pineWilt' },
  { pest: '참나무시들음병', colour: LIVE_COLOURS.yellow, key: 'forest.pest.oakWilt' },
  { pest: '', colour: LIVE_COLOURS.grey, key: 'forest.pest.other' },
];

const PEST_COLOUR: ExpressionSpecification = ['match', ['get', 'pest'], PEST_LEGEND[0]!.pest, PEST_LEGEND[0]!.colour, PEST_LEGEND[1]!.pest, PEST_LEGEND[1]!.colour, PEST_LEGEND[2]!.colour];
const isDemo: ExpressionSpecification = ['==', ['get', 'demo'], true];

export const pestsModule: LayerModule = {
  id: 'forest-disaster:pests',
  domain: 'forest-disaster',
  titleKey: 'layer.forest-disaster:pests',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: PESTS_SOURCE, stream: 'forest.pests' }],
  sources: () => ({ [PESTS_SOURCE]: liveSource() }),
  layers: (_ctx, state) => [
    { id: PESTS_FILL_LAYER, type: 'fill', source: PESTS_SOURCE, layout: { visibility: visibility(state) }, paint: { 'fill-color': PEST_COLOUR, 'fill-opacity': 0.35 * state.opacity } },
    { id: 'forest-disaster:pests-outline', type: 'line', source: PESTS_SOURCE, filter: ['!', isDemo], layout: { visibility: visibility(state) }, paint: { 'line-color': PEST_COLOUR, 'line-width': 1.5, 'line-opacity': state.opacity } },
    { id: 'forest-disaster:pests-outline-demo', type: 'line', source: PESTS_SOURCE, filter: isDemo, layout: { visibility: visibility(state) }, paint: { 'line-color': PEST_COLOUR, 'line-width': 1.5, 'line-dasharray': [2, 2], 'line-opacity': state.opacity } },
  ],
};

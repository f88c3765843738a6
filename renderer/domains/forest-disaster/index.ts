/**
 * Forest fires, live (`forest.fires`): the burnt-area perimeter (`fire.perimeter`, filled, dashed
 * outline for exercises) and the fire itself (`fire`, a circle sized by burnt area and coloured by
 * containment, labelled with containment percentage, response stage and, where given, hectares).
 * The other forest layers: risk.ts (danger index, landslide), resources.ts (helicopters, spread).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { visibility, type LayerModule } from '../../map/layer-module';
import { dangerModule, landslideModule } from './risk';
import { pestsModule } from './pests';
import { accessModule } from './access';
import { helicoptersModule, spreadModule } from './resources';
import { LIVE_COLOURS, isActual, liveLabelLayer, liveSource, markedStroke, notActual, numberText, t } from '../../map/live-layer';

export const FIRES_SOURCE = 'forest-disaster:fires';

const isPerimeter: ExpressionSpecification = ['==', ['get', 'kind'], 'fire.perimeter'];
const isFire: ExpressionSpecification = ['all', ['!=', ['get', 'kind'], 'fire.perimeter'], ['==', ['geometry-type'], 'Point']];
/** Containment: under half vermillion, under full orange, contained green (and the label says the %). */
const CONTAINMENT_COLOUR: ExpressionSpecification = ['step', ['to-number', ['get', 'containmentPct'], 0], LIVE_COLOURS.vermillion, 50, LIVE_COLOURS.orange, 100, LIVE_COLOURS.green];

export const firesModule: LayerModule = {
  id: 'forest-disaster:fires',
  domain: 'forest-disaster',
  titleKey: 'layer.forest-disaster:fires',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: FIRES_SOURCE, stream: 'forest.fires' }],
  sources: () => ({ [FIRES_SOURCE]: liveSource() }),
  layers: (ctx, state) => {
    const stroke = markedStroke(ctx);
    const outline = (id: string, filter: ExpressionSpecification, dashed: boolean) => ({
      id,
      type: 'line' as const,
      source: FIRES_SOURCE,
      filter: ['all', isPerimeter, filter] as ExpressionSpecification,
      layout: { visibility: visibility(state) },
      paint: { 'line-color': LIVE_COLOURS.vermillion, 'line-width': 2, 'line-opacity': state.opacity, ...(dashed ? { 'line-dasharray': [3, 2] } : {}) },
    });
    return [
      { id: 'forest-disaster:fires-area', type: 'fill', source: FIRES_SOURCE, filter: isPerimeter, layout: { visibility: visibility(state) }, paint: { 'fill-color': LIVE_COLOURS.orange, 'fill-opacity': 0.3 * state.opacity } },
      outline('forest-disaster:fires-outline', isActual, false),
      outline('forest-disaster:fires-outline-exercise', notActual, true),
      {
        id: 'forest-disaster:fires-circle',
        type: 'circle',
        source: FIRES_SOURCE,
        filter: isFire,
        layout: { visibility: visibility(state) },
        paint: {
          // Radius ~ the square root of the burnt area, so the disc grows like the area does.
          'circle-radius': ['interpolate', ['linear'], ['sqrt', ['to-number', ['get', 'areaHa'], 1]], 1, 6, 10, 12, 40, 26],
          'circle-color': CONTAINMENT_COLOUR,
          'circle-stroke-color': stroke.color,
          'circle-stroke-width': stroke.width,
          'circle-opacity': 0.85 * state.opacity,
          'circle-stroke-opacity': state.opacity,
        },
      },
      liveLabelLayer(
        ctx,
        state,
        'forest-disaster:fires-label',
        FIRES_SOURCE,
        // KFS records: containment and response stage; the demo's burnt-area discs: hectares.
        ['concat', t(ctx, 'live.fire'), ['case', ['has', 'areaHa'], ['concat', ' ', numberText('areaHa'), ' ha'], ''], ' · ', t(ctx, 'live.contained'), ' ', numberText('containmentPct'), '%', ['case', ['to-boolean', ['get', 'responseStage']], ['concat', ' · ', ['get', 'responseStage']], '']],
        { filter: isFire, offset: 1.8 },
      ),
    ];
  },
};

/** Bottom to top: risk choropleths, pest-control zones, spread ellipses, crew access route, fires, helicopters and their assignments. */
export const forestDisasterModules: readonly LayerModule[] = [dangerModule, landslideModule, pestsModule, spreadModule, accessModule, firesModule, helicoptersModule];

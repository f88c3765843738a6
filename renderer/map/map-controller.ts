/**
 * The one place that changes the live map's style: it keeps the style it last applied, plans the
 * difference to the newly desired style (style-diff.ts) and applies it by id.
 */
import type { AllLayoutProperties, AllPaintProperties, FilterSpecification, GeoJSONSource, LayerSpecification, Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { GeoJSON } from 'geojson';
import { assertNever } from '../util/assert-never';
import { planStyleUpdate, type StyleOp } from './style-diff';

/** The subset of maplibre's Map the controller uses (lets the reconciliation run against a fake). */
export type ReconcilableMap = Pick<
  MaplibreMap,
  | 'addLayer'
  | 'removeLayer'
  | 'moveLayer'
  | 'addSource'
  | 'removeSource'
  | 'getSource'
  | 'setPaintProperty'
  | 'setLayoutProperty'
  | 'setFilter'
  | 'setLayerZoomRange'
  | 'setGlyphs'
  | 'setStyle'
>;

export interface MapController {
  /** Bring the map to the desired style; returns the operations applied (for tests and logs). */
  reconcile(desired: StyleSpecification): StyleOp[];
  /** The style the map was last brought to. */
  current(): StyleSpecification;
}

function apply(map: ReconcilableMap, op: StyleOp): void {
  switch (op.op) {
    case 'removeLayer':
      map.removeLayer(op.id);
      return;
    case 'removeSource':
      map.removeSource(op.id);
      return;
    case 'addSource':
      map.addSource(op.id, op.source);
      return;
    case 'setData':
      (map.getSource(op.id) as GeoJSONSource | undefined)?.setData(op.data as GeoJSON | string);
      return;
    case 'addLayer':
      map.addLayer(op.layer as LayerSpecification, op.beforeId);
      return;
    case 'moveLayer':
      map.moveLayer(op.id, op.beforeId);
      return;
    case 'setPaint':
      // The plan copies values from validated layer specs, so they have the property's type.
      map.setPaintProperty(op.id, op.name as keyof AllPaintProperties, op.value as AllPaintProperties[keyof AllPaintProperties]);
      return;
    case 'setLayout':
      map.setLayoutProperty(op.id, op.name as keyof AllLayoutProperties, op.value as AllLayoutProperties[keyof AllLayoutProperties]);
      return;
    case 'setFilter':
      map.setFilter(op.id, op.filter as FilterSpecification | null);
      return;
    case 'setZoomRange':
      map.setLayerZoomRange(op.id, op.minzoom, op.maxzoom);
      return;
    case 'setGlyphs':
      map.setGlyphs(op.url);
      return;
    case 'setFontFaces':
      // No per-property setter for font faces: rare (only if the font URLs change), so restyle whole.
      return;
    default:
      assertNever(op);
  }
}

/** A controller for a map created with `initial` as its style. */
export function createMapController(map: ReconcilableMap, initial: StyleSpecification): MapController {
  let applied = initial;
  return {
    reconcile(desired) {
      const ops = planStyleUpdate(applied, desired);
      if (ops.some((o) => o.op === 'setFontFaces')) {
        map.setStyle(desired, { diff: true });
      } else {
        for (const op of ops) apply(map, op);
      }
      applied = desired;
      return ops;
    },
    current: () => applied,
  };
}

/**
 * ITS map icons as data: each kind of incident, hazard, camera and sign has its own SHAPE (outline
 * polygon or circle), not only its own colour, so they stay apart for colour-blind readers and in
 * grey-scale. `icons.ts` draws them on a canvas at run time and hands them to maplibre (addImage):
 * no sprite files, no data: URLs. Exercise data gets a variant with a dashed double outline.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { HAZARD_KINDS, INCIDENT_KINDS, type HazardKind, type IncidentKind } from '../../../main/common/its/types';
import { LIVE_COLOURS } from '../../map/live-layer';

/** Outline: a polygon in a unit box (0..1, y down) or a circle filling it. */
export type IconShape = { kind: 'polygon'; points: ReadonlyArray<readonly [number, number]> } | { kind: 'circle' };

/** A small white mark drawn inside the shape (strokes in the unit box). */
export type IconMark = 'exclaim' | 'bars' | 'waves' | 'cross' | 'dot' | 'flake' | 'crack' | 'lens' | 'lines';

export interface IconSpec {
  /** maplibre image name. */
  name: string;
  shape: IconShape;
  fill: string;
  mark: IconMark;
  /** Colour of the mark (white on dark fills, black on light ones). */
  markColour: string;
  /** Width / height of the drawn image relative to its height (signs are wide). */
  aspect: number;
}

const regular = (n: number, rotation: number, scale = 0.48): Array<[number, number]> =>
  Array.from({ length: n }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / n;
    return [0.5 + scale * Math.cos(a), 0.5 + scale * Math.sin(a)] as [number, number];
  });

const poly = (points: Array<[number, number]>): IconShape => ({ kind: 'polygon', points });

/** Incident kind → shape: triangle, diamond, circle, octagon, square. */
export const INCIDENT_ICONS: Readonly<Record<IncidentKind, IconSpec>> = {
  accident: { name: 'its-incident-accident', shape: poly([[0.5, 0.04], [0.97, 0.92], [0.03, 0.92]]), fill: LIVE_COLOURS.vermillion, mark: 'exclaim', markColour: '#ffffff', aspect: 1 },
  construction: { name: 'its-incident-construction', shape: poly([[0.5, 0.02], [0.98, 0.5], [0.5, 0.98], [0.02, 0.5]]), fill: LIVE_COLOURS.yellow, mark: 'bars', markColour: '#000000', aspect: 1 },
  weather: { name: 'its-incident-weather', shape: { kind: 'circle' }, fill: LIVE_COLOURS.skyBlue, mark: 'waves', markColour: '#000000', aspect: 1 },
  disaster: { name: 'its-incident-disaster', shape: poly(regular(8, Math.PI / 8)), fill: LIVE_COLOURS.orange, mark: 'cross', markColour: '#000000', aspect: 1 },
  other: { name: 'its-incident-other', shape: poly([[0.1, 0.1], [0.9, 0.1], [0.9, 0.9], [0.1, 0.9]]), fill: LIVE_COLOURS.purple, mark: 'dot', markColour: '#000000', aspect: 1 },
};

/** Hazard kind → shape: a wide pill (fog), a hexagon (ice), a downward triangle (collapse). */
export const HAZARD_ICONS: Readonly<Record<HazardKind, IconSpec>> = {
  fog: { name: 'its-hazard-fog', shape: poly([[0.15, 0.2], [0.85, 0.2], [1, 0.5], [0.85, 0.8], [0.15, 0.8], [0, 0.5]]), fill: '#bdbdbd', mark: 'lines', markColour: '#000000', aspect: 1.4 },
  ice: { name: 'its-hazard-ice', shape: poly(regular(6, 0)), fill: LIVE_COLOURS.blue, mark: 'flake', markColour: '#ffffff', aspect: 1 },
  collapse: { name: 'its-hazard-collapse', shape: poly([[0.03, 0.08], [0.97, 0.08], [0.5, 0.96]]), fill: '#6d4c41', mark: 'crack', markColour: '#ffffff', aspect: 1 },
};

/** A CCTV camera: a body with a lens; a VMS: a wide dark board. */
export const CCTV_ICON: IconSpec = { name: 'its-cctv', shape: poly([[0.05, 0.25], [0.7, 0.25], [0.7, 0.4], [0.97, 0.22], [0.97, 0.78], [0.7, 0.6], [0.7, 0.75], [0.05, 0.75]]), fill: LIVE_COLOURS.green, mark: 'lens', markColour: '#ffffff', aspect: 1.3 };
export const VMS_ICON: IconSpec = { name: 'its-vms', shape: poly([[0, 0.15], [1, 0.15], [1, 0.85], [0, 0.85]]), fill: '#202020', mark: 'lines', markColour: LIVE_COLOURS.orange, aspect: 1.8 };

/** Every icon the ITS layers use. */
export const ITS_ICONS: readonly IconSpec[] = [...INCIDENT_KINDS.map((k) => INCIDENT_ICONS[k]), ...HAZARD_KINDS.map((k) => HAZARD_ICONS[k]), CCTV_ICON, VMS_ICON];

/** Suffix of the exercise variant of an icon (dashed double outline). */
export const EXERCISE_SUFFIX = '-x';

/** `icon-image` for a live source: the kind's icon, its exercise variant when the feature is not actual. */
export function iconImage(kind: ExpressionSpecification, byKind: Readonly<Record<string, IconSpec>>, fallback: IconSpec): ExpressionSpecification {
  const cases: Array<string | ExpressionSpecification> = [];
  for (const [k, spec] of Object.entries(byKind)) cases.push(k, spec.name);
  const name: ExpressionSpecification = ['match', kind, ...(cases as [string, string]), fallback.name];
  return ['concat', name, ['case', ['==', ['get', 'status'], 'actual'], '', EXERCISE_SUFFIX]];
}

/** A shape's identity for comparison: circle, or the polygon's corner count and convex outline. */
export function shapeSignature(shape: IconShape): string {
  return shape.kind === 'circle' ? 'circle' : `${shape.points.length}:${shape.points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ')}`;
}

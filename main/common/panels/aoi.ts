/**
 * The area of interest (AOI): what the operator draws or picks, how it becomes one GeoJSON area, and
 * how it is published to other workstations as an operator command on `ops.aoi`.
 *
 * Three ways to make one (`AoiSpec`):
 * - `polygon`: a drawn polygon (or multipolygon), used as is;
 * - `buffer`: N km around a selected feature (a point, a line or an area: an incident, a fire, an
 *   alert area), computed with turf's geodesic buffer;
 * - `region`: a sido / sigungu / eup-myeon-dong by code; its full-detail boundary comes from the region
 *   index in the core (`aoi:resolve`), so here the region geometry is passed in by the caller.
 *
 * Published AOIs carry the resolved geometry, rounded to 1e-5° (about 1 m) and simplified until the
 * command fits well under the hub's 64 KiB limit; a region AOI carries only its code (a sigungu
 * boundary is often larger than a command may be) and every receiver resolves it with `aoi:resolve`.
 */
import { area as turfArea, bbox as turfBbox, buffer as turfBuffer, feature, simplify } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';
import { assertNever } from '../assert-never.js';
import { geometrySchema, type GeoJsonGeometry } from '../events.js';
import type { LiveFeature, OpsSubmitArgs } from '../live-sync.js';

/** The ops stream that carries published areas of interest. */
export const AOI_STREAM = 'ops.aoi';
/** Command kinds on `ops.aoi`. Unpublishing is a `remove` of the same key. */
export const AOI_KINDS = { publish: 'aoi.publish', unpublish: 'aoi.unpublish' } as const;

/** An area geometry: what every AOI resolves to. */
export type AreaGeometry = Polygon | MultiPolygon;

const position = z.array(z.number().finite()).min(2).max(3);
/** A Polygon or MultiPolygon, shape-checked. */
export const areaGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position).min(4)).min(1)).min(1) }),
]);

/** How an AOI was made. */
export const aoiSpecSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('polygon'), geometry: areaGeometrySchema }).strict(),
  z
    .object({
      type: z.literal('buffer'),
      /** The selected feature's geometry (Point, LineString, Polygon, ... ). */
      geometry: geometrySchema,
      /** Buffer distance in km (0 < r ≤ 200). A point buffered by 0 km has no area, hence the minimum. */
      radiusKm: z.number().finite().positive().max(200),
      /** What was buffered (`forest.fires/123`), for labels. */
      source: z.string().max(300).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('region'),
      level: z.enum(['sido', 'sigungu', 'emd']),
      code: z.string().regex(/^\d{2,10}$/),
    })
    .strict(),
]);
export type AoiSpec = z.infer<typeof aoiSpecSchema>;

/** A region the AOI overlaps, with the share of the region's area inside it. */
export interface AoiRegionShare {
  level: 'sigungu';
  code: string;
  name: string;
  /** Interior code of its province. */
  sidoCode: string;
  /** area(region ∩ AOI) / area(region), 0 < fraction ≤ 1. */
  fraction: number;
}

/** `aoi:resolve` result: the area, its size, and the sigungu it overlaps (for region-coded records). */
export interface ResolvedAoi {
  spec: AoiSpec;
  geometry: AreaGeometry;
  /** Geodesic area in km² (turf). */
  areaKm2: number;
  /** [minLon, minLat, maxLon, maxLat]. */
  bbox: [number, number, number, number];
  /** Sigungu overlapping the area, in code order. */
  regions: AoiRegionShare[];
  /** Short label: the region name, "10 km around …", or "drawn area". */
  label: string;
}

/** The region boundary lookup the caller provides (the core's region index). */
export type RegionGeometryLookup = (level: 'sido' | 'sigungu' | 'emd', code: string) => AreaGeometry | null;

/** Turf buffer steps per quarter circle: 16 keeps a 10 km circle within ~50 m of true. */
const BUFFER_STEPS = 16;

function asArea(g: GeoJsonGeometry | null | undefined, what: string): AreaGeometry {
  if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) return g as AreaGeometry;
  throw new Error(`${what} did not give an area (got ${g?.type ?? 'nothing'})`);
}

/** The area of an AOI spec. Throws when a region code is unknown or a buffer yields no area. */
export function resolveAoiGeometry(spec: AoiSpec, regionGeometry: RegionGeometryLookup | null): AreaGeometry {
  switch (spec.type) {
    case 'polygon':
      return spec.geometry as AreaGeometry;
    case 'buffer': {
      const buffered = turfBuffer(feature(spec.geometry), spec.radiusKm, { units: 'kilometers', steps: BUFFER_STEPS });
      return asArea(buffered?.geometry as GeoJsonGeometry | undefined, `a ${spec.radiusKm} km buffer`);
    }
    case 'region': {
      if (!regionGeometry) throw new Error('region areas need the region index (use aoi:resolve)');
      const g = regionGeometry(spec.level, spec.code);
      if (!g) throw new Error(`unknown ${spec.level} code ${spec.code}`);
      return g;
    }
    default:
      return assertNever(spec, 'AOI spec');
  }
}

/** Geodesic area of an area geometry in km². */
export function areaKm2(g: AreaGeometry): number {
  return turfArea(feature(g)) / 1e6;
}

export function areaBBox(g: AreaGeometry): [number, number, number, number] {
  const b = turfBbox(feature(g));
  return [b[0], b[1], b[2], b[3]];
}

/** Default label of an AOI (the core replaces it with the region's name for region specs). */
export function aoiLabel(spec: AoiSpec): string {
  switch (spec.type) {
    case 'polygon':
      return 'drawn area';
    case 'buffer':
      return `${spec.radiusKm} km around ${spec.source ?? spec.geometry.type}`;
    case 'region':
      return `${spec.level} ${spec.code}`;
    default:
      return assertNever(spec, 'AOI spec');
  }
}

/** A published AOI as every workstation sees it (from an `ops.aoi` feature). */
export interface PublishedAoi {
  /** The feature key on `ops.aoi` (`aoi:<id>`). */
  key: string;
  name: string;
  /** Who published it (stamped by the hub). */
  user: string | null;
  spec: AoiSpec;
  /** The area; null for region specs (resolve the spec with `aoi:resolve`). */
  geometry: AreaGeometry | null;
  areaKm2: number | null;
  /** Hub time of the publication. */
  publishedAt: number;
  status: string;
}

/** Largest coordinate payload a published AOI may carry (the hub refuses commands over 64 KiB). */
export const AOI_MAX_GEOMETRY_BYTES = 40_000;

function roundCoords(g: AreaGeometry, digits: number): AreaGeometry {
  const k = 10 ** digits;
  const r = (p: number[]): number[] => [Math.round(p[0]! * k) / k, Math.round(p[1]! * k) / k];
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(r)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(r))) };
}

/** The geometry rounded to ~1 m and simplified (tolerance doubling from ~1 m) until it fits a command. */
export function compactAreaGeometry(g: AreaGeometry, maxBytes = AOI_MAX_GEOMETRY_BYTES): AreaGeometry {
  let out = roundCoords(g, 5);
  for (let tolerance = 1e-5; JSON.stringify(out).length > maxBytes; tolerance *= 2) {
    if (tolerance > 0.5) throw new Error('area geometry cannot be made small enough to publish');
    out = roundCoords(simplify(feature(g), { tolerance, highQuality: false }).geometry as AreaGeometry, 5);
  }
  return out;
}

/** The `ops:submit` argument that publishes an AOI under `id` (publishing the same id again replaces it). */
export function publishAoiCommand(a: { id: string; name: string; spec: AoiSpec; geometry: AreaGeometry; areaKm2: number }): OpsSubmitArgs {
  const isRegion = a.spec.type === 'region';
  // The spec's own geometry is left out of the props: the command carries one (compacted) copy of the area.
  const specProps = a.spec.type === 'region' ? a.spec : { type: a.spec.type, ...(a.spec.type === 'buffer' ? { radiusKm: a.spec.radiusKm, source: a.spec.source ?? null } : {}) };
  return {
    stream: AOI_STREAM,
    kind: AOI_KINDS.publish,
    key: `aoi:${a.id}`,
    op: 'upsert',
    geometry: isRegion ? null : compactAreaGeometry(a.geometry),
    props: { name: a.name.slice(0, 200), spec: specProps, areaKm2: Math.round(a.areaKm2 * 1000) / 1000 },
  };
}

/** The `ops:submit` argument that withdraws a published AOI. */
export function unpublishAoiCommand(id: string): OpsSubmitArgs {
  return { stream: AOI_STREAM, kind: AOI_KINDS.unpublish, key: id.startsWith('aoi:') ? id : `aoi:${id}`, op: 'remove', props: {} };
}

const publishedPropsSchema = z.object({
  name: z.string(),
  areaKm2: z.number().nullable().optional(),
  user: z.string().optional(),
  spec: z.union([
    aoiSpecSchema.options[2],
    z.object({ type: z.literal('polygon') }),
    z.object({ type: z.literal('buffer'), radiusKm: z.number(), source: z.string().nullable().optional() }),
  ]),
});

/** Reads an `ops.aoi` feature; null when it is not a well-formed published AOI. */
export function publishedAoiFromFeature(f: LiveFeature): PublishedAoi | null {
  if (f.stream !== AOI_STREAM || f.kind !== AOI_KINDS.publish) return null;
  const p = publishedPropsSchema.safeParse(f.props);
  if (!p.success) return null;
  const s = p.data.spec;
  const geometry = f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') ? (f.geometry as AreaGeometry) : null;
  let spec: AoiSpec;
  if (s.type === 'region') spec = s;
  else if (!geometry) return null;
  else if (s.type === 'polygon') spec = { type: 'polygon', geometry };
  // A published buffer is already the buffered area: receivers treat it as a polygon with its radius noted.
  else spec = { type: 'polygon', geometry };
  return { key: f.key, name: p.data.name, user: p.data.user ?? null, spec, geometry, areaKm2: p.data.areaKm2 ?? null, publishedAt: f.receivedAt, status: f.status };
}

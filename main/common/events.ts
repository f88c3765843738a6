/**
 * The one envelope for everything that moves between upstream adapters, the hub, the client store
 * and the renderer. Times are UTC epoch milliseconds.
 */
import { z } from 'zod';

export const eventStatusSchema = z.enum(['actual', 'exercise', 'test']);
export type EventStatus = z.infer<typeof eventStatusSchema>;

export const eventOpSchema = z.enum(['upsert', 'remove']);
export type EventOp = z.infer<typeof eventOpSchema>;

/** Stream names: `<domain>.<name>`, e.g. `its.traffic`, `ndms.alerts`, `forest.fires`, `ops.acks`. */
export const streamNameSchema = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'stream must look like domain.name');

const position = z.array(z.number().finite()).min(2).max(3);

/** GeoJSON geometry, checked for shape (not for topology). */
export const geometrySchema: z.ZodType<GeoJsonGeometry> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('Point'), coordinates: position }),
    z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position) }),
    z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
    z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)) }),
    z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position).min(4))) }),
  ]),
);

/** The subset of GeoJSON geometries the system carries (no GeometryCollection). */
export type GeoJsonGeometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'MultiPoint'; coordinates: number[][] }
  | { type: 'LineString'; coordinates: number[][] }
  | { type: 'MultiLineString'; coordinates: number[][][] }
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** What an adapter produces: an event before the hub gives it a seq and a receivedAt. */
export const eventInputSchema = z.object({
  stream: streamNameSchema,
  /** One version of the thing (source id + update time, or a hash of the normalised record). */
  id: z.string().min(1).max(256),
  /** The thing being tracked (a fire, a link, an alert). */
  key: z.string().min(1).max(256),
  kind: z.string().min(1).max(64),
  op: eventOpSchema,
  /** Source time, UTC epoch ms. */
  ts: z.number().int(),
  status: eventStatusSchema,
  geometry: geometrySchema.nullable().optional(),
  props: z.record(z.string(), z.unknown()),
  /** Where it came from, e.g. `its-openapi:trafficInfo`, `scenario:demo`, `user:kim`. */
  source: z.string().min(1).max(128),
});
export type EventInput = z.infer<typeof eventInputSchema>;

/** An event as logged by the hub: seq is gapless per stream, receivedAt is hub time (UTC epoch ms). */
export const eventEnvelopeSchema = eventInputSchema.extend({
  seq: z.number().int().positive(),
  receivedAt: z.number().int(),
});
export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;

/**
 * The forest invokes the renderer calls (`forest:spread`, `forest:dispatch-options`): arguments with
 * their zod schemas and the results. The models stay in the core (main/core/forest); the renderer
 * only draws what comes back.
 */
import { z } from 'zod';
import { fuelClassSchema, type FuelClass, type HelicopterState } from './types.js';

/** A fire is named by the key of any of its reports (e.g. `kfs-fire:<id>`) or by its cluster id. */
const fireKey = z.string().min(1).max(200);

/** `forest:spread`: the 1/3/6-hour spread of a fire under the operator's wind. */
export const forestSpreadArgsSchema = z.object({
  fireKey,
  /** Direction the wind blows from, degrees clockwise from north. */
  windFromDeg: z.number().finite().min(0).max(360),
  /** 10-m open wind speed, m/s. */
  windMs: z.number().finite().min(0).max(60),
  /** Fuel class override; absent: from the stand under the fire (unknown → mixed). */
  fuel: fuelClassSchema.optional(),
}).strict();
export type ForestSpreadArgs = z.infer<typeof forestSpreadArgsSchema>;

/** One spread ellipse as a GeoJSON feature; `properties.hours` is its horizon. */
export interface SpreadFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Polygon'; coordinates: Array<Array<[number, number]>> };
  properties: Record<string, number | string>;
}

export interface ForestSpreadResult {
  fireId: string;
  origin: [number, number];
  fuel: FuelClass;
  fuelDefaulted: boolean;
  /** The fuel class came from a generated demo stand (an exercise without imported stands). */
  standDemo: boolean;
  lengthToBreadth: number;
  headRosMpm: number;
  /** Largest first, so the smaller ellipses draw on top. */
  collection: { type: 'FeatureCollection'; features: SpreadFeature[] };
  assumptions: readonly string[];
  sources: readonly string[];
}

/** `forest:dispatch-options`: available helicopters for a fire, by ETA. */
export const forestDispatchArgsSchema = z.object({ fireKey }).strict();
export type ForestDispatchArgs = z.infer<typeof forestDispatchArgsSchema>;

export interface ForestDispatchOption {
  helicopterId: string;
  callsign: string;
  state: HelicopterState;
  distanceKm: number;
  etaMin: number;
}

/** One report clustered into the fire (any of the four channels, or the Forest Service record). */
export interface ForestFireReport {
  key: string;
  channel: string;
  /** Report / detection / ignition time, UTC epoch ms. */
  at: number;
}

export interface ForestDispatchResult {
  fireId: string;
  /** Every report the fire was built from, oldest first (so the panel shows what joined it). */
  reports: ForestFireReport[];
  /** The fire's origin: where an assigned helicopter flies to. */
  fireAt: [number, number];
  options: ForestDispatchOption[];
}

/** `forest:access-route`: crew access to a fire over the open forest roads (main/core/forest/access-route.ts). */
export const forestAccessArgsSchema = z.object({ fireKey }).strict();
export type ForestAccessArgs = z.infer<typeof forestAccessArgsSchema>;

/** An operator's action on a forest road (closed, or re-opened), with this workstation's signature check. */
export interface ForestRoadAction {
  roadKey: string;
  roadName: string;
  /** The action's key on `ops.forest-roads`. */
  actionKey: string;
  user: string | null;
  reason: string | null;
  /** Hub time. */
  at: number;
  verified: boolean | null;
  verifyReason: string | null;
}

/** A line of the access route: `part` is `drive` (forest roads) or `walk` (leaving point → fire). */
export interface AccessFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'LineString'; coordinates: Array<[number, number]> };
  properties: { part: 'drive' | 'walk'; fireKey: string };
}

export interface ForestAccessResult {
  fireId: string;
  fireAt: [number, number];
  route: {
    entry: [number, number];
    leaveAt: [number, number];
    roadKm: number;
    walkKm: number;
    minutes: number;
    /** Roads driven, in order. */
    roads: Array<{ key: string; name: string }>;
  } | null;
  /** Why there is no route: no forest road near the fire, or every near one is closed or cut off. */
  noAccess: 'no-roads-nearby' | 'roads-closed' | null;
  /** Closed roads near the fire (within the walking limit). */
  closedNearby: ForestRoadAction[];
  /** Road actions whose signature did not verify on this workstation: shown, flagged, and not applied. */
  ignored: ForestRoadAction[];
  /** The farthest a crew is sent on foot from a forest road (what "near the fire" means here). */
  maxWalkKm: number;
  collection: { type: 'FeatureCollection'; features: AccessFeature[] };
  assumptions: readonly string[];
}

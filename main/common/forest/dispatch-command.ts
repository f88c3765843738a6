/**
 * Helicopter dispatch as operator commands on `ops.dispatch`: `helicopter.assign` (send a helicopter
 * to a fire) and `helicopter.release` (back to available). Built here, in main/common, so the renderer
 * can build the command it sends over `ops:command`; the core applies the logged event to the fleet.
 * The key is the helicopter: its latest assignment is its current one.
 */
import { z } from 'zod';
import type { OpsCommand } from '../sync-protocol.js';
import { FOREST_STREAMS } from './types.js';

export const ASSIGN_KIND = 'helicopter.assign';
export const RELEASE_KIND = 'helicopter.release';

/** `props` of a `helicopter.assign` command. */
export const helicopterAssignPropsSchema = z.object({
  helicopterId: z.string().min(1),
  /** Key of the fire (cluster id or KFS fire key). */
  fireKey: z.string().min(1),
  /** Fire position [lon, lat], so every workstation can draw the track without the fire list. */
  fireAt: z.tuple([z.number().min(124).max(132), z.number().min(33).max(39)]),
  /** ETA as the operator saw it when assigning, minutes. */
  etaMin: z.number().nonnegative(),
  distanceKm: z.number().nonnegative(),
  note: z.string().max(500).optional(),
});
export type HelicopterAssignProps = z.infer<typeof helicopterAssignPropsSchema>;

export const helicopterReleasePropsSchema = z.object({ helicopterId: z.string().min(1), note: z.string().max(500).optional() });
export type HelicopterReleaseProps = z.infer<typeof helicopterReleasePropsSchema>;

export const dispatchKey = (helicopterId: string): string => `helicopter:${helicopterId}`;

/** The `ops:command` that assigns a helicopter; `id` (≥ 8 chars) comes from the client and dedupes retries. */
export function buildAssignCommand(id: string, props: HelicopterAssignProps, issuedAt: number): OpsCommand {
  const p = helicopterAssignPropsSchema.parse(props);
  return {
    id, stream: FOREST_STREAMS.dispatch, kind: ASSIGN_KIND, key: dispatchKey(p.helicopterId), op: 'upsert',
    geometry: { type: 'Point', coordinates: [p.fireAt[0], p.fireAt[1]] },
    props: { ...p }, issuedAt,
  };
}

/** The `ops:command` that releases a helicopter back to available. */
export function buildReleaseCommand(id: string, props: HelicopterReleaseProps, issuedAt: number): OpsCommand {
  const p = helicopterReleasePropsSchema.parse(props);
  return { id, stream: FOREST_STREAMS.dispatch, kind: RELEASE_KIND, key: dispatchKey(p.helicopterId), op: 'upsert', geometry: null, props: { ...p }, issuedAt };
}

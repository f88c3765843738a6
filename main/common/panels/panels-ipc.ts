/**
 * IPC of the area of interest and the impact summary (additive to ipc-contract.ts):
 * - `aoi:resolve` {spec} → ResolvedAoi: the area (region boundaries from the core's region index,
 *   buffers with turf), its km² and the sigungu it overlaps with their shares.
 * - `impact:summary` {spec} → ImpactSummary over the core's spatial index of the live store.
 * - event `impact:changed` {serial, streams}: live data changed (coalesced, ≤ 1 per second); an open
 *   impact view calls `impact:summary` again with its current area. Changing the area is a new call.
 * Publishing an AOI is `ops:submit` with `publishAoiCommand(...)` (aoi.ts); imports are `ops:submit`
 * of `importBatchCommands(...)` (panel-records.ts).
 */
import { z } from 'zod';
import { aoiSpecSchema, type AoiSpec } from './aoi.js';

export interface AoiResolveArgs {
  spec: AoiSpec;
}
export const aoiResolveArgsSchema: z.ZodType<AoiResolveArgs> = z.object({ spec: aoiSpecSchema }).strict();

export interface ImpactSummaryArgs {
  spec: AoiSpec;
}
export const impactSummaryArgsSchema: z.ZodType<ImpactSummaryArgs> = z.object({ spec: aoiSpecSchema }).strict();

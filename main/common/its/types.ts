/**
 * ITS traffic domain: the shapes of links, nodes, and the `props` of the ITS streams
 * (`its.traffic`, `its.events`, `its.cctv`, `its.vms`, `its.hazards`, `ops.closures`, `ops.detours`).
 * Adapters produce these props; the client store and the renderer validate with the same schemas.
 */
import { z } from 'zod';
import { CONGESTION_CLASSES } from './congestion.js';

/** Stream names of the ITS domain. */
export const ITS_STREAMS = {
  traffic: 'its.traffic',
  events: 'its.events',
  cctv: 'its.cctv',
  vms: 'its.vms',
  hazards: 'its.hazards',
  closures: 'ops.closures',
  detours: 'ops.detours',
} as const;

export const linkDirSchema = z.enum(['F', 'B']);

/** Properties of a road link (schematic network or imported MOCT_LINK). */
export const itsLinkSchema = z.object({
  linkId: z.string().min(1),
  /** Route number for the schematic network; null for imported links without one. */
  route: z.number().int().nullable().optional(),
  roadName: z.string(),
  roadNameEn: z.string().optional(),
  dir: linkDirSchema.optional(),
  lanes: z.number().int().min(1).max(16),
  freeFlowKmh: z.number().positive().max(200),
  lengthM: z.number().nonnegative(),
  fromNode: z.string().min(1),
  toNode: z.string().min(1),
  /** Sigungu (Interior code) under the link's midpoint, for filtering by region; null over the sea. */
  sigunguCode: z.string().nullable().optional(),
  /** MOCT ROAD_RANK (101 expressway, 102 urban expressway, 103 national road ...), when imported. */
  roadRank: z.string().optional(),
});
export type ItsLink = z.infer<typeof itsLinkSchema>;

/** A road node. */
export const itsNodeSchema = z.object({
  id: z.string().min(1),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  kind: z.enum(['junction', 'waypoint', 'break', 'node']),
  name: z.string().optional(),
});
export type ItsNode = z.infer<typeof itsNodeSchema>;

export const congestionClassSchema = z.enum(CONGESTION_CLASSES);

/** `its.traffic` props: one link's current speed (key = linkId). */
export const trafficPropsSchema = z.object({
  linkId: z.string().min(1),
  speedKmh: z.number().nonnegative(),
  travelTimeS: z.number().nonnegative().nullable(),
  /** Needs the link's free-flow speed; null when the link is not in the loaded network. */
  congestion: congestionClassSchema.nullable(),
  roadName: z.string().nullable(),
  /** ITS roadDrcType (direction code as given, e.g. "1"/"2"/"0"). */
  roadDrcType: z.string().nullable(),
  startNodeId: z.string().nullable(),
  endNodeId: z.string().nullable(),
});
export type TrafficProps = z.infer<typeof trafficPropsSchema>;

/** Incident kinds, from ITS eventType acc / cor / wea / dis; ete (기타돌발) and etc (기타) are `other`. */
export const INCIDENT_KINDS = ['accident', 'construction', 'weather', 'disaster', 'other'] as const;
export const incidentKindSchema = z.enum(INCIDENT_KINDS);
export type IncidentKind = z.infer<typeof incidentKindSchema>;

/** lanesBlockType: 0 none, 1 shoulder, 2 partial, 3 full closure. */
export const LANES_BLOCK = ['none', 'shoulder', 'partial', 'full'] as const;
export const lanesBlockSchema = z.enum(LANES_BLOCK);

/** `its.events` props: one incident (key = event id). */
export const incidentPropsSchema = z.object({
  kind: incidentKindSchema,
  /** eventType as sent (acc, cor, ... or 사고, 공사 ...). */
  eventType: z.string(),
  eventDetailType: z.string().nullable(),
  type: z.string().nullable(),
  startTs: z.number().int(),
  endTs: z.number().int().nullable(),
  linkId: z.string().nullable(),
  roadName: z.string().nullable(),
  roadNo: z.string().nullable(),
  roadDrcType: z.string().nullable(),
  lanesBlock: lanesBlockSchema,
  lanesBlocked: z.string().nullable(),
  message: z.string(),
});
export type IncidentProps = z.infer<typeof incidentPropsSchema>;

/** cctvtype 1 live HLS, 2 video file, 3 still image. */
export const CCTV_TYPES = { '1': 'live-hls', '2': 'video-file', '3': 'still' } as const;
export const cctvKindSchema = z.enum(['live-hls', 'video-file', 'still']);

/** `its.cctv` props: one camera (key = camera id derived from name and position). */
export const cctvPropsSchema = z.object({
  name: z.string().min(1),
  kind: cctvKindSchema,
  url: z.string().min(1),
  format: z.string().nullable(),
  resolution: z.string().nullable(),
  roadSectionId: z.string().nullable(),
  fileCreatedTs: z.number().int().nullable(),
});
export type CctvProps = z.infer<typeof cctvPropsSchema>;

/** `its.vms` props: a variable message sign and its current text (key = vmsId; geometry = the sign's point). */
export const vmsPropsSchema = z.object({
  vmsId: z.string().min(1),
  name: z.string(),
  /** What the sign shows now; lines separated by `\n`. Empty when the sign is blank. */
  text: z.string(),
  linkId: z.string().nullable(),
  roadName: z.string().nullable().optional(),
  /** When the text was set (UTC ms). */
  updatedTs: z.number().int().nullable().optional(),
});
export type VmsProps = z.infer<typeof vmsPropsSchema>;

/** Roadside hazard warnings: fog, ice (black ice, snow), road collapse (sinkhole, subsidence, landslip onto the road). */
export const HAZARD_KINDS = ['fog', 'ice', 'collapse'] as const;
export const hazardKindSchema = z.enum(HAZARD_KINDS);
export type HazardKind = z.infer<typeof hazardKindSchema>;

/** `its.hazards` props: one hazard warning on a stretch of road (key = hazardId; geometry = its point). */
export const hazardPropsSchema = z.object({
  hazardId: z.string().min(1),
  kind: hazardKindSchema,
  roadName: z.string().nullable(),
  linkId: z.string().nullable(),
  /** Warning text as issued. */
  message: z.string(),
  /** Visibility in metres, for fog; null otherwise or unknown. */
  visibilityM: z.number().nonnegative().nullable().optional(),
  startTs: z.number().int(),
  endTs: z.number().int().nullable(),
});
export type HazardProps = z.infer<typeof hazardPropsSchema>;

/** `ops.closures` props: links an operator (or an incident) closed (key = closure id). */
export const closurePropsSchema = z.object({
  closureId: z.string().min(1),
  linkIds: z.array(z.string().min(1)).min(1),
  reason: z.string(),
  /** Who closed it: `user:<name>` or `incident:<event key>`. */
  by: z.string().min(1),
  startTs: z.number().int(),
  endTs: z.number().int().nullable(),
});
export type ClosureProps = z.infer<typeof closurePropsSchema>;

/** One closed stretch's detour, or why there is none. */
export const stretchDetourSchema = z.discriminatedUnion('found', [
  z.object({
    found: z.literal(true),
    fromNode: z.string(),
    toNode: z.string(),
    closedLinkIds: z.array(z.string()).min(1),
    linkIds: z.array(z.string()).min(1),
    distanceM: z.number().nonnegative(),
    timeS: z.number().nonnegative(),
  }),
  z.object({
    found: z.literal(false),
    fromNode: z.string().nullable(),
    toNode: z.string().nullable(),
    closedLinkIds: z.array(z.string()),
    reason: z.string(),
  }),
]);
export type StretchDetour = z.infer<typeof stretchDetourSchema>;

/** `ops.detours` props: the detours computed for a closure, one per closed stretch (key = closure id). */
export const detourPropsSchema = z.object({
  closureId: z.string().min(1),
  /** Network the detour was computed on (`schematic` or `moct`), so clients with another network don't draw it wrongly. */
  network: z.string(),
  stretches: z.array(stretchDetourSchema).min(1),
});
export type DetourProps = z.infer<typeof detourPropsSchema>;

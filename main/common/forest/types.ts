/**
 * Forest-disaster domain: the `props` of the forest streams and the shapes the core computes with.
 * Adapters produce these props; the core and the renderer validate with the same schemas.
 *
 * Streams: `forest.detections` (one report of a fire: ranger, 119 call, smart app, satellite),
 * `forest.fires` (the Korea Forest Service's own fire list: status, containment, response stage),
 * `forest.landslide` (landslide forecast by sigungu), `forest.danger` (fire-danger index by sigungu),
 * `forest.helicopters` (positions and states), `ops.dispatch` (helicopter assignments).
 */
import { z } from 'zod';

export const FOREST_STREAMS = {
  detections: 'forest.detections',
  fires: 'forest.fires',
  landslide: 'forest.landslide',
  danger: 'forest.danger',
  helicopters: 'forest.helicopters',
  pests: 'forest.pests',
  dispatch: 'ops.dispatch',
} as const;

/** The four channels a fire is reported through, plus the Forest Service's own list. */
export const detectionChannelSchema = z.enum(['ranger', 'call119', 'app', 'satellite', 'kfs']);
export type DetectionChannel = z.infer<typeof detectionChannelSchema>;

const lon = z.number().min(124).max(132);
const lat = z.number().min(33).max(39);

/** A sigungu a record was resolved to (Interior 5-digit code, current names), or null when not resolved. */
export const forestRegionSchema = z.object({ code: z.string().regex(/^\d{5}$/), name: z.string().nullable(), sido: z.string().nullable() });
export type ForestRegion = z.infer<typeof forestRegionSchema>;

/** `props` of a `forest.detections` event (kind `detection.<channel>`). */
export const detectionPropsSchema = z.object({
  channel: detectionChannelSchema,
  lon,
  lat,
  /** Source time (satellite overpass, call time), UTC epoch ms. */
  detectedAt: z.number().int(),
  /** 0–100; satellites: MODIS percentage, VIIRS low/nominal/high mapped to 20/60/90 (see the FIRMS adapter). */
  confidence: z.number().min(0).max(100).nullable(),
  /** Satellite pixel footprint radius, m (half the along-scan size), used to buffer the fire area. */
  footprintM: z.number().positive().nullable().optional(),
  /** Fire radiative power, MW (satellites). */
  frpMw: z.number().nullable().optional(),
  /** e.g. "MODIS Aqua", "VIIRS N20", "119 종합상황실". */
  sensor: z.string().nullable().optional(),
  /** The upstream record, as received, for the report card. */
  sourceRecord: z.record(z.string(), z.unknown()),
});
export type DetectionProps = z.infer<typeof detectionPropsSchema>;

/** Fire status from `frfrPrgrsStcdNm`; `unknown` keeps the raw name in `statusName`. */
export const fireStatusSchema = z.enum(['detected', 'burning', 'contained', 'extinguished', 'unknown']);
export type FireStatus = z.infer<typeof fireStatusSchema>;

/** `props` of a `forest.fires` event (kind `fire`), one Forest Service fire record version. */
export const kfsFirePropsSchema = z.object({
  frfrInfoId: z.string().min(1),
  channel: z.literal('kfs'),
  lon,
  lat,
  address: z.string().nullable(),
  ignitedAt: z.number().int(),
  status: fireStatusSchema,
  /** Upstream progress name, e.g. 진화중, 진화완료. */
  statusName: z.string().nullable(),
  statusCode: z.string().nullable(),
  /** Response stage name (e.g. 산불1단계) and code. */
  responseStage: z.string().nullable(),
  responseStageCode: z.string().nullable(),
  containmentPct: z.number().min(0).max(100).nullable(),
  lgdngCd: z.string().regex(/^\d{10}$/),
  region: forestRegionSchema.nullable(),
  extinguishedAt: z.number().int().nullable(),
});
export type KfsFireProps = z.infer<typeof kfsFirePropsSchema>;

export const helicopterStateSchema = z.enum(['available', 'en-route', 'on-scene', 'refuelling']);
export type HelicopterState = z.infer<typeof helicopterStateSchema>;

/** A firefighting helicopter (`forest.helicopters`, kind `helicopter`). */
export const helicopterSchema = z.object({
  id: z.string().min(1),
  callsign: z.string().min(1),
  /** Operator, e.g. 산림청, 소방, 지자체 임차. */
  agency: z.string().nullable().optional(),
  lon,
  lat,
  state: helicopterStateSchema,
  /** Cruise speed, km/h (e.g. ~230 km/h for a Ka-32, ~260 km/h for an S-64). */
  cruiseKmh: z.number().positive().max(400),
  /** Time from an order to wheels up, minutes. */
  spinUpMin: z.number().nonnegative().max(120),
  /** Water or retardant per drop, litres. */
  tankL: z.number().nonnegative().nullable().optional(),
  /** Fire it is assigned to, when en route or on scene. */
  assignedFireKey: z.string().nullable().optional(),
  updatedAt: z.number().int(),
});
export type Helicopter = z.infer<typeof helicopterSchema>;

export const landslideLevelSchema = z.enum(['caution', 'warning']);
export type LandslideLevel = z.infer<typeof landslideLevelSchema>;

/** `props` of a `forest.landslide` event (kind `landslide.forecast`). */
export const landslideForecastSchema = z.object({
  level: landslideLevelSchema,
  /** Upstream level name, e.g. 주의보, 경보. */
  levelName: z.string(),
  sigunguName: z.string(),
  region: forestRegionSchema,
  analysedAt: z.number().int(),
});
export type LandslideForecast = z.infer<typeof landslideForecastSchema>;

/** `props` of a `forest.danger` event (kind `danger.index`): the fire-danger index, 0–100. */
export const dangerIndexSchema = z.object({
  region: forestRegionSchema,
  analysedAt: z.number().int(),
  mean: z.number().min(0).max(100),
  max: z.number().min(0).max(100),
  min: z.number().min(0).max(100),
  /** Forecast for the next days: d1 = tomorrow … d4; null where not given. */
  days: z.array(z.number().min(0).max(100).nullable()).length(4),
});
export type DangerIndex = z.infer<typeof dangerIndexSchema>;

/** `props` of a `forest.pests` event (kind `pest.zone`): a pest-control zone (geometry on the event). */
export const pestZoneSchema = z.object({
  zoneId: z.string().min(1),
  /** e.g. 소나무재선충병 (pine wilt disease), 참나무시들음병 (oak wilt). */
  pest: z.string().min(1),
  region: forestRegionSchema.nullable(),
  /** Control measure, e.g. 벌채, 훈증, 나무주사. */
  measure: z.string().nullable(),
  areaHa: z.number().nonnegative().nullable(),
  demo: z.boolean(),
});
export type PestZone = z.infer<typeof pestZoneSchema>;

/** Forest stand fuel classes (Integrated Forest Management System: 침엽수, 활엽수, 혼효림). */
export const fuelClassSchema = z.enum(['conifer', 'broadleaf', 'mixed']);
export type FuelClass = z.infer<typeof fuelClassSchema>;

/** `properties` of a forest stand polygon (Integrated Forest Management System 임상도, or demo data). */
export const forestStandSchema = z.object({
  standId: z.string().min(1),
  fuel: fuelClassSchema,
  /** Management zone (e.g. 경영계획구 name), when known. */
  zone: z.string().nullable().optional(),
  /** True for generated demo stands; the UI marks them. */
  demo: z.boolean(),
});
export type ForestStand = z.infer<typeof forestStandSchema>;

/**
 * The NDMS invokes the renderer calls: the alert list with target areas and adults
 * (`ndms:alerts`), a draft's preview (`ndms:draft-preview`), sending a draft (`ndms:alert-send`) and
 * the damage / recovery summary per sigungu (`ndms:damage-summary`). Region geometry, the 2022 roll
 * and CAP building stay in the core; the renderer draws what comes back.
 */
import { z } from 'zod';
import type { MultiPolygon } from 'geojson';
import type { EventStatus } from '../events.js';
import { ALERT_LEVELS, type AlertLevel, type Severity } from './alerts.js';
import { capCategorySchema } from './cap-model.js';

/** How the channel counts a message: Unicode characters or EUC-KR bytes. */
export const lengthModeSchema = z.enum(['chars', 'euc-kr-bytes']);
export type AlertLengthMode = z.infer<typeof lengthModeSchema>;

/** Settings keys (in `settings.layout`) holding the channel's length rule. */
export const ALERT_LENGTH_SETTINGS = { mode: 'ndms.alertLengthMode', max: 'ndms.alertMaxLength' } as const;
/** Default: 90 characters, the cell-broadcast limit Korean senders write to. */
export const DEFAULT_ALERT_LENGTH = { mode: 'chars' as AlertLengthMode, max: 90 };

/** A picked region: a province (2-digit Interior code) or a sigungu (5-digit). */
export const pickedRegionSchema = z.object({ level: z.enum(['sido', 'sigungu']), code: z.string().regex(/^\d{2}(\d{3})?$/) }).strict();
export type PickedRegion = z.infer<typeof pickedRegionSchema>;

const lonLat = z.tuple([z.number().finite().min(-180).max(180), z.number().finite().min(-90).max(90)]);
/** A drawn area: one closed ring of [lon, lat], at most 200 points. */
const ringSchema = z.array(lonLat).min(4).max(200);

const textsSchema = z.object({ ko: z.string().max(2000), en: z.string().max(2000).optional(), zh: z.string().max(2000).optional() }).strict();

/** `ndms:draft-preview`: what a draft reaches and how long its texts are as the channel counts them. */
export const draftPreviewArgsSchema = z.object({ regions: z.array(pickedRegionSchema).max(300), polygon: ringSchema.optional(), texts: textsSchema }).strict();
export type DraftPreviewArgs = z.infer<typeof draftPreviewArgsSchema>;

export interface TextLength {
  length: number;
  /** Characters EUC-KR cannot carry (byte mode only). */
  unencodable: string[];
}

export interface DraftPreview {
  regions: AlertRegionView[];
  /** Adults on the 2022 roll inside the area (rounded for a drawn area). */
  adults2022: number;
  method: 'regions' | 'area-weighted' | 'none';
  /** The area, simplified for drawing. */
  geometry: MultiPolygon | null;
  lengths: { ko: TextLength; en: TextLength | null; zh: TextLength | null };
  mode: AlertLengthMode;
  maxLength: number;
}

/** `ndms:alert-send`: the draft as the screen holds it; the core adds id, user, sender and time. */
export const alertSendArgsSchema = z
  .object({
    level: z.enum(ALERT_LEVELS),
    disasterType: z.string().trim().min(1).max(40),
    eventCode: z.string().regex(/^[A-Z0-9]{2,5}$/),
    category: capCategorySchema,
    texts: textsSchema,
    regions: z.array(pickedRegionSchema).max(300),
    polygon: ringSchema.optional(),
    /** Send as a CAP Update of this drafted alert (its list key, `draft:<id>`), which it supersedes. */
    supersedes: z.string().min(1).max(200).optional(),
  })
  .strict();
export type AlertSendArgs = z.infer<typeof alertSendArgsSchema>;

/**
 * `ndms:alert-send` result. `sent`: the hub logged it (seq in `ops.ndms`); `queued`: stored in the
 * outbox, the hub has not answered yet (it goes out when the hub is reachable); refused: by the core
 * (role, validation) or by the hub (its own role check).
 */
export type AlertSendResult = { ok: true; state: 'sent' | 'queued'; alertId: string; commandId: string; capXml: string } | { ok: false; reason: string };

/** `ndms:alert-cancel`: withdraws a drafted alert (supervisors only) with a required reason. */
export const alertCancelArgsSchema = z.object({ key: z.string().min(1).max(200), reason: z.string().trim().min(1).max(500) }).strict();
export type AlertCancelArgs = z.infer<typeof alertCancelArgsSchema>;

/** `ndms:alert-cancel` result, as for a send: the Cancel message's id and its CAP 1.2 document. */
export type AlertCancelResult = { ok: true; state: 'sent' | 'queued'; cancelId: string; commandId: string; capXml: string } | { ok: false; reason: string };

/**
 * Where a drafted alert stands: `active`; `cancelled` (withdrawn with a reason); `superseded` by an
 * Update (`replacedBy` is the update's key). Who and when are as the hub recorded them.
 */
export interface AlertLifecycle {
  state: 'active' | 'cancelled' | 'superseded';
  by: string | null;
  at: number | null;
  reason: string | null;
  replacedBy: string | null;
  /** The CAP Cancel document (cancelled alerts). */
  capXml: string | null;
}

export interface AlertRegionView {
  level: 'sido' | 'sigungu';
  code: string;
  name: string;
  nameEn: string;
  sidoName: string;
}

/** One alert as the list and the map show it. */
export interface AlertSummary {
  key: string;
  status: EventStatus;
  ts: number;
  origin: 'dssp' | 'cap' | 'draft';
  level: AlertLevel | null;
  severity: Severity;
  disasterType: string | null;
  /** The Korean text (plain text: render it as text, never as HTML). */
  message: string;
  /** Every language version (CAP and drafts), Korean first. */
  texts: Array<{ language: string; text: string }>;
  regions: AlertRegionView[];
  /** Region parts that did not resolve (shown, never guessed). */
  unresolved: string[];
  adults2022: number;
  method: 'regions' | 'area-weighted' | 'none';
  /** The target area, simplified for drawing (null: nothing to draw). */
  geometry: MultiPolygon | null;
  /** The sending user of a drafted alert (as the hub recorded it). */
  sentBy: string | null;
  /** A drafted alert's CAP 1.2 document. */
  capXml: string | null;
  /** Korean-profile event code (drafts), so an Update can start from the same type. */
  eventCode: string | null;
  /** A drafted alert's drawn area as sent: one closed ring of [lon, lat]. */
  polygon: Array<[number, number]> | null;
  /** CAP msgType of a drafted alert (`Update` supersedes `supersedes`). */
  msgType: 'Alert' | 'Update' | null;
  supersedes: string | null;
  /** Cancelled or superseded (drafted alerts; always active for received ones). */
  lifecycle: AlertLifecycle;
}

export interface AlertListResult {
  alerts: AlertSummary[];
}

/** `ndms:damage-summary`: damage reports summed per sigungu, with each region's recovery status. */
export interface DamageRegionView {
  sigunguCode: string;
  name: string;
  sidoName: string;
  count: number;
  amountKrw: number;
  recovery: 'none' | 'in-progress' | 'done';
  recoveredShare: number;
  demo: boolean;
}

export interface DamageSummaryResult {
  regions: DamageRegionView[];
  unplaced: number;
}

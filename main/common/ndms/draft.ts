/**
 * A drafted disaster text alert (supervisor role): regions picked or an area drawn, the step, the
 * type, Korean text with optional English and Chinese versions. Sending records it as an
 * `ops.ndms` event (kind `alert.send`) carrying the draft and its CAP 1.2 document.
 */
import { z } from 'zod';
import { eventStatusSchema } from '../events.js';
import { ALERT_LEVELS, resolvedRegionSchema } from './alerts.js';
import { capCategorySchema } from './cap-model.js';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const alertDraftSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9._:-]{8,128}$/, 'id: 8–128 of A–Z a–z 0–9 . _ : -'),
    /** Sending organisation (CAP sender), e.g. "mois.go.kr". */
    sender: z.string().min(1).max(128),
    /** The user who sends it. */
    user: z.string().min(1).max(64),
    sentMs: z.number().int(),
    status: eventStatusSchema,
    level: z.enum(ALERT_LEVELS),
    /** Disaster type in Korean (CAP `event`), e.g. "호우". */
    disasterType: z.string().min(1).max(40),
    /** Korean profile event code (HRA, HRW, EQW ...). */
    eventCode: z.string().regex(/^[A-Z0-9]{2,5}$/),
    category: capCategorySchema,
    texts: z.object({ ko: z.string().trim().min(1), en: z.string().optional(), zh: z.string().optional() }),
    regions: z.array(resolvedRegionSchema),
    /** A drawn area: one closed ring of [lon, lat] (GeoJSON order). */
    polygon: z.array(lonLat).min(4).optional(),
  })
  .refine((d) => d.regions.length > 0 || d.polygon !== undefined, 'pick at least one region or draw an area')
  .refine((d) => !d.polygon || (d.polygon[0]![0] === d.polygon.at(-1)![0] && d.polygon[0]![1] === d.polygon.at(-1)![1]), 'the drawn area must be a closed ring');
export type AlertDraft = z.infer<typeof alertDraftSchema>;

/** Who may do what with alerts: only supervisors draft and send. */
export type NdmsRole = 'viewer' | 'operator' | 'supervisor';
export const canDraftAlerts = (role: NdmsRole): boolean => role === 'supervisor';

export const ALERT_SEND_KIND = 'alert.send';

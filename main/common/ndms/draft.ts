/**
 * A drafted disaster text alert (supervisor role): regions picked or an area drawn, the step, the
 * type, Korean text with optional English and Chinese versions. Sending records it as an
 * `ops.ndms` event (kind `alert.send`) carrying the draft and its CAP 1.2 document.
 */
import { z } from 'zod';
import { eventStatusSchema } from '../events.js';
import { ALERT_LEVELS, resolvedRegionSchema } from './alerts.js';
import { capCategorySchema } from './cap-model.js';

/** One earlier message as CAP `references` names it: sender, identifier and sent (CAP date-time). */
export const capReferenceSchema = z.object({ sender: z.string().regex(/^[^\s,<&]+$/), identifier: z.string().regex(/^[^\s,<&]+$/), sent: z.string().min(1).max(40) });
export type CapReference = z.infer<typeof capReferenceSchema>;

/** CAP 1.2 `references`: "sender,identifier,sent" triples separated by spaces. */
export const capReferencesText = (refs: readonly CapReference[]): string => refs.map((r) => `${r.sender},${r.identifier},${r.sent}`).join(' ');

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
    /** CAP msgType: `Update` when this draft supersedes an earlier drafted alert (absent: `Alert`). */
    msgType: z.enum(['Alert', 'Update']).optional(),
    /** CAP `references`: the earlier messages this one refers to, oldest first. */
    references: z.array(capReferenceSchema).max(50).optional(),
    /** The list key (`draft:<id>`) of the alert an Update supersedes. */
    supersedes: z.string().min(1).max(200).optional(),
  })
  .refine((d) => d.msgType !== 'Update' || (d.supersedes !== undefined && (d.references?.length ?? 0) > 0), 'an Update names the alert it supersedes and its references')
  .refine((d) => d.regions.length > 0 || d.polygon !== undefined, 'pick at least one region or draw an area')
  .refine((d) => !d.polygon || (d.polygon[0]![0] === d.polygon.at(-1)![0] && d.polygon[0]![1] === d.polygon.at(-1)![1]), 'the drawn area must be a closed ring');
export type AlertDraft = z.infer<typeof alertDraftSchema>;

/** Who may do what with alerts: only supervisors draft and send. */
export type NdmsRole = 'viewer' | 'operator' | 'supervisor';
export const canDraftAlerts = (role: NdmsRole): boolean => role === 'supervisor';

export const ALERT_SEND_KIND = 'alert.send';
/** A drafted alert that supersedes an earlier one (its props are an `alert.send`'s, the draft an Update). */
export const ALERT_UPDATE_KIND = 'alert.update';
/** Withdraws a drafted alert: key `cancel:<alert id>`, props {@link AlertCancel} plus the CAP document. */
export const ALERT_CANCEL_KIND = 'alert.cancel';

/** What a cancel records: the alert it withdraws, why, who, when, and the Cancel message's own identity. */
export const alertCancelSchema = z
  .object({
    /** The list key of the cancelled alert (`draft:<id>`). */
    alertKey: z.string().min(1).max(200),
    /** Identifier of the CAP Cancel message itself (a new one, as CAP requires). */
    id: z.string().regex(/^[A-Za-z0-9._:-]{8,128}$/),
    sender: z.string().min(1).max(128),
    user: z.string().min(1).max(64),
    sentMs: z.number().int(),
    reason: z.string().trim().min(1, 'a reason is required').max(500),
    references: z.array(capReferenceSchema).min(1).max(50),
  })
  .strict();
export type AlertCancel = z.infer<typeof alertCancelSchema>;

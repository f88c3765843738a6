/**
 * The CAP 1.2 subset the system reads and writes (OASIS CAP 1.2, ITU-T X.1303), as zod schemas.
 * Coordinates stay in CAP order here ("lat,lon"); conversion to GeoJSON happens where geometry is built.
 * The Korean profile (TTAS.KO-07.0046/R5): `<code>대한민국정부1.1</code>`, `ko-KR` info blocks,
 * eventCode valueName "TTAS.KO-07.0046/R5 재난 종류 코드", geocode valueName "행정구역코드" (10 digits).
 */
import { z } from 'zod';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
export const KOREAN_PROFILE_CODE = '대한민국정부1.1';
export const KOREAN_EVENT_CODE_NAME = 'TTAS.KO-07.0046/R5 재난 종류 코드';
export const KOREAN_GEOCODE_NAME = '행정구역코드';

export const capStatusSchema = z.enum(['Actual', 'Exercise', 'System', 'Test', 'Draft']);
export const capMsgTypeSchema = z.enum(['Alert', 'Update', 'Cancel', 'Ack', 'Error']);
export const capScopeSchema = z.enum(['Public', 'Restricted', 'Private']);
export const capCategorySchema = z.enum(['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other']);
export const capUrgencySchema = z.enum(['Immediate', 'Expected', 'Future', 'Past', 'Unknown']);
export const capSeveritySchema = z.enum(['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown']);
export const capCertaintySchema = z.enum(['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown']);
export type CapSeverity = z.infer<typeof capSeveritySchema>;
export type CapStatus = z.infer<typeof capStatusSchema>;

/** CAP date-time: "2026-08-27T15:30:00+09:00" (an explicit offset is required by the schema). */
export const CAP_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([-+])(\d{2}):(\d{2})$/;

const valuePair = z.object({ valueName: z.string().min(1), value: z.string() });
export type CapValuePair = z.infer<typeof valuePair>;

/** A point in CAP order. */
export const capPointSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
export type CapPoint = z.infer<typeof capPointSchema>;

export const capAreaSchema = z.object({
  areaDesc: z.string().min(1),
  /** Each a closed ring of at least four points (first = last), as CAP requires. */
  polygon: z.array(z.array(capPointSchema).min(4)),
  circle: z.array(z.object({ center: capPointSchema, radiusKm: z.number().nonnegative() })),
  geocode: z.array(valuePair),
});
export type CapArea = z.infer<typeof capAreaSchema>;

export const capInfoSchema = z.object({
  language: z.string().min(1),
  category: z.array(capCategorySchema).min(1),
  event: z.string().min(1),
  urgency: capUrgencySchema,
  severity: capSeveritySchema,
  certainty: capCertaintySchema,
  eventCode: z.array(valuePair),
  senderName: z.string().optional(),
  headline: z.string().optional(),
  description: z.string().optional(),
  instruction: z.string().optional(),
  area: z.array(capAreaSchema),
});
export type CapInfo = z.infer<typeof capInfoSchema>;

export const capAlertSchema = z.object({
  identifier: z.string().min(1),
  sender: z.string().min(1),
  /** As written, with its offset. */
  sent: z.string().regex(CAP_DATETIME),
  status: capStatusSchema,
  msgType: capMsgTypeSchema,
  scope: capScopeSchema,
  code: z.array(z.string()),
  note: z.string().optional(),
  references: z.string().optional(),
  info: z.array(capInfoSchema),
});
export type CapAlert = z.infer<typeof capAlertSchema>;

/** CAP date-time → UTC epoch ms, or null when malformed or out of range. */
export function capTimeToMs(s: string): number | null {
  const m = CAP_DATETIME.exec(s.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, se, sign, oh, om] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!, m[7]!, +m[8]!, +m[9]!];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59 || oh > 14 || om > 59) return null;
  const local = Date.UTC(y, mo - 1, d, h, mi, se);
  if (new Date(local).getUTCDate() !== d) return null;
  const offset = (oh * 60 + om) * 60_000 * (sign === '-' ? -1 : 1);
  return local - offset;
}

/** UTC epoch ms → CAP date-time in KST ("…+09:00"), the way Korean senders write it. */
export function msToCapTimeKst(t: number): string {
  const d = new Date(t + 9 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}+09:00`;
}

/**
 * Props of the NDMS hazard and resource streams: `ndms.quakes` (KMA earthquake messages),
 * `ndms.typhoons` (KMA typhoon bulletins), `ndms.shelters` (public shelter standard data) and
 * `ndms.damage` (damage reports). Names match what the renderer's layers read.
 */
import { z } from 'zod';

export const quakePropsSchema = z.object({
  magnitude: z.number().min(0).max(10),
  depthKm: z.number().min(0).max(700).nullable(),
  loc: z.string(),
  /** KMA intensity text ("최대진도 Ⅳ(경북)"), when given. */
  intensity: z.string().nullable(),
  /** KMA notice type (fcTp): 2 overseas, 3 domestic, 5/11/12/13/14 early warning and updates. */
  noticeType: z.number().int(),
  domestic: z.boolean(),
  remark: z.string().nullable(),
  image: z.string().nullable(),
  seq: z.number().int().nullable(),
});
export type QuakeProps = z.infer<typeof quakePropsSchema>;

export const typhoonPropsSchema = z.object({
  number: z.number().int().min(1).max(99),
  year: z.number().int(),
  name: z.string(),
  nameEn: z.string().nullable(),
  pressureHpa: z.number().min(850).max(1030).nullable(),
  windMs: z.number().min(0).max(120).nullable(),
  radius15Km: z.number().min(0).max(2000).nullable(),
  radius25Km: z.number().min(0).max(2000).nullable(),
  /** Direction of movement as sent (e.g. "NNE", "북북동"). */
  direction: z.string().nullable(),
  speedKmh: z.number().min(0).max(200).nullable(),
  locText: z.string().nullable(),
  /** Bulletin time (UTC ms). */
  issuedAt: z.number().int(),
});
export type TyphoonProps = z.infer<typeof typhoonPropsSchema>;

export const shelterPropsSchema = z.object({
  name: z.string().min(1),
  address: z.string().nullable(),
  typeCode: z.string().nullable(),
  typeName: z.string().nullable(),
  /** Not in the standard data; filled in by operators or demo data. */
  capacity: z.number().int().nonnegative().nullable(),
  occupancy: z.number().int().nonnegative(),
  open: z.boolean(),
  demo: z.boolean(),
});
export type ShelterProps = z.infer<typeof shelterPropsSchema>;

export const DAMAGE_CATEGORIES = ['flooding', 'landslide', 'building', 'road', 'bridge', 'power', 'agriculture', 'casualty', 'other'] as const;

export const damagePropsSchema = z.object({
  category: z.enum(DAMAGE_CATEGORIES),
  description: z.string(),
  /** Estimated amount in KRW. */
  amountKrw: z.number().nonnegative().nullable(),
  /** 5-digit sigungu or 10-digit 행정구역코드; null to place by the point. */
  sigunguCode: z.string().regex(/^\d{5}(\d{5})?$/).nullable(),
  recovery: z.enum(['none', 'in-progress', 'done']),
  demo: z.boolean(),
});
export type DamageProps = z.infer<typeof damagePropsSchema>;

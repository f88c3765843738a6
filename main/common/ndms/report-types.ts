/**
 * Situation reports (`ndms.reports`): the ten critical types the national situation-propagation
 * system carries, with labels and default severities, and the operator commands on them
 * (`ops.ndms`, kinds `report.ack`, `report.resolve`, `report.escalate`).
 */
import { z } from 'zod';
import type { Severity } from './alerts.js';

/** The ten critical types. Flood forecasts carry their centre in `props.floodCentre`. */
export const REPORT_TYPES = ['typhoon', 'heavy-rain', 'heavy-snow', 'special-weather', 'earthquake', 'tsunami', 'forest-fire', 'flood-forecast', 'fire-rescue', 'fire-severity'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export interface ReportTypeInfo {
  ko: string;
  en: string;
  /** Severity when the report does not say. */
  defaultSeverity: Severity;
}

export const REPORT_TYPE_INFO: Readonly<Record<ReportType, ReportTypeInfo>> = {
  typhoon: { ko: '태풍', en: 'Typhoon', defaultSeverity: 'severe' },
  'heavy-rain': { ko: '호우', en: 'Heavy rain', defaultSeverity: 'severe' },
  'heavy-snow': { ko: '대설', en: 'Heavy snow', defaultSeverity: 'severe' },
  'special-weather': { ko: '기타 기상특보', en: 'Other special weather report', defaultSeverity: 'moderate' },
  earthquake: { ko: '지진', en: 'Earthquake', defaultSeverity: 'severe' },
  tsunami: { ko: '지진해일', en: 'Tsunami', defaultSeverity: 'extreme' },
  'forest-fire': { ko: '산불', en: 'Forest fire', defaultSeverity: 'severe' },
  'flood-forecast': { ko: '홍수예보', en: 'Flood forecast', defaultSeverity: 'severe' },
  'fire-rescue': { ko: '소방 구조·구급', en: 'Fire-agency rescue', defaultSeverity: 'severe' },
  'fire-severity': { ko: '화재 대응단계', en: 'Fire response level', defaultSeverity: 'severe' },
};

/** The four river flood control centres issuing flood forecasts. */
export const FLOOD_CENTRES = {
  han: { ko: '한강홍수통제소', en: 'Han River Flood Control Office' },
  nakdong: { ko: '낙동강홍수통제소', en: 'Nakdong River Flood Control Office' },
  geum: { ko: '금강홍수통제소', en: 'Geum River Flood Control Office' },
  yeongsan: { ko: '영산강홍수통제소', en: 'Yeongsan River Flood Control Office' },
} as const;
export type FloodCentre = keyof typeof FLOOD_CENTRES;

export function isReportType(s: string): s is ReportType {
  return (REPORT_TYPES as readonly string[]).includes(s);
}

/** The stream and kinds of operator commands on reports. */
export const REPORT_OPS = { stream: 'ops.ndms', ack: 'report.ack', resolve: 'report.resolve', escalate: 'report.escalate' } as const;

/** Props of `report.ack` / `report.resolve` / `report.escalate` commands. */
export const reportOpPropsSchema = z.object({
  reportKey: z.string().min(1),
  user: z.string().min(1),
  note: z.string().max(2000),
  /** Recipients of an escalation (role or user names). */
  to: z.array(z.string()).optional(),
});
export type ReportOpProps = z.infer<typeof reportOpPropsSchema>;

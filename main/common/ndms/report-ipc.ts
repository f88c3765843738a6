/**
 * IPC payloads of the situation-report channels (`ndms:reports`, `ndms:report-audit`): the core
 * replays the local store's event log and answers with the reduced list or one report's trail.
 */
import { z } from 'zod';
import type { EventStatus } from '../events.js';
import type { SignatureCheck } from '../gcma/signature-check.js';
import type { ReportItem } from './reports.js';

/** Escalation delay when the settings do not say (5 minutes). */
export const DEFAULT_ESCALATE_AFTER_MIN = 5;

/** `ndms:reports` result: every report (any order) with state and history. */
export interface ReportsView {
  items: ReportItem[];
  /** Operator steps in the log that the workflow refused (e.g. a second acknowledgement). */
  refusals: string[];
  /** The escalation delay this core applies (from the settings). */
  escalateAfterMs: number;
}

/** One logged event about a report, as the audit trail lists it. */
export interface ReportAuditEntry {
  stream: string;
  seq: number;
  /** Event id (for an operator step: the command id). */
  id: string;
  kind: string;
  op: 'upsert' | 'remove';
  /** Source time (for an operator step: when it was issued). */
  ts: number;
  /** Hub time. */
  receivedAt: number;
  status: EventStatus;
  /** The user the hub stamped on an operator step; null for report versions. */
  user: string | null;
  role: string | null;
  note: string | null;
  severity: string | null;
  source: string;
  /** Why the workflow did not apply this step; null when applied. */
  refused: string | null;
  /** An operator step's signature check on this workstation (absent for report versions). */
  check?: SignatureCheck;
}

export const reportAuditArgsSchema = z.object({ key: z.string().min(1).max(256) }).strict();
export type ReportAuditArgs = z.infer<typeof reportAuditArgsSchema>;

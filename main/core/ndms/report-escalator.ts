/**
 * Escalation timer: every few seconds, unacknowledged critical reports open longer than the configured
 * delay are escalated to supervisors with `report.escalate` through the outbox.
 *
 * Where it runs and why it fires once: it runs in the core of every workstation whose user may issue
 * operator actions (operators and supervisors; not viewers, whom the hub would refuse), so escalation
 * happens while any staffed workstation is up, with no extra service on the hub. Each escalation's
 * command id is derived from the report key and the start of its current opening, so every workstation
 * computes the same id; the hub deduplicates command ids (its `ops_commands` table), so the log holds
 * one escalation per opening however many workstations raise it. A re-opened report (severity rose)
 * is a new opening and escalates again.
 */
import { createHash } from 'node:crypto';
import type { OpsSubmitArgs } from '../../common/live-sync.js';
import { dueEscalations } from '../../common/ndms/report-attention.js';
import { escalateCommand } from '../../common/ndms/reports.js';
import type { ReportItem } from '../../common/ndms/reports.js';

/** Recipients named on escalations: the supervisor role. */
export const ESCALATION_RECIPIENTS = ['supervisor'];

/** The command id of the escalation of one opening of one report: the same on every workstation. */
export function escalationId(reportKey: string, openedTs: number): string {
  return `esc-${createHash('sha256').update(`${reportKey}\u0000${openedTs}`).digest('hex').slice(0, 40)}`;
}

export interface EscalatorDeps {
  /** The current reports (replayed from the store); empty while no hub is connected. */
  reports(): readonly ReportItem[];
  /** Stores a command with a fixed id in the outbox; throws when there is no hub connection. */
  submit(args: OpsSubmitArgs, id: string): void;
  /** The escalation delay now (settings). */
  afterMs(): number;
  /** The workstation user's role as the hub reported it; null while unknown. */
  role(): 'viewer' | 'operator' | 'supervisor' | null;
  now?: () => number;
  /** Check period (default 5 s). */
  intervalMs?: number;
  log?: (msg: string) => void;
}

export interface Escalator {
  /** One check now (the timer calls it; tests call it directly). Returns the ids submitted. */
  check(): string[];
  stop(): void;
}

export function startEscalator(d: EscalatorDeps): Escalator {
  const now = d.now ?? Date.now;
  // Ids already handed to the outbox by this process (the outbox keeps them durably; this saves the work).
  const submitted = new Set<string>();
  const check = (): string[] => {
    if (d.role() === 'viewer') return [];
    const state = new Map(d.reports().map((i) => [i.key, i] as const));
    const out: string[] = [];
    for (const e of dueEscalations(state, now(), { afterMs: d.afterMs(), supervisors: ESCALATION_RECIPIENTS })) {
      const id = escalationId(e.reportKey, e.openedTs);
      if (submitted.has(id)) continue;
      const minutes = Math.round(e.ageMs / 60_000);
      try {
        d.submit(escalateCommand(e.reportKey, 'system', e.to, `unacknowledged for ${minutes} min (limit ${Math.round(d.afterMs() / 60_000)} min)`), id);
        submitted.add(id);
        out.push(id);
      } catch (err) {
        // Held already (submitted before a restart) counts as done; no hub: the next check retries.
        const msg = err instanceof Error ? err.message : String(err);
        if (/UNIQUE/i.test(msg)) submitted.add(id);
        else d.log?.(`escalation of ${e.reportKey} not submitted: ${msg}`);
      }
    }
    return out;
  };
  const timer = setInterval(() => {
    try {
      check();
    } catch (err) {
      d.log?.(`escalation check failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }, d.intervalMs ?? 5000);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}

/**
 * Situation-report IPC (`ndms:reports`, `ndms:report-audit`) and the escalation timer, over the store
 * of whichever hub the core is linked to.
 */
import type { Database } from 'better-sqlite3';
import type { InvokeHandlers } from '../../common/ipc-contract.js';
import type { OpsSubmitArgs } from '../../common/live-sync.js';
import { DEFAULT_ESCALATE_AFTER_MIN } from '../../common/ndms/report-ipc.js';
import { readReportAudit, readReports } from './report-log.js';
import { startEscalator, type Escalator } from './report-escalator.js';

export interface ReportCoreDeps {
  /** The current store's database (null while no hub is linked). */
  db(): Database | null;
  /** The escalation delay in minutes from the settings (undefined: the default). */
  escalateAfterMin(): number | undefined;
  submit(args: OpsSubmitArgs, id: string): void;
  role(): 'viewer' | 'operator' | 'supervisor' | null;
  log?: (msg: string) => void;
  /** Check period of the escalation timer (tests shorten it). */
  escalateCheckMs?: number;
}

export function createReportCore(d: ReportCoreDeps): { handlers: Pick<InvokeHandlers, 'ndms:reports' | 'ndms:report-audit'>; escalator: Escalator } {
  const afterMs = () => (d.escalateAfterMin() ?? DEFAULT_ESCALATE_AFTER_MIN) * 60_000;
  const escalator = startEscalator({
    reports: () => readReports(d.db(), afterMs()).items,
    submit: d.submit,
    afterMs,
    role: d.role,
    log: d.log,
    intervalMs: d.escalateCheckMs,
  });
  return {
    handlers: {
      'ndms:reports': async () => readReports(d.db(), afterMs()),
      'ndms:report-audit': async ({ key }) => readReportAudit(d.db(), key),
    },
    escalator,
  };
}

/**
 * Where each drafted alert stands: active, superseded by an Update, or cancelled. Folds the
 * `ops.ndms` drafted-alert events (`alert.send`, `alert.update`, `alert.cancel`) in hub order
 * (receivedAt, then seq). Rules:
 * - only an active drafted alert can be superseded or cancelled; a later step on an alert already
 *   superseded or cancelled changes nothing (two supervisors acting at once: the first logged wins);
 * - an Update or Cancel whose signature this workstation could not verify (`verified: false`), or
 *   that the hub stamped with a role other than supervisor, changes nothing and is listed as ignored;
 * - who and when are the hub's stamp (`props.user`, `receivedAt`), never the client's claim.
 * An Update is itself a drafted alert (active until superseded or cancelled in turn).
 */
import type { AlertLifecycle } from '../../common/ndms/alert-ipc.js';
import { ALERT_CANCEL_KIND, ALERT_SEND_KIND, ALERT_UPDATE_KIND, alertCancelSchema, alertDraftSchema } from '../../common/ndms/draft.js';
import { REPORT_OPS } from '../../common/ndms/report-types.js';

/** What a step needs from a stored feature (a LiveFeature fits). */
export interface AlertStepLike {
  stream: string;
  key: string;
  kind: string;
  seq: number;
  receivedAt: number;
  props: Record<string, unknown>;
}

export const ACTIVE: Readonly<AlertLifecycle> = { state: 'active', by: null, at: null, reason: null, replacedBy: null, capXml: null };

export interface AlertLifecycles {
  /** By drafted alert key; every drafted alert (send or update) has an entry. */
  states: Map<string, AlertLifecycle>;
  /** Steps that changed nothing, with why (oldest first). */
  ignored: Array<{ key: string; reason: string }>;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Why a step may not change an alert's state (null: it may). */
function untrusted(props: Record<string, unknown>): string | null {
  if (props['verified'] === false) return `signature not verified: ${str(props['verifyReason']) ?? 'unknown'}`;
  const role = props['role'];
  if (role !== undefined && role !== 'supervisor') return `sent by role ${String(role)}, not a supervisor`;
  return null;
}

export function alertLifecycles(features: readonly AlertStepLike[]): AlertLifecycles {
  const steps = features
    .filter((f) => f.stream === REPORT_OPS.stream && (f.kind === ALERT_SEND_KIND || f.kind === ALERT_UPDATE_KIND || f.kind === ALERT_CANCEL_KIND))
    .sort((a, b) => a.receivedAt - b.receivedAt || a.seq - b.seq);
  const states = new Map<string, AlertLifecycle>();
  // Drafted alerts first: a step may arrive before (or without) the alert it names.
  for (const f of steps) if (f.kind !== ALERT_CANCEL_KIND && alertDraftSchema.safeParse(f.props['draft']).success) states.set(f.key, { ...ACTIVE });
  const ignored: AlertLifecycles['ignored'] = [];
  const ignore = (key: string, reason: string) => ignored.push({ key, reason });
  for (const f of steps) {
    if (f.kind === ALERT_SEND_KIND) continue;
    let target: string;
    let next: AlertLifecycle;
    const by = str(f.props['user']);
    if (f.kind === ALERT_UPDATE_KIND) {
      const d = alertDraftSchema.safeParse(f.props['draft']);
      if (!d.success || !d.data.supersedes) {
        ignore(f.key, 'update without a valid draft naming the alert it supersedes');
        continue;
      }
      target = d.data.supersedes;
      next = { state: 'superseded', by, at: f.receivedAt, reason: null, replacedBy: f.key, capXml: null };
    } else {
      const c = alertCancelSchema.safeParse(f.props['cancel']);
      if (!c.success) {
        ignore(f.key, 'cancel without a valid reason and target');
        continue;
      }
      target = c.data.alertKey;
      next = { state: 'cancelled', by, at: f.receivedAt, reason: c.data.reason, replacedBy: null, capXml: str(f.props['capXml']) };
    }
    const why = untrusted(f.props);
    const current = states.get(target);
    if (why) ignore(f.key, why);
    else if (!current) ignore(f.key, `no drafted alert ${target}`);
    else if (current.state !== 'active') ignore(f.key, `alert ${target} is already ${current.state}`);
    else states.set(target, next);
  }
  return { states, ignored };
}

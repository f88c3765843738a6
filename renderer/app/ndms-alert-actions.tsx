/**
 * What happened to a drafted alert after it was sent, and what a supervisor can still do with it:
 * the 취소됨 / 갱신됨 mark (list line and card), who cancelled or updated it and when (and why, for a
 * cancel), links between an Update and the alert it replaced, and — for supervisors, on an active
 * alert drafted in this control room — "Update" (opens the draft prefilled, sending supersedes it)
 * and "Cancel" (a required reason, then `ndms:alert-cancel`). The core and the hub refuse anyone else.
 */
import { useState } from 'react';
import type { AlertCancelResult, AlertSummary } from '../../main/common/ndms/alert-ipc';
import { canDraftAlerts } from '../../main/common/ndms/draft';
import { alertUi } from '../domains/ndms/alert-ui-store';
import { kstShort } from './ndms-time';
import { useLive, useStores, useT } from './stores';

/** 취소됨 / 갱신됨 on a cancelled or superseded alert; nothing on an active one. */
export function AlertStateMark({ a }: { a: AlertSummary }) {
  const t = useT();
  const s = a.lifecycle.state;
  if (s === 'active') return null;
  return (
    <span className={`ndms-state ndms-state-${s}`} data-testid="ndms-alert-state" data-state={s}>
      {s === 'cancelled' ? t('ndmsAlerts.cancelled') : t('ndmsAlerts.superseded')}
    </span>
  );
}

/** Who cancelled or updated the alert, when, why; the way to the update or to the alert an update replaced. */
export function AlertLifecycleLine({ a }: { a: AlertSummary }) {
  const t = useT();
  const l = a.lifecycle;
  const when = l.at !== null ? `${kstShort(l.at)} KST` : '—';
  const go = (key: string) => alertUi.getState().select(key);
  return (
    <>
      {l.state === 'cancelled' && (
        <p className="ndms-lifecycle" data-testid="ndms-alert-cancelled">
          {t('ndmsAlerts.cancelledBy', { user: l.by ?? '—', time: when })}
          <span className="ndms-alert-text" data-testid="ndms-alert-cancel-reason">{l.reason ?? ''}</span>
        </p>
      )}
      {l.state === 'superseded' && (
        <p className="ndms-lifecycle" data-testid="ndms-alert-superseded">
          {t('ndmsAlerts.supersededBy', { user: l.by ?? '—', time: when })}{' '}
          {l.replacedBy && <button type="button" data-testid="ndms-alert-show-update" data-key={l.replacedBy} onClick={() => go(l.replacedBy!)}>{t('ndmsAlerts.showUpdate')}</button>}
        </p>
      )}
      {a.supersedes && (
        <p className="ndms-lifecycle" data-testid="ndms-alert-update-of">
          {t('ndmsAlerts.updateOf')}{' '}
          <button type="button" data-testid="ndms-alert-show-original" data-key={a.supersedes} onClick={() => go(a.supersedes!)}>{t('ndmsAlerts.showOriginal')}</button>
        </p>
      )}
    </>
  );
}

/** Update / Cancel for supervisors on an active drafted alert; the cancel asks for a reason first. */
export function AlertActions({ a }: { a: AlertSummary }) {
  const { api } = useStores();
  const t = useT();
  const role = useLive((s) => s.feeds?.user?.role ?? null);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AlertCancelResult | null>(null);
  if (role === null || !canDraftAlerts(role) || a.origin !== 'draft') return null;
  const sendCancel = () => {
    setBusy(true);
    setResult(null);
    api
      .invoke('ndms:alert-cancel', { key: a.key, reason: reason.trim() })
      .then(
        (r) => {
          setResult(r);
          if (r.ok) setCancelling(false);
        },
        (err: unknown) => setResult({ ok: false, reason: String(err) }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <div className="ndms-alert-actions">
      {a.lifecycle.state === 'active' && !cancelling && (
        <div className="ndms-row">
          <button type="button" data-testid="ndms-alert-update" onClick={() => alertUi.getState().startUpdate(a)}>{t('ndmsAlerts.update')}</button>
          <button type="button" data-testid="ndms-alert-cancel" onClick={() => setCancelling(true)}>{t('ndmsAlerts.cancel')}</button>
        </div>
      )}
      {cancelling && (
        <div className="ndms-cancel" data-testid="ndms-cancel-form">
          <label>
            {t('ndmsAlerts.cancelReason')}
            <textarea data-testid="ndms-cancel-reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="ndms-row">
            <button type="button" className="ndms-send" data-testid="ndms-cancel-send" disabled={busy || reason.trim() === ''} onClick={sendCancel}>{t('ndmsAlerts.cancelSend')}</button>
            <button type="button" data-testid="ndms-cancel-back" disabled={busy} onClick={() => setCancelling(false)}>{t('ndmsAlerts.back')}</button>
          </div>
        </div>
      )}
      {result && (
        <p className={`ndms-result${result.ok ? '' : ' error'}`} data-testid="ndms-cancel-result" data-ok={result.ok}>
          {result.ok ? t(result.state === 'sent' ? 'ndmsAlerts.cancelSent' : 'ndmsAlerts.cancelQueued', { id: result.cancelId }) : result.reason}
        </p>
      )}
    </div>
  );
}

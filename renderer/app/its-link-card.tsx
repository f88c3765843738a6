/**
 * The road link card: the clicked link's road, direction, lanes, current speed and congestion, and
 * the operator's "close this link" / "reopen" buttons (`ops:submit` to `ops.closures`; the detour
 * arrives as `ops.detours` through the hub, on every workstation). A closure whose signature this
 * workstation could not verify carries the GCMA "unverified" badge.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import { congestionClass } from '../../main/common/its/congestion';
import type { OpsSubmitArgs } from '../../main/common/live-sync';
import { closeCommand, closureOfLink, reopenCommand } from '../domains/its-traffic/closure-commands';
import { incidentClosureState } from '../domains/its-traffic/closed-links';
import { itsSelection, type SelectedLink } from '../state/its-selection';
import { useLive, useStores, useT } from './stores';
import { VerificationBadge } from './verification-badge';

export function ItsLinkCard() {
  const link = useStore(itsSelection, (s) => s.link);
  return link ? <ItsLinkCardView link={link} /> : null;
}

/** The card of one link (separate from the selection, so it renders on its own in tests). */
export function ItsLinkCardView({ link }: { link: SelectedLink }) {
  const { api } = useStores();
  const t = useT();
  const traffic = useLive((s) => s.streams['its.traffic']?.[link.linkId]);
  const closures = useLive((s) => s.streams['ops.closures']);
  const incidents = useLive((s) => s.streams['its.events']);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const speed = typeof traffic?.props['speedKmh'] === 'number' ? traffic.props['speedKmh'] : null;
  const cls = speed !== null && link.freeFlowKmh ? congestionClass(speed, link.freeFlowKmh) : null;
  const closure = closureOfLink(closures, link.linkId);
  const closingIncident = Object.values(incidents ?? {}).some((f) => incidentClosureState(f)?.id === link.linkId);
  const submit = (args: OpsSubmitArgs) => {
    setBusy(true);
    setError(null);
    api
      .invoke('ops:submit', args)
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setBusy(false));
  };
  return (
    <aside className="its-link-card" data-testid="its-link-card" data-link-id={link.linkId} data-closed={closure ? 'true' : 'false'}>
      <div className="card-head">
        <strong>{link.roadName}</strong>
        <button type="button" className="icon-button" aria-label={t('card.close')} onClick={() => itsSelection.getState().select(null)}>
          ×
        </button>
      </div>
      <dl>
        <dt>{t('its.link')}</dt>
        <dd>{link.linkId}</dd>
        <dt>{t('its.lanes')}</dt>
        <dd>{link.lanes ?? '?'}</dd>
        <dt>{t('its.speed')}</dt>
        <dd data-testid="its-link-speed">{speed === null ? t('its.noData') : `${speed} km/h${cls ? ` · ${t(`its.congestion.${cls}`)}` : ''}`}</dd>
      </dl>
      {closure && (
        <p data-testid="its-closed-by-operator">
          <VerificationBadge action={closure} flagOnly />
          {t('its.closedBy.operator')}
        </p>
      )}
      {closingIncident && <p data-testid="its-closed-by-incident">{t('its.closedBy.incident')}</p>}
      {closure ? (
        <button type="button" data-testid="its-reopen" disabled={busy} onClick={() => submit(reopenCommand(closure.key))}>
          {t('its.reopen')}
        </button>
      ) : (
        <button type="button" data-testid="its-close-link" disabled={busy} onClick={() => submit(closeCommand([link.linkId], 'user:local', Date.now(), `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`))}>
          {t('its.closeLink')}
        </button>
      )}
      {error && <p className="error">{error}</p>}
    </aside>
  );
}

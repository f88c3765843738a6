/**
 * Disaster text alerts: the list (newest first) and the selected alert's card — every language
 * version as plain text (React escapes it: an HTML or script payload in MSG_CN shows as characters),
 * the target regions, the adults on the 2022 roll inside the area, who sent a drafted alert, and its
 * CAP 1.2 document to save. Exercise and test alerts carry a marker on every line. Supervisors get
 * the button that opens the drafting screen; nobody else sees it (and the core and hub refuse them).
 * Cancelled and superseded drafted alerts are struck through and marked 취소됨 / 갱신됨; supervisors
 * update or cancel an active one from its card (ndms-alert-actions.tsx).
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { MapLayerMouseEvent } from 'maplibre-gl';
import type { AlertSummary, DamageSummaryResult } from '../../main/common/ndms/alert-ipc';
import { canDraftAlerts } from '../../main/common/ndms/draft';
import { alertUi } from '../domains/ndms/alert-ui-store';
import { pushAlertAreas } from '../domains/ndms/alert-areas';
import { applyRecovery } from '../domains/ndms/recovery';
import { getCurrentMap } from './map-access';
import { AlertActions, AlertLifecycleLine, AlertStateMark } from './ndms-alert-actions';
import { NdmsDraftPanel } from './ndms-draft-panel';
import { kstShort } from './ndms-time';
import { NdmsDamageSection } from './ndms-damage-section';
import { useLive, useStores, useT } from './stores';
import { VerificationBadge } from './verification-badge';
import './ndms-alerts.css';

export { kstShort };

function StatusMark({ status }: { status: string }) {
  const t = useT();
  if (status === 'actual') return null;
  return <span className={`ndms-mark ndms-mark-${status}`} data-testid="ndms-alert-mark">{status === 'test' ? t('ndmsAlerts.test') : t('ndmsAlerts.exercise')}</span>;
}

function regionsText(a: AlertSummary, max = 3): string {
  const names = a.regions.map((r) => (r.level === 'sido' ? r.name : `${r.sidoName} ${r.name}`));
  return names.length > max ? `${names.slice(0, max).join(', ')} +${names.length - max}` : names.join(', ');
}

function saveCap(a: AlertSummary, xml = a.capXml, suffix = ''): void {
  if (!xml) return;
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${a.key.replace(/[^A-Za-z0-9._-]/g, '_')}${suffix}.cap.xml`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function AlertCard({ a }: { a: AlertSummary }) {
  const t = useT();
  // A drafted alert is an operator's send (`ops.ndms`, same key): flagged when its signature did not verify here.
  const send = useLive((s) => (a.origin === 'draft' ? s.streams['ops.ndms']?.[a.key] : undefined));
  return (
    <div className={`ndms-alert-card ndms-life-${a.lifecycle.state}`} data-testid="ndms-alert-card" data-key={a.key} data-state={a.lifecycle.state}>
      <div className="ndms-alert-head">
        <span className={`ndms-level ndms-level-${a.severity}`}>{a.level ?? t('ndmsAlerts.noLevel')}</span>
        <strong>{a.disasterType ?? ''}</strong>
        <StatusMark status={a.status} />
        <AlertStateMark a={a} />
        <span className="ndms-time">{kstShort(a.ts)} KST</span>
      </div>
      <AlertLifecycleLine a={a} />
      {a.texts.map((x) => (
        <p key={x.language} className="ndms-alert-text" lang={x.language} data-testid="ndms-alert-message">{x.text}</p>
      ))}
      <dl>
        <dt>{t('ndmsAlerts.regions')}</dt>
        <dd data-testid="ndms-alert-regions">{a.regions.length ? a.regions.map((r) => (r.level === 'sido' ? r.name : `${r.sidoName} ${r.name}`)).join(', ') : t('ndmsAlerts.drawnArea')}</dd>
        {a.unresolved.length > 0 && (
          <>
            <dt>{t('ndmsAlerts.unresolved')}</dt>
            <dd>{a.unresolved.join(', ')}</dd>
          </>
        )}
        <dt>{t('ndmsAlerts.adults')}</dt>
        <dd data-testid="ndms-alert-adults" data-adults={a.adults2022}>
          {a.adults2022.toLocaleString('ko-KR')}
          {t('ndmsAlerts.people')}
          {a.method === 'area-weighted' && <span className="note">{t('ndmsAlerts.areaWeighted')}</span>}
        </dd>
        {a.sentBy && (
          <>
            <dt>{t('ndmsAlerts.sentBy')}</dt>
            <dd data-testid="ndms-alert-sender">
              {send && <VerificationBadge action={send} flagOnly />}
              {a.sentBy}
            </dd>
          </>
        )}
      </dl>
      {a.capXml && <button type="button" data-testid="ndms-alert-save-cap" onClick={() => saveCap(a)}>{t('ndmsAlerts.saveCap')}</button>}
      {a.lifecycle.capXml && <button type="button" data-testid="ndms-alert-save-cancel-cap" onClick={() => saveCap(a, a.lifecycle.capXml, '.cancel')}>{t('ndmsAlerts.saveCancelCap')}</button>}
      <AlertActions a={a} />
    </div>
  );
}

/** The alerts, newest first; a click selects (or unselects) one. */
export function AlertList({ alerts, selectedKey }: { alerts: readonly AlertSummary[]; selectedKey: string | null }) {
  return (
    <ul className="ndms-alert-list" data-testid="ndms-alert-list">
      {alerts.map((a) => (
        <li key={a.key}>
          <button type="button" className={`ndms-alert-item ndms-life-${a.lifecycle.state}${a.key === selectedKey ? ' selected' : ''}`} data-testid="ndms-alert-item" data-key={a.key} data-status={a.status} data-state={a.lifecycle.state} onClick={() => alertUi.getState().select(a.key === selectedKey ? null : a.key)}>
            <span className={`ndms-level ndms-level-${a.severity}`}>{a.level ?? '—'}</span>
            <StatusMark status={a.status} />
            <AlertStateMark a={a} />
            <span className="ndms-alert-line">{a.disasterType ?? ''} · {regionsText(a)}</span>
            <span className="ndms-time">{kstShort(a.ts)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function NdmsAlertsPanel() {
  const { api } = useStores();
  const t = useT();
  const ui = useStore(alertUi);
  const alertsStream = useLive((s) => s.streams['ndms.alerts']);
  const opsStream = useLive((s) => s.streams['ops.ndms']);
  const damageStream = useLive((s) => s.streams['ndms.damage']);
  const role = useLive((s) => s.feeds?.user?.role ?? null);
  const mayDraft = role !== null && canDraftAlerts(role);
  const [damage, setDamage] = useState<DamageSummaryResult | null>(null);
  const [collapsed, setCollapsed] = useState(false);

  // The list follows the alert streams (a drafted alert arrives through ops.ndms from any workstation).
  useEffect(() => {
    let live = true;
    api.invoke('ndms:alerts', {}).then((r) => live && alertUi.getState().setAlerts(r.alerts), (err: unknown) => console.warn('ndms:alerts', err));
    return () => {
      live = false;
    };
  }, [api, alertsStream, opsStream]);

  useEffect(() => {
    let live = true;
    api.invoke('ndms:damage-summary', {}).then(
      (r) => {
        if (!live) return;
        setDamage(r);
        applyRecovery(getCurrentMap(), r.regions);
      },
      (err: unknown) => console.warn('ndms:damage-summary', err),
    );
    return () => {
      live = false;
    };
  }, [api, damageStream]);

  // Areas follow the store; a rebuilt style re-reads them (and the recovery state) once loaded.
  useEffect(() => {
    pushAlertAreas(getCurrentMap());
  }, [ui.alerts, ui.selectedKey, ui.preview, ui.polygon, ui.drawing, ui.draftOpen]);
  useEffect(() => {
    const map = getCurrentMap();
    if (!map) return;
    const onStyle = () => {
      pushAlertAreas(map);
      applyRecovery(map);
    };
    const onClick = (e: MapLayerMouseEvent) => {
      const key = e.features?.[0]?.properties?.['key'];
      if (typeof key === 'string' && !alertUi.getState().draftOpen) alertUi.getState().select(key);
    };
    map.on('styledata', onStyle);
    map.on('click', 'ndms:alert-areas-fill', onClick);
    return () => {
      map.off('styledata', onStyle);
      map.off('click', 'ndms:alert-areas-fill', onClick);
    };
  }, []);

  useEffect(() => {
    if (!mayDraft && ui.draftOpen) alertUi.getState().openDraft(false);
  }, [mayDraft, ui.draftOpen]);

  const selected = useMemo(() => ui.alerts.find((a) => a.key === ui.selectedKey) ?? null, [ui.alerts, ui.selectedKey]);

  return (
    <aside className="ndms-alerts-panel" data-testid="ndms-alerts-panel" aria-label={t('ndmsAlerts.panel')}>
      <div className="ndms-panel-head">
        <button type="button" className="ndms-collapse" data-testid="ndms-alerts-collapse" aria-expanded={!collapsed} title={collapsed ? t('ndmsAlerts.expand') : t('ndmsAlerts.collapse')} onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? '▸' : '▾'} <strong>{t('ndmsAlerts.panel')}</strong> {ui.alerts.length > 0 && <span>({ui.alerts.length})</span>}
        </button>
        {mayDraft && (
          <button type="button" data-testid="ndms-draft-open" aria-pressed={ui.draftOpen} onClick={() => alertUi.getState().openDraft(!ui.draftOpen)}>
            {ui.draftOpen ? t('ndmsAlerts.closeDraft') : t('ndmsAlerts.newDraft')}
          </button>
        )}
      </div>
      {collapsed ? null : ui.draftOpen && mayDraft ? (
        <NdmsDraftPanel />
      ) : (
        <>
          {ui.alerts.length === 0 && <p>{t('ndmsAlerts.none')}</p>}
          <AlertList alerts={ui.alerts} selectedKey={ui.selectedKey} />
          {selected && <AlertCard a={selected} />}
          <NdmsDamageSection summary={damage} />
        </>
      )}
    </aside>
  );
}

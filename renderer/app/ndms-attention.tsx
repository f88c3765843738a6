/**
 * The attention side of situation reports: the banner that stays while any critical report is
 * unacknowledged (count and newest; one click opens it), the start-up "enable alerts" prompt (the one
 * click browsers need before sound and notifications), the acknowledge/resolve dialog (note → the
 * existing ack/resolve command through `ops:submit`), and `NdmsReports`, which starts the report sync,
 * drives the chime and notifications, and links the list with the map.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { ackCommand, resolveCommand } from '../../main/common/ndms/reports';
import { ReportAlarm, browserAlarmEnv } from '../domains/ndms/report-alarm';
import { attentionSummary, headline, pointOf, statusMarker, typeLabel } from '../domains/ndms/report-model';
import { REPORT_LAYERS, REPORTS_SOURCE, reportFeatureStates } from '../domains/ndms/reports-layer';
import { reportsUi, startReportsSync, type ReportsUiStore } from '../domains/ndms/reports-store';
import { isCritical } from '../../main/common/ndms/reports';
import type { ReportsView } from '../../main/common/ndms/report-ipc';
import { getCurrentMap } from './map-access';
import { NdmsReportsPanel, useMayAct } from './ndms-reports-panel';
import { useLive, useStores, useT, useUi } from './stores';

/** Selects a report, opens the panel and flies to it when it has a point on the map. */
export function openReport(key: string, store: ReportsUiStore = reportsUi): void {
  store.getState().select(key);
  const map = getCurrentMap();
  const feature = map?.getSource(REPORTS_SOURCE) ? map.querySourceFeatures(REPORTS_SOURCE, { filter: ['==', ['get', 'fid'], key] })[0] : undefined;
  const at = pointOf(feature?.geometry as { type: string; coordinates?: unknown } | undefined);
  if (map && at) map.flyTo({ center: at, zoom: Math.max(map.getZoom(), 8), duration: 800 });
}

let sharedAlarm: ReportAlarm | null = null;

/** The page's one alarm (created on first use: it needs the browser's audio and notification APIs). */
export function reportAlarm(): ReportAlarm {
  sharedAlarm ??= new ReportAlarm(browserAlarmEnv());
  return sharedAlarm;
}

/** The start-up click: called from the button's handler so the audio context starts inside the gesture. */
export function enableAlerts(store: ReportsUiStore = reportsUi): void {
  store.getState().setAlerts('enabled');
  void reportAlarm().enable();
}

/**
 * The alerts area's part: the start-up "enable alerts" bar (until answered), then the attention
 * banner while critical reports wait for acknowledgement.
 */
export function ReportAttentionBanner({ store = reportsUi }: { store?: ReportsUiStore }) {
  return (
    <>
      <EnableAlertsPrompt store={store} onEnable={() => enableAlerts(store)} />
      <AttentionBanner store={store} />
    </>
  );
}

function AttentionBanner({ store }: { store: ReportsUiStore }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const view = useStore(store, (s) => s.view);
  const role = useLive((s) => s.feeds?.user?.role ?? null);
  const { count, newest } = attentionSummary(view);
  if (count === 0 || !newest) return null;
  const marker = statusMarker(newest.status, language);
  const escalated = (view?.items ?? []).filter((i) => i.state === 'new' && i.escalated !== null).length;
  return (
    <div className={`ndms-attention-banner${newest.status !== 'actual' ? ' not-actual' : ''}`} role="alert" data-testid="ndms-attention-banner" data-count={count} data-newest={newest.key} data-escalated={escalated}>
      <span aria-hidden="true">⚠</span>
      <strong>{t('ndmsReports.bannerCount', { n: count })}</strong>
      {escalated > 0 && <strong className={role === 'supervisor' ? 'ndms-escalated-supervisor' : ''}>{t('ndmsReports.bannerEscalated', { n: escalated })}</strong>}
      <button type="button" data-testid="ndms-attention-open" onClick={() => openReport(newest.key, store)}>
        {marker && <span className={`ndms-report-marker marker-${newest.status}`}>{marker}</span>} {t('ndmsReports.bannerNewest')} {typeLabel(newest, language)} — {headline(newest)}
      </button>
    </div>
  );
}

/** Asked once at start (browsers need a click before sound and notifications): never when an alert comes. */
export function EnableAlertsPrompt({ store = reportsUi, onEnable }: { store?: ReportsUiStore; onEnable: () => void }) {
  const t = useT();
  const alerts = useStore(store, (s) => s.alerts);
  if (alerts !== 'ask') return null;
  return (
    <div className="ndms-enable-alerts" role="dialog" aria-label={t('ndmsReports.alertsTitle')} data-testid="ndms-enable-alerts">
      <p>{t('ndmsReports.alertsPrompt')}</p>
      <button type="button" data-testid="ndms-enable-alerts-button" onClick={onEnable}>
        {t('ndmsReports.alertsEnable')}
      </button>
      <button type="button" data-testid="ndms-enable-alerts-later" onClick={() => store.getState().setAlerts('declined')}>
        {t('ndmsReports.alertsLater')}
      </button>
    </div>
  );
}

export function ReportDialog({ store = reportsUi }: { store?: ReportsUiStore }) {
  const t = useT();
  const { api } = useStores();
  const language = useUi((s) => s.language);
  const dialog = useStore(store, (s) => s.dialog);
  const item = useStore(store, (s) => (s.dialog ? (s.view?.items.find((i) => i.key === s.dialog?.key) ?? null) : null));
  const me = useLive((s) => s.feeds?.user ?? null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setNote('');
    setError(null);
  }, [dialog?.key, dialog?.action]);
  if (!dialog) return null;
  const submit = () => {
    // The hub stamps the signed-in user on the step; the name here is what this workstation believes.
    const build = dialog.action === 'ack' ? ackCommand : resolveCommand;
    setBusy(true);
    api.invoke('ops:submit', build(dialog.key, me?.name ?? 'unknown', note.trim())).then(
      () => store.getState().closeDialog(),
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    ).finally(() => setBusy(false));
  };
  return (
    <div className="ndms-dialog-backdrop">
      <form
        className="ndms-dialog"
        role="dialog"
        aria-modal="true"
        data-testid="ndms-report-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h3>{t(dialog.action === 'ack' ? 'ndmsReports.ackTitle' : 'ndmsReports.resolveTitle')}</h3>
        {item && (
          <p>
            {statusMarker(item.status, language) && <span className={`ndms-report-marker marker-${item.status}`}>{statusMarker(item.status, language)}</span>} <strong>{typeLabel(item, language)}</strong> {headline(item)}
          </p>
        )}
        <label>
          {t('ndmsReports.note')}
          <textarea data-testid="ndms-report-note" maxLength={2000} rows={3} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
        </label>
        {me && <p className="ndms-dialog-as">{t('ndmsReports.recordedAs', { user: me.name, role: me.role })}</p>}
        {error && <p className="ndms-reports-error">{t('error.generic', { message: error })}</p>}
        <div className="ndms-dialog-buttons">
          <button type="submit" data-testid="ndms-report-confirm" disabled={busy}>
            {t(dialog.action === 'ack' ? 'ndmsReports.ack' : 'ndmsReports.resolve')}
          </button>
          <button type="button" onClick={() => store.getState().closeDialog()}>
            {t('ndmsReports.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Mute switch for this session's chime (notifications still come). */
function MuteSwitch({ store }: { store: ReportsUiStore }) {
  const t = useT();
  const muted = useStore(store, (s) => s.muted);
  const alerts = useStore(store, (s) => s.alerts);
  if (alerts !== 'enabled') return null;
  return (
    <button type="button" className="ndms-mute" data-testid="ndms-mute" aria-pressed={muted} onClick={() => store.getState().setMuted(!muted)}>
      {muted ? `🔇 ${t('ndmsReports.unmute')}` : `🔔 ${t('ndmsReports.mute')}`}
    </button>
  );
}

/** Sets each report symbol's feature-state from the workflow state (attention, escalated, selected). */
function applyStates(view: ReportsView | null, selectedKey: string | null): void {
  const map = getCurrentMap();
  if (!map?.getSource(REPORTS_SOURCE)) return;
  const items = (view?.items ?? []).map((i) => ({ key: i.key, attention: i.state === 'new' && isCritical(i), escalated: i.state === 'new' && i.escalated !== null }));
  for (const f of reportFeatureStates(items, selectedKey)) map.setFeatureState({ source: REPORTS_SOURCE, id: f.id }, f.state);
}

/** Applies the workflow state to the map symbols and links map clicks to the list. */
function useMapLink(store: ReportsUiStore): void {
  const view = useStore(store, (s) => s.view);
  const selectedKey = useStore(store, (s) => s.selectedKey);
  const latest = useRef({ view, selectedKey });
  latest.current = { view, selectedKey };

  useEffect(() => {
    let bound: ReturnType<typeof getCurrentMap> = null;
    const apply = () => applyStates(latest.current.view, latest.current.selectedKey);
    const onClick = (e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) => {
      const key = e.features?.[0]?.properties?.['fid'];
      if (typeof key === 'string') store.getState().select(key);
    };
    // The map is created after this component mounts, and the style may be rebuilt (theme,
    // language): bind once it exists and re-apply the states whenever the source reloads.
    const bind = () => {
      const map = getCurrentMap();
      if (!map || map === bound) return;
      bound = map;
      map.on('click', REPORT_LAYERS.disc, onClick);
      map.on('sourcedata', (e) => {
        if (e.sourceId === REPORTS_SOURCE && e.isSourceLoaded) apply();
      });
      map.on('mouseenter', REPORT_LAYERS.disc, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', REPORT_LAYERS.disc, () => (map.getCanvas().style.cursor = ''));
      apply();
    };
    const timer = window.setInterval(bind, 1000);
    bind();
    return () => {
      window.clearInterval(timer);
      bound?.off('click', REPORT_LAYERS.disc, onClick);
    };
  }, [store]);

  useEffect(() => applyStates(view, selectedKey), [view, selectedKey]);
}

/** The app's situation-report feature: sync, panel, dialog, alerts, map link. */
export function NdmsReports({ store = reportsUi }: { store?: ReportsUiStore }) {
  const t = useT();
  const { api, live } = useStores();
  const language = useUi((s) => s.language);
  const view = useStore(store, (s) => s.view);
  const alerts = useStore(store, (s) => s.alerts);
  const muted = useStore(store, (s) => s.muted);
  const mayAct = useMayAct();
  const [alarm] = useState(reportAlarm);

  useEffect(() => startReportsSync(api, live, store), [api, live, store]);
  useEffect(() => () => alarm.stop(), [alarm]);
  useMapLink(store);

  useEffect(() => {
    // Electron needs no gesture for audio and grants notifications itself: no prompt there.
    let active = true;
    api.invoke('app:info', {}).then((info) => {
      if (active && info.shell === 'electron' && store.getState().alerts === 'ask') void alarm.enable().then(() => store.getState().setAlerts('enabled'));
    }, () => undefined);
    return () => {
      active = false;
    };
  }, [api, alarm, store]);

  useEffect(() => {
    const items = view ? view.items.filter((i) => i.state === 'new' && isCritical(i)) : [];
    alarm.update(items, { enabled: alerts === 'enabled', muted, language, open: (key) => openReport(key, store) });
    exposeAlarm(alarm);
  }, [alarm, view, alerts, muted, language, store]);

  const enable = () => enableAlerts(store);

  return (
    <>
      <NdmsReportsPanel
        store={store}
        controls={
          <span className="ndms-alert-controls">
            <MuteSwitch store={store} />
            {alerts === 'declined' && (
              <button type="button" data-testid="ndms-enable-alerts-again" onClick={enable}>
                {t('ndmsReports.alertsEnable')}
              </button>
            )}
          </span>
        }
      />
      {mayAct && <ReportDialog store={store} />}
    </>
  );
}

/** For the e2e test: whether the chime is ringing and how many notifications were raised. */
function exposeAlarm(alarm: ReportAlarm): void {
  (window as Window & { __sitroomReportAlarm?: () => { ringing: boolean; chimes: number; notifications: number } }).__sitroomReportAlarm = () => ({ ringing: alarm.ringing, chimes: alarm.chimes, notifications: alarm.notifications });
}

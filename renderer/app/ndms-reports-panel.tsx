/**
 * The situation-report panel: the live list of reports (type, severity, region, time in KST, state
 * with who/when/note), filters by type, severity and state that never hide an unacknowledged critical
 * report (it stays, pinned and marked), acknowledge/resolve buttons (operators and supervisors), and
 * each report's audit trail. Every string from a report is rendered as React text, never as markup.
 * Operator steps carry this workstation's signature check: unverified ones get the GCMA badge.
 */
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ReportAuditEntry } from '../../main/common/ndms/report-ipc';
import type { ReportItem } from '../../main/common/ndms/reports';
import type { Severity } from '../../main/common/ndms/alerts';
import type { ReportType } from '../../main/common/ndms/report-types';
import { REPORT_TYPES, SEVERITIES, STATES, formatKst, headline, listReports, regionText, statusMarker, typeLabel, type ListedReport } from '../domains/ndms/report-model';
import { loadAudit, reportsUi, type ReportsUiStore } from '../domains/ndms/reports-store';
import type { ReportState } from '../../main/common/ndms/reports';
import { useLive, useStores, useT, useUi } from './stores';
import { VerificationBadge } from './verification-badge';
import './ndms-reports.css';

/** Whether this workstation's user may acknowledge and resolve (viewers may not; unknown: the hub decides). */
export function useMayAct(): boolean {
  return useLive((s) => s.feeds?.user?.role ?? null) !== 'viewer';
}

function StatusMark({ status }: { status: string }) {
  const language = useUi((s) => s.language);
  const marker = statusMarker(status, language);
  if (!marker) return null;
  return (
    <span className={`ndms-report-marker marker-${status}`} data-testid="ndms-report-marker">
      {marker}
    </span>
  );
}

function Steps({ item }: { item: ReportItem }) {
  const t = useT();
  return (
    <>
      {item.ack && (
        <div className="ndms-report-step" data-testid="ndms-report-ack">
          <VerificationBadge check={item.ack.check} flagOnly />
          {t('ndmsReports.ackBy', { user: item.ack.user, time: formatKst(item.ack.ts) })}
          {item.ack.note && <q>{item.ack.note}</q>}
        </div>
      )}
      {item.resolved && (
        <div className="ndms-report-step" data-testid="ndms-report-resolved">
          <VerificationBadge check={item.resolved.check} flagOnly />
          {t('ndmsReports.resolvedBy', { user: item.resolved.user, time: formatKst(item.resolved.ts) })}
          {item.resolved.note && <q>{item.resolved.note}</q>}
        </div>
      )}
      {item.escalated && item.state === 'new' && (
        <div className="ndms-report-step escalated" data-testid="ndms-report-escalated">
          {t('ndmsReports.escalated', { time: formatKst(item.escalated.ts) })}
        </div>
      )}
    </>
  );
}

function ReportRow({ entry, store, selected }: { entry: ListedReport; store: ReportsUiStore; selected: boolean }) {
  const t = useT();
  const { api } = useStores();
  const language = useUi((s) => s.language);
  const mayAct = useMayAct();
  const { item, pinned, critical } = entry;
  const attention = item.state === 'new' && critical;
  return (
    <li
      className={`ndms-report sev-${item.severity} state-${item.state}${attention ? ' attention' : ''}${selected ? ' selected' : ''}${item.status !== 'actual' ? ' not-actual' : ''}`}
      data-testid="ndms-report-item"
      data-key={item.key}
      data-state={item.state}
      data-status={item.status}
      data-pinned={pinned ? 'true' : 'false'}
      data-escalated={item.escalated ? 'true' : 'false'}
    >
      <button type="button" className="ndms-report-main" onClick={() => store.getState().select(item.key)} aria-pressed={selected}>
        <span className="ndms-report-head">
          <StatusMark status={item.status} />
          <strong>{typeLabel(item, language)}</strong>
          <span className={`ndms-sev sev-${item.severity}`}>{t(`ndmsReports.severity.${item.severity}`)}</span>
          <span className={`ndms-state state-${item.state}`} data-testid="ndms-report-state">{t(`ndmsReports.state.${item.state}`)}</span>
          {pinned && <span className="ndms-pinned" title={t('ndmsReports.pinnedTitle')}>{t('ndmsReports.pinned')}</span>}
        </span>
        <span className="ndms-report-text" data-testid="ndms-report-headline">{headline(item)}</span>
        <span className="ndms-report-meta">
          {regionText(item)} · {formatKst(item.lastTs)}
        </span>
      </button>
      <Steps item={item} />
      <span className="ndms-report-actions">
        {mayAct && item.state === 'new' && (
          <button type="button" data-testid="ndms-report-ack-button" onClick={() => store.getState().openDialog(item.key, 'ack')}>
            {t('ndmsReports.ack')}
          </button>
        )}
        {mayAct && item.state === 'acknowledged' && (
          <button type="button" data-testid="ndms-report-resolve-button" onClick={() => store.getState().openDialog(item.key, 'resolve')}>
            {t('ndmsReports.resolve')}
          </button>
        )}
        <button type="button" data-testid="ndms-report-audit-button" onClick={() => void loadAudit(api, item.key, store)}>
          {t('ndmsReports.audit')}
        </button>
      </span>
    </li>
  );
}

function auditWhat(e: ReportAuditEntry, t: ReturnType<typeof useT>): string {
  if (e.stream === 'ndms.reports') return e.op === 'remove' ? t('ndmsReports.auditRemoved') : t('ndmsReports.auditVersion', { severity: e.severity ?? '?' });
  return t('ndmsReports.auditStep', { kind: e.kind });
}

export function ReportAudit({ store = reportsUi }: { store?: ReportsUiStore }) {
  const t = useT();
  const audit = useStore(store, (s) => s.audit);
  if (!audit) return null;
  return (
    <section className="ndms-audit" data-testid="ndms-report-audit" data-key={audit.key} aria-label={t('ndmsReports.auditTitle')}>
      <header>
        <strong>{t('ndmsReports.auditTitle')}</strong> <code>{audit.key}</code>
        <button type="button" onClick={() => store.getState().showAudit(null)} aria-label={t('ndmsReports.close')}>
          ✕
        </button>
      </header>
      {audit.entries === null ? (
        <p>…</p>
      ) : (
        <ol>
          {audit.entries.map((e) => (
            <li key={`${e.stream}:${e.seq}`} data-testid="ndms-audit-entry" data-kind={e.kind} className={e.refused ? 'refused' : ''}>
              <span className="ndms-audit-time">{formatKst(e.ts)}</span> <StatusMark status={e.status} /> <strong>{auditWhat(e, t)}</strong>
              {e.user && <span> · {e.user}{e.role ? ` (${e.role})` : ''}</span>}
              {e.check && <> <VerificationBadge check={e.check} /></>}
              {e.note && <q>{e.note}</q>}
              {e.refused && <em> · {t('ndmsReports.auditRefused', { reason: e.refused })}</em>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function FilterSelect<T extends string>({ label, value, options, render, onChange, testId }: { label: string; value: T | ''; options: readonly T[]; render: (v: T) => string; onChange: (v: T | '') => void; testId: string }) {
  const t = useT();
  return (
    <label>
      {label}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
        <option value="">{t('ndmsReports.all')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {render(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The escalation delay this workstation's core applies; supervisors may change it (settings). */
function EscalationDelay({ minutes }: { minutes: number }) {
  const t = useT();
  const { api } = useStores();
  const supervisor = useLive((s) => s.feeds?.user?.role ?? null) === 'supervisor';
  if (!supervisor) return <p className="ndms-reports-note">{t('ndmsReports.escalateAfter', { min: minutes })}</p>;
  return (
    <label className="ndms-reports-note">
      {t('ndmsReports.escalateAfterSetting')}{' '}
      <input
        type="number"
        data-testid="ndms-escalate-after"
        min={1}
        max={1440}
        defaultValue={minutes}
        onBlur={(e) => {
          const n = Number(e.target.value);
          if (Number.isFinite(n) && n >= 1 && n <= 1440 && n !== minutes) void api.invoke('settings:update', { ndmsEscalateAfterMin: n }).catch(() => undefined);
        }}
      />
    </label>
  );
}

export function NdmsReportsPanel({ store = reportsUi, controls = null }: { store?: ReportsUiStore; controls?: ReactNode }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const view = useStore(store, (s) => s.view);
  const filter = useStore(store, (s) => s.filter);
  const selectedKey = useStore(store, (s) => s.selectedKey);
  const open = useStore(store, (s) => s.panelOpen);
  const error = useStore(store, (s) => s.error);
  const list = listReports(view, filter);
  const waiting = list.filter((e) => e.pinned).length;
  return (
    <aside className={`ndms-reports-panel${open ? '' : ' closed'}`} data-testid="ndms-reports-panel" aria-label={t('ndmsReports.title')}>
      <header>
        <button type="button" className="ndms-reports-toggle" data-testid="ndms-reports-toggle" aria-expanded={open} onClick={() => store.getState().setPanelOpen(!open)}>
          <strong>{t('ndmsReports.title')}</strong> <span data-testid="ndms-reports-count">{list.length}</span>
          {waiting > 0 && <span className="ndms-waiting"> · {t('ndmsReports.waiting', { n: waiting })}</span>}
        </button>
        {controls}
      </header>
      {open && (
        <>
          <div className="ndms-reports-filters">
            <FilterSelect<ReportType> label={t('ndmsReports.filterType')} testId="ndms-filter-type" value={filter.types[0] ?? ''} options={REPORT_TYPES} render={(v) => typeLabel({ type: v, kind: '' }, language)} onChange={(v) => store.getState().setFilter({ types: v ? [v] : [] })} />
            <FilterSelect<Severity> label={t('ndmsReports.filterSeverity')} testId="ndms-filter-severity" value={filter.minSeverity ?? ''} options={SEVERITIES} render={(v) => t(`ndmsReports.severity.${v}`)} onChange={(v) => store.getState().setFilter({ minSeverity: v || null })} />
            <FilterSelect<ReportState> label={t('ndmsReports.filterState')} testId="ndms-filter-state" value={filter.states[0] ?? ''} options={STATES} render={(v) => t(`ndmsReports.state.${v}`)} onChange={(v) => store.getState().setFilter({ states: v ? [v] : [] })} />
          </div>
          {view && <EscalationDelay minutes={view.escalateAfterMs / 60_000} />}
          {error && <p className="ndms-reports-error">{t('error.generic', { message: error })}</p>}
          {list.length === 0 ? (
            <p data-testid="ndms-reports-empty">{t('ndmsReports.empty')}</p>
          ) : (
            <ul className="ndms-report-list" data-testid="ndms-report-list">
              {list.map((e) => (
                <ReportRow key={e.item.key} entry={e} store={store} selected={e.item.key === selectedKey} />
              ))}
            </ul>
          )}
          <ReportAudit store={store} />
        </>
      )}
    </aside>
  );
}

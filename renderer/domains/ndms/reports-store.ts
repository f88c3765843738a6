/**
 * The situation-report UI state: the core's latest `ndms:reports` answer, the operator's filter and
 * selection, the acknowledge/resolve dialog, the open audit trail, and this session's alert choices
 * (whether sound and notifications were enabled with the start-up click, and the mute switch).
 * `startReportsSync` keeps `view` current: it asks the core again whenever the live store reports a
 * change in `ndms.reports` or `ops.ndms` (every workstation's steps arrive there through the hub).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SitroomApi } from '../../../main/common/ipc-contract';
import type { ReportAuditEntry, ReportsView } from '../../../main/common/ndms/report-ipc';
import type { LiveStore } from '../../state/live-store';
import { EMPTY_FILTER, type ReportListFilter } from './report-model';

/** Whether this session may alert with sound and notifications (browsers need one click first). */
export type AlertPermission = 'ask' | 'enabled' | 'declined';

export interface ReportsUiData {
  view: ReportsView | null;
  error: string | null;
  filter: ReportListFilter;
  selectedKey: string | null;
  dialog: { key: string; action: 'ack' | 'resolve' } | null;
  audit: { key: string; entries: ReportAuditEntry[] | null } | null;
  panelOpen: boolean;
  alerts: AlertPermission;
  muted: boolean;
}

export interface ReportsUiState extends ReportsUiData {
  setView(view: ReportsView): void;
  setError(error: string | null): void;
  setFilter(patch: Partial<ReportListFilter>): void;
  select(key: string | null): void;
  openDialog(key: string, action: 'ack' | 'resolve'): void;
  closeDialog(): void;
  showAudit(key: string | null, entries?: ReportAuditEntry[] | null): void;
  setPanelOpen(open: boolean): void;
  setAlerts(alerts: AlertPermission): void;
  setMuted(muted: boolean): void;
}

export type ReportsUiStore = StoreApi<ReportsUiState>;

export function getEmptyReportsUi(): ReportsUiData {
  return { view: null, error: null, filter: EMPTY_FILTER, selectedKey: null, dialog: null, audit: null, panelOpen: false, alerts: 'ask', muted: false };
}

export function createReportsUiStore(initial: Partial<ReportsUiData> = {}): ReportsUiStore {
  return createStore<ReportsUiState>()((set) => ({
    ...getEmptyReportsUi(),
    ...initial,
    setView: (view) => set({ view, error: null }),
    setError: (error) => set({ error }),
    setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
    select: (selectedKey) => set((s) => (selectedKey ? { selectedKey, panelOpen: true } : { selectedKey: s.selectedKey === null ? s.selectedKey : null })),
    openDialog: (key, action) => set({ dialog: { key, action }, selectedKey: key }),
    closeDialog: () => set({ dialog: null }),
    showAudit: (key, entries = null) => set({ audit: key ? { key, entries } : null }),
    setPanelOpen: (panelOpen) => set({ panelOpen }),
    setAlerts: (alerts) => set({ alerts }),
    setMuted: (muted) => set({ muted }),
  }));
}

/** The app's one report store (components take another in tests). */
export const reportsUi = createReportsUiStore();

const WATCHED = ['ndms.reports', 'ops.ndms'] as const;

/**
 * Fetches `ndms:reports` now, again after every change of the watched streams (at most one request in
 * flight, one more queued), and every `refreshMs` (ages and escalations move with the clock).
 */
export function startReportsSync(api: Pick<SitroomApi, 'invoke'>, live: LiveStore, store: ReportsUiStore = reportsUi, refreshMs = 15_000): () => void {
  let stopped = false;
  let inFlight = false;
  let again = false;
  const fetchNow = (): void => {
    if (stopped) return;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    api.invoke('ndms:reports', {}).then(
      (view) => !stopped && store.getState().setView(view),
      (err: unknown) => !stopped && store.getState().setError(err instanceof Error ? err.message : String(err)),
    ).finally(() => {
      inFlight = false;
      if (again) {
        again = false;
        fetchNow();
      }
    });
  };
  const unsubscribe = live.subscribe((s, prev) => {
    if (WATCHED.some((k) => s.streams[k] !== prev.streams[k])) fetchNow();
  });
  const timer = setInterval(fetchNow, refreshMs);
  fetchNow();
  return () => {
    stopped = true;
    unsubscribe();
    clearInterval(timer);
  };
}

/** Loads one report's audit trail into the store. */
export function loadAudit(api: Pick<SitroomApi, 'invoke'>, key: string, store: ReportsUiStore = reportsUi): Promise<void> {
  store.getState().showAudit(key, null);
  return api.invoke('ndms:report-audit', { key }).then(
    (entries) => {
      if (store.getState().audit?.key === key) store.getState().showAudit(key, entries);
    },
    (err: unknown) => store.getState().setError(err instanceof Error ? err.message : String(err)),
  );
}

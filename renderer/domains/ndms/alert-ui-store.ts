/**
 * The alert screen's state: the alert list from the core (`ndms:alerts`), the selected alert, and the
 * draft being composed (regions toggled on the map, or a polygon drawn point by point, the step, the
 * type, the texts) with its preview from the core. One module-level store, like the forest panel's:
 * the map layers read it when the style is rebuilt.
 */
import { createStore } from 'zustand/vanilla';
import type { AlertSummary, DraftPreview } from '../../../main/common/ndms/alert-ipc';
import type { AlertLevel } from '../../../main/common/ndms/alerts';

export interface PickedRegionView {
  level: 'sido' | 'sigungu';
  code: string;
  name: string;
}

export interface DraftForm {
  level: AlertLevel;
  /** Index into DISASTER_TYPES. */
  typeIndex: number;
  ko: string;
  en: string;
  zh: string;
}

/** Disaster types offered in the draft screen: Korean name, Korean-profile event code, CAP category. */
export const DISASTER_TYPES = [
  { name: '호우', code: 'HRW', category: 'Met' },
  { name: '태풍', code: 'TYW', category: 'Met' },
  { name: '대설', code: 'HSW', category: 'Met' },
  { name: '강풍', code: 'SWW', category: 'Met' },
  { name: '지진', code: 'EQW', category: 'Geo' },
  { name: '지진해일', code: 'TSW', category: 'Geo' },
  { name: '산불', code: 'FFW', category: 'Fire' },
  { name: '홍수', code: 'FLW', category: 'Met' },
  { name: '폭염', code: 'HTW', category: 'Met' },
  { name: '화재', code: 'FRW', category: 'Fire' },
  { name: '감염병', code: 'IDW', category: 'Health' },
  { name: '기타', code: 'ETC', category: 'Other' },
] as const;

export interface AlertUiState {
  alerts: AlertSummary[];
  selectedKey: string | null;
  draftOpen: boolean;
  /** What a map click toggles while drafting. */
  pickLevel: 'sido' | 'sigungu';
  picked: PickedRegionView[];
  /** True while map clicks add polygon points. */
  drawing: boolean;
  polygon: Array<[number, number]>;
  form: DraftForm;
  preview: DraftPreview | null;
  setAlerts(alerts: AlertSummary[]): void;
  select(key: string | null): void;
  openDraft(open: boolean): void;
  setPickLevel(level: 'sido' | 'sigungu'): void;
  togglePicked(r: PickedRegionView): void;
  startDrawing(): void;
  addPoint(p: [number, number]): void;
  finishDrawing(): void;
  clearArea(): void;
  setForm(patch: Partial<DraftForm>): void;
  setPreview(p: DraftPreview | null): void;
  /** After a send: an empty draft, the screen stays open. */
  resetDraft(): void;
}

const emptyForm = (): DraftForm => ({ level: '안전안내', typeIndex: 0, ko: '', en: '', zh: '' });

export function createAlertUiStore() {
  return createStore<AlertUiState>()((set) => ({
    alerts: [],
    selectedKey: null,
    draftOpen: false,
    pickLevel: 'sigungu',
    picked: [],
    drawing: false,
    polygon: [],
    form: emptyForm(),
    preview: null,
    setAlerts: (alerts) => set((s) => ({ alerts, selectedKey: s.selectedKey && alerts.some((a) => a.key === s.selectedKey) ? s.selectedKey : null })),
    select: (selectedKey) => set({ selectedKey }),
    openDraft: (draftOpen) => set(draftOpen ? { draftOpen } : { draftOpen, drawing: false }),
    setPickLevel: (pickLevel) => set({ pickLevel }),
    togglePicked: (r) =>
      set((s) => {
        const has = s.picked.some((p) => p.level === r.level && p.code === r.code);
        return { picked: has ? s.picked.filter((p) => !(p.level === r.level && p.code === r.code)) : [...s.picked, r] };
      }),
    startDrawing: () => set({ drawing: true, polygon: [] }),
    addPoint: (p) => set((s) => (s.drawing && s.polygon.length < 199 ? { polygon: [...s.polygon, p] } : {})),
    // Fewer than three points is no area: drop it.
    finishDrawing: () => set((s) => ({ drawing: false, polygon: s.polygon.length >= 3 ? s.polygon : [] })),
    clearArea: () => set({ picked: [], polygon: [], drawing: false, preview: null }),
    setForm: (patch) => set((s) => ({ form: { ...s.form, ...patch } })),
    setPreview: (preview) => set({ preview }),
    resetDraft: () => set({ picked: [], polygon: [], drawing: false, preview: null, form: emptyForm() }),
  }));
}

export type AlertUiStore = ReturnType<typeof createAlertUiStore>;

/** The app's alert screen state. */
export const alertUi: AlertUiStore = createAlertUiStore();

/** The polygon as a closed ring (what the core and CAP want), or undefined with fewer than three points. */
export function closedRing(points: ReadonlyArray<[number, number]>): Array<[number, number]> | undefined {
  if (points.length < 3) return undefined;
  return [...points, points[0]!];
}

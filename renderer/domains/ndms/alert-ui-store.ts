/**
 * The alert screen's state: the alert list from the core (`ndms:alerts`), the selected alert, and the
 * draft being composed (regions toggled on the map, or a polygon drawn point by point, the step, the
 * type, the texts) with its preview from the core. One module-level store, like the forest panel's:
 * the map layers read it when the style is rebuilt. An Update starts from the alert it supersedes
 * (`startUpdate`: its regions or drawn area, step, type and texts) and is sent naming it.
 */
import { createStore } from 'zustand/vanilla';
import type { AlertSendArgs, AlertSummary, DraftPreview } from '../../../main/common/ndms/alert-ipc';
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
  /** The drafted alert the draft will supersede when sent (null: a new alert). */
  updating: AlertSummary | null;
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
  /** Opens the draft prefilled from a drafted alert, to send as its Update. */
  startUpdate(a: AlertSummary): void;
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
    updating: null,
    setAlerts: (alerts) => set((s) => ({ alerts, selectedKey: s.selectedKey && alerts.some((a) => a.key === s.selectedKey) ? s.selectedKey : null })),
    select: (selectedKey) => set({ selectedKey }),
    openDraft: (draftOpen) => set(draftOpen ? { draftOpen } : { draftOpen, drawing: false, updating: null }),
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
    resetDraft: () => set({ picked: [], polygon: [], drawing: false, preview: null, form: emptyForm(), updating: null }),
    startUpdate: (a) => set({ draftOpen: true, drawing: false, preview: null, updating: a, ...updateDraftOf(a) }),
  }));
}

export type AlertUiStore = ReturnType<typeof createAlertUiStore>;

/** The app's alert screen state. */
export const alertUi: AlertUiStore = createAlertUiStore();

/** The draft fields an Update of `a` starts from: its regions, drawn area (open ring), step, type and texts. */
export function updateDraftOf(a: AlertSummary): { picked: PickedRegionView[]; polygon: Array<[number, number]>; form: DraftForm } {
  const byCode = DISASTER_TYPES.findIndex((d) => d.code === a.eventCode);
  const typeIndex = byCode >= 0 ? byCode : Math.max(0, DISASTER_TYPES.findIndex((d) => d.name === a.disasterType));
  const text = (lang: string) => a.texts.find((x) => x.language === lang)?.text ?? '';
  const ring = a.polygon ?? [];
  const closed = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1];
  return {
    picked: a.regions.map((r) => ({ level: r.level, code: r.code, name: r.level === 'sido' ? r.name : `${r.sidoName} ${r.name}` })),
    polygon: (closed ? ring.slice(0, -1) : ring).map(([x, y]) => [x, y] as [number, number]),
    form: { level: a.level ?? '안전안내', typeIndex, ko: text('ko-KR') || a.message, en: text('en-US'), zh: text('zh-CN') },
  };
}

/** What "Send" sends: the form, the picked regions, the drawn area, and the alert an Update supersedes. */
export function sendArgsOf(s: Pick<AlertUiState, 'form' | 'picked' | 'polygon' | 'drawing' | 'updating'>): AlertSendArgs {
  const type = DISASTER_TYPES[s.form.typeIndex] ?? DISASTER_TYPES[0];
  const ring = s.drawing ? undefined : closedRing(s.polygon);
  const { ko, en, zh } = s.form;
  return {
    level: s.form.level,
    disasterType: type.name,
    eventCode: type.code,
    category: type.category,
    texts: { ko, ...(en.trim() ? { en } : {}), ...(zh.trim() ? { zh } : {}) },
    regions: s.picked.map(({ level, code }) => ({ level, code })),
    ...(ring ? { polygon: ring } : {}),
    ...(s.updating ? { supersedes: s.updating.key } : {}),
  };
}

/** The polygon as a closed ring (what the core and CAP want), or undefined with fewer than three points. */
export function closedRing(points: ReadonlyArray<[number, number]>): Array<[number, number]> | undefined {
  if (points.length < 3) return undefined;
  return [...points, points[0]!];
}

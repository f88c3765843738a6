/**
 * UI slice: theme, language, the selected region (region card), the measure tool, panels and the
 * connection to the core. Actions return the same object when nothing changed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RegionCard, RegionHit } from '../../main/common/region-types';
import { getEmptyMeasureState, type LonLat, type MeasureMode, type MeasureState } from './measure';

export type Theme = 'dark' | 'light';
export type Language = 'ko' | 'en';
export type Connection = 'connected' | 'connecting' | 'disconnected';

export interface UiData {
  theme: Theme;
  language: Language;
  /** The region on the card; null when the card is closed. */
  card: RegionCard | null;
  /** The point lookup the card came from (lets the card switch between sido, sigungu and dong). */
  cardHit: RegionHit | null;
  cardLoading: boolean;
  /** The last click was outside every region (the card says so instead of staying empty). */
  cardOutside: boolean;
  measure: MeasureState;
  layerPanelOpen: boolean;
  helpOpen: boolean;
  aboutOpen: boolean;
  /** The hub settings dialog. */
  hubDialogOpen: boolean;
  connection: Connection;
}

export interface UiState extends UiData {
  setTheme(theme: Theme): void;
  toggleTheme(): void;
  setLanguage(language: Language): void;
  toggleLanguage(): void;
  setCardLoading(loading: boolean): void;
  showCard(card: RegionCard | null, hit?: RegionHit | null): void;
  /** A click found no region. */
  showOutside(): void;
  startMeasure(mode: Exclude<MeasureMode, 'off'>): void;
  addMeasurePoint(point: LonLat): void;
  finishMeasure(): void;
  clearMeasure(): void;
  /** Esc: finish a drawing, else clear a finished one, else close the help/about/hub dialog, else the card. */
  escape(): void;
  setLayerPanelOpen(open: boolean): void;
  setHelpOpen(open: boolean): void;
  setAboutOpen(open: boolean): void;
  setHubDialogOpen(open: boolean): void;
  setConnection(connection: Connection): void;
}

export function getEmptyUiState(): UiData {
  return {
    theme: 'dark',
    language: 'ko',
    card: null,
    cardHit: null,
    cardLoading: false,
    cardOutside: false,
    measure: getEmptyMeasureState(),
    layerPanelOpen: true,
    helpOpen: false,
    aboutOpen: false,
    hubDialogOpen: false,
    connection: 'connected',
  };
}

/** Set one field; the same state back when the value is unchanged. */
export function withField<S extends UiData, K extends keyof UiData>(state: S, key: K, value: UiData[K]): S {
  return Object.is(state[key], value) ? state : { ...state, [key]: value };
}

export function withMeasureStarted<S extends UiData>(state: S, mode: Exclude<MeasureMode, 'off'>): S {
  // Pressing the key of the running tool again stops it.
  if (state.measure.mode === mode && !state.measure.finished) return withField(state, 'measure', getEmptyMeasureState());
  return withField(state, 'measure', { mode, points: [], finished: false });
}

export function withMeasurePoint<S extends UiData>(state: S, point: LonLat): S {
  const m = state.measure;
  if (m.mode === 'off' || m.finished) return state;
  const last = m.points[m.points.length - 1];
  if (last && last[0] === point[0] && last[1] === point[1]) return state;
  return withField(state, 'measure', { ...m, points: [...m.points, point] });
}

export function withMeasureFinished<S extends UiData>(state: S): S {
  const m = state.measure;
  if (m.mode === 'off' || m.finished) return state;
  return withField(state, 'measure', m.points.length === 0 ? getEmptyMeasureState() : { ...m, finished: true });
}

export function withEscape<S extends UiData>(state: S): S {
  if (state.measure.mode !== 'off') {
    return state.measure.finished ? withField(state, 'measure', getEmptyMeasureState()) : withMeasureFinished(state);
  }
  if (state.helpOpen) return withField(state, 'helpOpen', false);
  if (state.aboutOpen) return withField(state, 'aboutOpen', false);
  if (state.hubDialogOpen) return withField(state, 'hubDialogOpen', false);
  if (state.card) return withField(state, 'card', null);
  return state;
}

export type UiStore = StoreApi<UiState>;

export function createUiStore(initial: UiData = getEmptyUiState()): UiStore {
  return createStore<UiState>()((set) => ({
    ...initial,
    setTheme: (theme) => set((s) => withField(s, 'theme', theme)),
    toggleTheme: () => set((s) => withField(s, 'theme', s.theme === 'dark' ? 'light' : 'dark')),
    setLanguage: (language) => set((s) => withField(s, 'language', language)),
    toggleLanguage: () => set((s) => withField(s, 'language', s.language === 'ko' ? 'en' : 'ko')),
    setCardLoading: (loading) => set((s) => withField(s, 'cardLoading', loading)),
    showCard: (card, hit) =>
      set((s) => {
        const next = withField(withField(withField(s, 'cardLoading', false), 'cardOutside', false), 'card', card);
        return hit === undefined ? next : withField(next, 'cardHit', card ? hit : null);
      }),
    showOutside: () => set((s) => withField(withField(withField(withField(s, 'cardLoading', false), 'card', null), 'cardHit', null), 'cardOutside', true)),
    startMeasure: (mode) => set((s) => withMeasureStarted(s, mode)),
    addMeasurePoint: (point) => set((s) => withMeasurePoint(s, point)),
    finishMeasure: () => set((s) => withMeasureFinished(s)),
    clearMeasure: () => set((s) => (s.measure.mode === 'off' ? s : withField(s, 'measure', getEmptyMeasureState()))),
    escape: () => set((s) => withEscape(s)),
    setLayerPanelOpen: (open) => set((s) => withField(s, 'layerPanelOpen', open)),
    setHelpOpen: (open) => set((s) => withField(s, 'helpOpen', open)),
    setAboutOpen: (open) => set((s) => withField(s, 'aboutOpen', open)),
    setHubDialogOpen: (open) => set((s) => withField(s, 'hubDialogOpen', open)),
    setConnection: (connection) => set((s) => withField(s, 'connection', connection)),
  }));
}

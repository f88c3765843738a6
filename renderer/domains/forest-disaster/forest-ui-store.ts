/**
 * The forest panel's choices: the selected fire, the operator's wind, the danger-index day, and the
 * last spread prediction the core returned (drawn on the spread source, its assumptions in the panel),
 * and the selected fire's crew access by forest road (drawn on the access source).
 */
import { createStore } from 'zustand/vanilla';
import type { ForestAccessResult, ForestSpreadResult } from '../../../main/common/forest/forest-ipc';

/** 0 = today (the analysis day's mean), 1..4 = the forecast days d1..d4. */
export type DangerDay = 0 | 1 | 2 | 3 | 4;

export interface ForestUiState {
  fireKey: string | null;
  windFromDeg: number;
  windMs: number;
  dangerDay: DangerDay;
  spread: ForestSpreadResult | null;
  access: ForestAccessResult | null;
  /** Key of the pest-control zone whose card is open (a map click), or null. */
  pestKey: string | null;
  selectPest(key: string | null): void;
  selectFire(key: string | null): void;
  setWind(fromDeg: number, ms: number): void;
  setDangerDay(day: DangerDay): void;
  setSpread(spread: ForestSpreadResult | null): void;
  setAccess(access: ForestAccessResult | null): void;
}

export const forestUi = createStore<ForestUiState>()((set) => ({
  fireKey: null,
  windFromDeg: 225,
  windMs: 6,
  dangerDay: 0,
  spread: null,
  access: null,
  pestKey: null,
  selectPest: (pestKey) => set({ pestKey }),
  selectFire: (fireKey) => set((s) => (s.fireKey === fireKey ? s : { fireKey, spread: null, access: null })),
  setWind: (windFromDeg, windMs) => set({ windFromDeg, windMs }),
  setDangerDay: (dangerDay) => set((s) => (s.dangerDay === dangerDay ? s : { dangerDay })),
  setSpread: (spread) => set({ spread }),
  setAccess: (access) => set({ access }),
}));

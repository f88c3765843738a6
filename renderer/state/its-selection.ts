/** The road link the operator clicked (the link card's subject); set from map clicks on the network. */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** What the card shows of a link (from the network feature's properties). */
export interface SelectedLink {
  linkId: string;
  roadName: string;
  dir: string | null;
  lanes: number | null;
  freeFlowKmh: number | null;
  lon: number;
  lat: number;
}

export interface ItsSelectionState {
  link: SelectedLink | null;
  select(link: SelectedLink | null): void;
}

export type ItsSelectionStore = StoreApi<ItsSelectionState>;

export function createItsSelectionStore(): ItsSelectionStore {
  return createStore<ItsSelectionState>()((set) => ({ link: null, select: (link) => set({ link }) }));
}

/** One per app (like the map): the map view writes it, the link card reads it. */
export const itsSelection = createItsSelectionStore();

/** A network feature's properties as a selection; null when it is not a link. */
export function selectedLinkOf(props: Record<string, unknown> | null | undefined, lon: number, lat: number): SelectedLink | null {
  if (!props || typeof props['linkId'] !== 'string') return null;
  const num = (k: string) => (typeof props[k] === 'number' ? (props[k] as number) : null);
  return { linkId: props['linkId'], roadName: String(props['roadName'] ?? ''), dir: typeof props['dir'] === 'string' ? props['dir'] : null, lanes: num('lanes'), freeFlowKmh: num('freeFlowKmh'), lon, lat };
}

/**
 * What the operator clicked on the ITS layers: a road link (the link card's subject), or an item —
 * an incident, a camera, a sign or a hazard warning (the item card's subject, read live from the
 * store by its key). Set from map clicks and from the traffic panel; one at a time.
 */
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

/** Which ITS item layer a clicked feature belongs to. */
export type ItsItemKind = 'incident' | 'cctv' | 'vms' | 'hazard';

/** An item on an ITS point layer, by its live key. */
export interface SelectedItem {
  kind: ItsItemKind;
  key: string;
}

export interface ItsSelectionState {
  link: SelectedLink | null;
  item: SelectedItem | null;
  select(link: SelectedLink | null): void;
  selectItem(item: SelectedItem | null): void;
}

export type ItsSelectionStore = StoreApi<ItsSelectionState>;

export function createItsSelectionStore(): ItsSelectionStore {
  return createStore<ItsSelectionState>()((set) => ({
    link: null,
    item: null,
    select: (link) => set(link ? { link, item: null } : { link: null }),
    selectItem: (item) => set(item ? { item, link: null } : { item: null }),
  }));
}

/** One per app (like the map): the map view writes it, the link card reads it. */
export const itsSelection = createItsSelectionStore();

/** A network feature's properties as a selection; null when it is not a link. */
export function selectedLinkOf(props: Record<string, unknown> | null | undefined, lon: number, lat: number): SelectedLink | null {
  if (!props || typeof props['linkId'] !== 'string') return null;
  const num = (k: string) => (typeof props[k] === 'number' ? (props[k] as number) : null);
  return { linkId: props['linkId'], roadName: String(props['roadName'] ?? ''), dir: typeof props['dir'] === 'string' ? props['dir'] : null, lanes: num('lanes'), freeFlowKmh: num('freeFlowKmh'), lon, lat };
}

/** The clickable ITS point layers, topmost first, and the item kind of each. */
export const ITS_ITEM_LAYERS: ReadonlyArray<readonly [string, ItsItemKind]> = [
  ['its-traffic:incidents-icon', 'incident'],
  ['its-traffic:hazards-icon', 'hazard'],
  ['its-traffic:cctv-icon', 'cctv'],
  // The sign's icon, not its text: a text box spans the roads around it and would take their clicks.
  ['its-traffic:vms-icon', 'vms'],
];

/** The item of a clicked feature of one of ITS_ITEM_LAYERS; null when it is not one. */
export function selectedItemOf(layerId: string, props: Record<string, unknown> | null | undefined): SelectedItem | null {
  const kind = ITS_ITEM_LAYERS.find(([id]) => id === layerId)?.[1];
  const key = props?.['key'];
  return kind && typeof key === 'string' && key !== '' ? { kind, key } : null;
}

/** Hooks the panel components share: the panel store, the panel's computed view, the user, bilingual text. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { aoiLabel, type AoiSpec } from '../../../main/common/panels/aoi';
import type { Bilingual, PanelDefinition } from '../../../main/common/panels/panel-definition';
import { panelUi, queryOf, type PanelUiState, type PanelUiStore } from '../../panels/panel-store';
import { panelView, type PanelView } from '../../panels/view-cache';
import { useLive, useT, useUi } from '../stores';

/** The panel store components read (the window's own; tests render with a store in a given state). */
export const PanelUiContext = createContext<PanelUiStore>(panelUi);

export function usePanelUi<T>(selector: (s: PanelUiState) => T): T {
  return useStore(useContext(PanelUiContext), selector);
}

/** The panel's view under the current query and area (recomputed only when one of them changed). */
export function usePanelView(def: PanelDefinition): PanelView {
  const streams = useLive((s) => s.streams);
  const query = usePanelUi((s) => queryOf(s, def.id));
  const aoi = usePanelUi((s) => s.aoi);
  return panelView(def, streams, query, aoi);
}

/** Bilingual text in the UI language. */
export function useBi(): (b: Bilingual) => string {
  const language = useUi((s) => s.language);
  return (b) => b[language];
}

/** Who this workstation is, as the hub said (null until it did). */
export function useHubUser() {
  return useLive((s) => s.feeds?.user ?? null);
}

/**
 * An area's label in the UI language. The core names a drawn area and a buffer in language-neutral
 * English (`aoiLabel`): those default names are shown translated; a name someone gave the area, and a
 * region's own (Korean) name, are shown as they are.
 */
export function useAoiLabel(): (aoi: { spec: AoiSpec; label: string }) => string {
  const t = useT();
  return (aoi) => {
    if (aoi.label !== aoiLabel(aoi.spec)) return aoi.label;
    if (aoi.spec.type === 'polygon') return t('panels.aoi.drawn');
    if (aoi.spec.type === 'buffer') return t('panels.aoi.around', { km: aoi.spec.radiusKm, label: aoi.spec.source ?? '' });
    return aoi.label;
  };
}

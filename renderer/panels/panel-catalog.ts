/**
 * The panels the renderer can show: every panel of the shared registry (main/common/panels/registry.ts)
 * and the synthetic test panel, which is listed only while its test stream holds records.
 */
import type { LiveFeature } from '../../main/common/live-sync';
import type { PanelDefinition } from '../../main/common/panels/panel-definition';
import { PANEL_DEFINITIONS } from '../../main/common/panels/registry';
import { syntheticPanel } from '../../main/common/panels/synthetic-panel';

export const RENDERER_PANELS: readonly PanelDefinition[] = [...PANEL_DEFINITIONS.filter((p) => p.id !== syntheticPanel.id), syntheticPanel];

export function panelById(id: string | null | undefined): PanelDefinition | null {
  return RENDERER_PANELS.find((p) => p.id === id) ?? null;
}

/** Panels to offer in the dock. */
export function listedPanels(streams: Readonly<Record<string, Readonly<Record<string, LiveFeature>>>>): PanelDefinition[] {
  return RENDERER_PANELS.filter((p) => p !== syntheticPanel || Object.keys(streams[p.stream] ?? {}).length > 0);
}

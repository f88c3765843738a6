/**
 * Every panel the app knows: the core's impact summary reports each one's own figures, and the
 * renderer lists them. Panels add themselves here (one import and one entry each).
 */
import type { PanelDefinition } from './panel-definition.js';

export const PANEL_DEFINITIONS: readonly PanelDefinition[] = [];

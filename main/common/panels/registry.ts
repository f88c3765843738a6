/**
 * Every panel the app knows: the core's impact summary reports each one's own figures, and the
 * renderer lists them. Panels add themselves here (one import and one entry each). The eighteen
 * service panels (issue 8) come first, in the order of the product table.
 */
import { cleanPortalPanel } from './defs/clean-portal.js';
import { dbrainPanel } from './defs/dbrain.js';
import { epeoplePanel } from './defs/epeople.js';
import { foodSafetyPanel } from './defs/food-safety.js';
import { forestMgmtPanel } from './defs/forest-mgmt.js';
import { gcmaPanel } from './defs/gcma.js';
import { goodpyPanel } from './defs/goodpy.js';
import { gov24Panel } from './defs/gov24.js';
import { hrdPanel } from './defs/hrd.js';
import { kicsPanel } from './defs/kics.js';
import { klicPanel } from './defs/klic.js';
import { konepsPanel } from './defs/koneps.js';
import { mobileIdPanel } from './defs/mobile-id.js';
import { narasatPanel } from './defs/narasat.js';
import { nirsPanel } from './defs/nirs.js';
import { publicInfoPanel } from './defs/public-info.js';
import { smePanel } from './defs/sims.js';
import { unipassPanel } from './defs/unipass.js';
import type { PanelDefinition } from './panel-definition.js';

/** The eighteen government-service panels, in the order of the product table. */
export const SERVICE_PANELS: readonly PanelDefinition[] = [
  nirsPanel,
  gcmaPanel,
  publicInfoPanel,
  hrdPanel,
  dbrainPanel,
  klicPanel,
  kicsPanel,
  gov24Panel,
  mobileIdPanel,
  goodpyPanel,
  epeoplePanel,
  cleanPortalPanel,
  foodSafetyPanel,
  konepsPanel,
  smePanel,
  unipassPanel,
  narasatPanel,
  forestMgmtPanel,
];

export const PANEL_DEFINITIONS: readonly PanelDefinition[] = [...SERVICE_PANELS];

/** Adapters by id, for the scenario engine and source definitions. Domain issues add theirs here. */
import type { Adapter } from '../types.js';
import { dsspAlertsAdapter } from './dssp-alerts.js';

export const adapters: Readonly<Record<string, Adapter>> = {
  [dsspAlertsAdapter.id]: dsspAlertsAdapter,
};

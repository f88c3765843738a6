/**
 * Per-panel record counts of a synced store (`sitroom panels`): each service panel's records (its
 * stream's live features plus imported records) and whether they are real or demo data.
 */
import { panelRecords, PANEL_IMPORT_STREAM } from '../../common/panels/panel-records.js';
import type { PanelDefinition } from '../../common/panels/panel-definition.js';
import type { LiveFeature } from '../../common/live-sync.js';

/** One line of `sitroom panels`. */
export interface PanelCount {
  id: string;
  title: string;
  records: number;
  source: 'real' | 'demo';
}

/**
 * `demo` when any record is generated demo data (`props.demo === true`), `real` when records exist
 * and none is; an empty panel reports what its definition says it shows.
 */
export function panelCounts(panels: readonly PanelDefinition[], features: (stream: string) => LiveFeature[]): PanelCount[] {
  const imports = features(PANEL_IMPORT_STREAM);
  return panels.map((def) => {
    const records = panelRecords(def, [...features(def.stream), ...imports]);
    const source = records.length === 0 ? def.source : records.some((r) => r.props['demo'] === true) ? 'demo' : 'real';
    return { id: def.id, title: def.title.en, records: records.length, source };
  });
}

/** A panel's toolbar: free-text search, the definition's filters, the summary figures, export and import. */
import type { PanelDefinition, PanelFilter } from '../../../main/common/panels/panel-definition';
import { toCsv, toGeoJson } from '../../../main/common/panels/export';
import { formatNumber } from '../../i18n';
import { downloadText, exportFileName } from '../../panels/download';
import { panelUi, queryOf } from '../../panels/panel-store';
import { summaryOf, type FilterValue, type PanelRecord } from '../../panels/panel-view';
import { useT, useUi } from '../stores';
import { useBi, useHubUser, usePanelUi } from './panel-hooks';

const numOrNull = (s: string): number | null => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));

function FilterControl({ def, filter }: { def: PanelDefinition; filter: PanelFilter }) {
  const t = useT();
  const bi = useBi();
  const value = usePanelUi((s) => queryOf(s, def.id).filters[filter.key]);
  const set = (v: FilterValue | null) => panelUi.getState().setFilter(def.id, filter.key, v);
  const label = bi(filter.label);
  switch (filter.kind) {
    case 'enum': {
      const column = def.columns.find((c) => c.key === filter.key);
      const current = value?.kind === 'enum' ? (value.values[0] ?? '') : '';
      return (
        <label className="panel-filter">
          {label}
          <select data-filter={filter.key} value={current} onChange={(e) => set(e.target.value ? { kind: 'enum', values: [e.target.value] } : null)}>
            <option value="">{t('panels.filterAll')}</option>
            {(column?.values ?? []).map((v) => (
              <option key={v.value} value={v.value}>
                {bi(v.label)}
              </option>
            ))}
          </select>
        </label>
      );
    }
    case 'range': {
      const r = value?.kind === 'range' ? value : { kind: 'range' as const, min: null, max: null };
      return (
        <label className="panel-filter">
          {label}
          <input type="number" data-filter={`${filter.key}-min`} placeholder={t('panels.min')} value={r.min ?? ''} onChange={(e) => set({ ...r, min: numOrNull(e.target.value) })} />
          <input type="number" data-filter={`${filter.key}-max`} placeholder={t('panels.max')} value={r.max ?? ''} onChange={(e) => set({ ...r, max: numOrNull(e.target.value) })} />
        </label>
      );
    }
    case 'text':
      return (
        <label className="panel-filter">
          {label}
          <input type="text" data-filter={filter.key} value={value?.kind === 'text' ? value.text : ''} onChange={(e) => set(e.target.value ? { kind: 'text', text: e.target.value } : null)} />
        </label>
      );
    case 'boolean': {
      const v = value?.kind === 'boolean' ? value.value : null;
      return (
        <label className="panel-filter">
          {label}
          <select data-filter={filter.key} value={v === null ? '' : String(v)} onChange={(e) => set(e.target.value === '' ? null : { kind: 'boolean', value: e.target.value === 'true' })}>
            <option value="">{t('panels.filterAll')}</option>
            <option value="true">✓</option>
            <option value="false">✗</option>
          </select>
        </label>
      );
    }
  }
}

export function PanelToolbar({ def, view, onImport }: { def: PanelDefinition; view: readonly PanelRecord[]; onImport: () => void }) {
  const t = useT();
  const bi = useBi();
  const language = useUi((s) => s.language);
  const user = useHubUser();
  const search = usePanelUi((s) => queryOf(s, def.id).search);
  const sensitiveGrant = user?.sensitive ?? false;
  return (
    <div className="panel-toolbar">
      <div className="panel-filters">
        <input type="search" data-testid="panel-search" aria-label={t('panels.search')} placeholder={t('panels.search')} value={search} onChange={(e) => panelUi.getState().setSearch(def.id, e.target.value)} />
        {def.filters.map((f) => (
          <FilterControl key={f.key} def={def} filter={f} />
        ))}
      </div>
      <dl className="panel-summary" data-testid="panel-summary">
        {summaryOf(def, view).map(({ summary, value }) => (
          <div key={summary.id} data-summary={summary.id} data-value={value ?? ''}>
            <dt>{bi(summary.label)}</dt>
            <dd>{value === null ? '–' : `${formatNumber(language, value, Number.isInteger(value) ? 0 : 1)}${summary.unit ? ` ${summary.unit}` : ''}`}</dd>
          </div>
        ))}
      </dl>
      <div className="panel-io">
        <span className="muted">{t('panels.export')}</span>
        <button type="button" data-testid="panel-export-csv" onClick={() => downloadText(exportFileName(def.id, 'csv'), toCsv(view, def.columns, { sensitiveGrant }), 'text/csv;charset=utf-8')}>
          {t('panels.exportCsv')}
        </button>
        <button type="button" data-testid="panel-export-geojson" onClick={() => downloadText(exportFileName(def.id, 'geojson'), toGeoJson(view, def.columns, { sensitiveGrant }), 'application/geo+json')}>
          {t('panels.exportGeojson')}
        </button>
        <button type="button" data-testid="panel-import" onClick={onImport}>
          {t('panels.import')}
        </button>
      </div>
    </div>
  );
}

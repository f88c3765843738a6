/**
 * Renders any panel definition: header (title, service, demo badge, counts, area), toolbar (search,
 * filters, summary, export, import), the sortable virtualised record list (click = select and fly to it
 * on the map), and the panel's actions. Everything shown is the panel's view (area → filters → search
 * → sort) from `usePanelView`.
 */
import { useMemo, useState } from 'react';
import type { PanelColumn, PanelDefinition } from '../../../main/common/panels/panel-definition';
import { formatNumber, type Language } from '../../i18n';
import { panelUi, queryOf } from '../../panels/panel-store';
import { nextSort, titleOf, type PanelRecord } from '../../panels/panel-view';
import { useLive, useT, useUi } from '../stores';
import { VirtualList } from './virtual-list';
import { PanelToolbar } from './panel-toolbar';
import { PanelActions } from './panel-actions';
import { PanelImport } from './panel-import';
import { RecentActions } from './recent-actions';
import { recordsWithUnverifiedActions } from '../../panels/ops-actions';
import { useAoiLabel, useBi, useHubUser, usePanelUi, usePanelView } from './panel-hooks';

export const ROW_HEIGHT = 28;
const KST_MS = 9 * 3600_000;

/** A cell's text: numbers with separators and unit, dates in KST, enums by label, masked sensitive values. */
export function cellText(column: PanelColumn, value: unknown, language: Language, sensitiveGrant: boolean): string {
  if (column.sensitive && !sensitiveGrant) return '***';
  if (value === undefined || value === null || value === '') return '';
  switch (column.type) {
    case 'number':
      return typeof value === 'number' ? `${formatNumber(language, value, Number.isInteger(value) ? 0 : 1)}${column.unit ? ` ${column.unit}` : ''}` : String(value);
    case 'date': {
      const t = typeof value === 'number' ? value : Date.parse(String(value));
      return Number.isFinite(t) ? `${new Date(t + KST_MS).toISOString().slice(0, 16).replace('T', ' ')} KST` : String(value);
    }
    case 'enum':
      return column.values?.find((v) => v.value === String(value))?.label[language] ?? String(value);
    case 'boolean':
      return value === true ? '✓' : value === false ? '✗' : String(value);
    case 'text':
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

function RecordRow({ def, record, selected, language, sensitive, widths, unverified, unverifiedLabel }: { def: PanelDefinition; record: PanelRecord; selected: boolean; language: Language; sensitive: boolean; widths: string; unverified: boolean; unverifiedLabel: string }) {
  return (
    <button
      type="button"
      className={`panel-row${selected ? ' selected' : ''}${record.origin === 'import' ? ' imported' : ''}${unverified ? ' has-unverified' : ''}`}
      style={{ gridTemplateColumns: widths }}
      data-key={record.key}
      aria-pressed={selected}
      title={titleOf(def, record)}
      onClick={() => panelUi.getState().select({ panelId: def.id, key: record.key }, true)}
    >
      {def.columns.map((c, i) => (
        <span key={c.key} className={`cell cell-${c.type}`}>
          {/* An unverified action was taken on this record: flagged in its first cell. */}
          {i === 0 && unverified && (
            <span className="ops-unverified" data-testid="ops-unverified">
              ⚠ {unverifiedLabel}{' '}
            </span>
          )}
          {cellText(c, record.props[c.key], language, sensitive)}
        </span>
      ))}
    </button>
  );
}

export function PanelHost({ def, initialScrollTop, detached = false }: { def: PanelDefinition; initialScrollTop?: number; detached?: boolean }) {
  const t = useT();
  const aoiLabel = useAoiLabel();
  const bi = useBi();
  const language = useUi((s) => s.language);
  const user = useHubUser();
  const { all, view } = usePanelView(def);
  const sort = usePanelUi((s) => queryOf(s, def.id).sort);
  const selected = usePanelUi((s) => (s.selected?.panelId === def.id ? s.selected.key : null));
  const aoi = usePanelUi((s) => s.aoi);
  const [importing, setImporting] = useState(false);
  const widths = def.columns.map((c) => `${c.width ?? 110}px`).join(' ');
  const selectedIndex = selected === null ? null : view.findIndex((r) => r.key === selected);
  const streams = useLive((s) => s.streams);
  const flagged = useMemo(() => recordsWithUnverifiedActions(streams, def), [streams, def]);

  return (
    <section className="panel-host" data-testid={`panel-${def.id}`} data-panel={def.id} data-shown={view.length} data-total={all.length} data-selected={selected ?? ''} aria-label={bi(def.title)}>
      <header className="panel-head">
        <div>
          <strong>{bi(def.title)}</strong>
          {def.service && <span className="muted"> · {bi(def.service)}</span>}
          {def.source === 'demo' && (
            <span className="demo-badge" data-testid="panel-demo-badge">
              {t('panels.demo')}
            </span>
          )}
          {detached && <span className="muted"> · {t('panels.detached')}</span>}
        </div>
        <div className="panel-counts" data-testid="panel-counts">
          {t('panels.records', { shown: formatNumber(language, view.length), total: formatNumber(language, all.length) })}
          <span className="muted"> · {aoi ? (def.geometry === 'none' ? t('panels.aoi.notPlaced') : aoiLabel(aoi)) : t('panels.aoi.none')}</span>
        </div>
      </header>
      <PanelToolbar def={def} view={view} onImport={() => setImporting(true)} />
      <div className="panel-table" role="table">
        <div className="panel-columns" role="row" style={{ gridTemplateColumns: widths }}>
          {def.columns.map((c) => (
            <button key={c.key} type="button" role="columnheader" data-sort-key={c.key} aria-sort={sort?.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} onClick={() => panelUi.getState().setSort(def.id, nextSort(sort, c.key))}>
              {bi(c.label)}
              {sort?.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
            </button>
          ))}
        </div>
        {view.length === 0 ? (
          <p className="muted panel-empty">{t('panels.noRecords')}</p>
        ) : (
          <VirtualList
            testId="panel-list"
            count={view.length}
            rowHeight={ROW_HEIGHT}
            initialScrollTop={initialScrollTop}
            scrollToIndex={selectedIndex !== null && selectedIndex >= 0 ? selectedIndex : null}
            renderRow={(i) => <RecordRow def={def} record={view[i]!} selected={view[i]!.key === selected} language={language} sensitive={user?.sensitive ?? false} widths={widths} unverified={flagged.has(view[i]!.key)} unverifiedLabel={t('panels.ops.unverified')} />}
          />
        )}
      </div>
      <PanelActions def={def} />
      {/* The GCMA panel lists every operator action with its signature check; the others their own. */}
      <RecentActions def={def} all={def.id === 'gcma'} />
      {importing && <PanelImport def={def} onClose={() => setImporting(false)} />}
    </section>
  );
}

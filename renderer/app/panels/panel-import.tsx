/**
 * Import of a real file into a panel: pick a CSV or GeoJSON file (UTF-8 or EUC-KR/CP949), map its
 * columns to the panel's columns, its key and its location, then a progress bar while it is parsed and
 * sent, and the report of rejected rows with their reasons.
 */
import { useState } from 'react';
import type { PanelDefinition } from '../../../main/common/panels/panel-definition';
import type { ImportMapping } from '../../../main/common/panels/import-mapping';
import { defaultMapping, fileColumns, formatOf, runImport, type ImportOutcome, type ImportProgress } from '../../panels/import-run';
import { useStores, useT } from '../stores';
import { useBi } from './panel-hooks';

interface Loaded {
  name: string;
  text: string;
  columns: string[];
}

const SHOWN_REJECTS = 500;

function ColumnSelect({ columns, value, onChange, testId }: { columns: string[]; value: string | undefined; onChange: (v: string | undefined) => void; testId?: string }) {
  const t = useT();
  return (
    <select data-testid={testId} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{t('panels.import.skip')}</option>
      {columns.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
}

export function PanelImport({ def, onClose }: { def: PanelDefinition; onClose: () => void }) {
  const t = useT();
  const bi = useBi();
  const { api } = useStores();
  const [encoding, setEncoding] = useState<'utf-8' | 'euc-kr'>('utf-8');
  const [file, setFile] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  const pick = async (f: File | undefined) => {
    if (!f) return;
    setOutcome(null);
    setError(null);
    const text = new TextDecoder(encoding).decode(await f.arrayBuffer());
    const columns = fileColumns(text, formatOf(f.name));
    setFile({ name: f.name, text, columns });
    setMapping(defaultMapping(def, columns, formatOf(f.name)));
  };

  const sourceOf = (to: string) => mapping?.columns.find((c) => c.to === to)?.from;
  const setSource = (to: string, from: string | undefined) => {
    if (!mapping) return;
    const column = def.columns.find((c) => c.key === to);
    const type = column?.type === 'number' ? 'number' : column?.type === 'boolean' ? 'boolean' : column?.type === 'date' ? 'date' : 'text';
    const rest = mapping.columns.filter((c) => c.to !== to);
    setMapping({ ...mapping, columns: from ? [...rest, { from, to, type, required: false }] : rest });
  };

  const start = () => {
    if (!file || !mapping) return;
    setProgress({ phase: 'parse', done: 0, total: file.text.length });
    const importId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    runImport({ def, fileName: file.name, text: file.text, mapping, importId, submit: (args) => api.invoke('ops:submit', args), onProgress: setProgress }).then(
      (o) => (setOutcome(o), setProgress(null)),
      (err: unknown) => (setError(String(err)), setProgress(null)),
    );
  };

  const loc = mapping?.location;
  return (
    <div className="panel-import" data-testid="panel-import-dialog" role="dialog" aria-label={t('panels.import')}>
      <header>
        <strong>{t('panels.import')} — {bi(def.title)}</strong>
        <button type="button" onClick={onClose} aria-label={t('panels.close')}>
          ×
        </button>
      </header>
      <label>
        {t('panels.import.file')}
        <select value={encoding} onChange={(e) => setEncoding(e.target.value === 'euc-kr' ? 'euc-kr' : 'utf-8')}>
          <option value="utf-8">UTF-8</option>
          <option value="euc-kr">EUC-KR / CP949</option>
        </select>
        <input type="file" data-testid="panel-import-file" accept=".csv,.geojson,.json,text/csv,application/geo+json" onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      {file && mapping && (
        <fieldset className="panel-mapping" data-testid="panel-import-mapping" disabled={progress !== null}>
          <legend>{t('panels.import.mapping')}</legend>
          {def.columns.map((c) => (
            <label key={c.key}>
              {bi(c.label)}
              <ColumnSelect columns={file.columns} value={sourceOf(c.key)} onChange={(v) => setSource(c.key, v)} testId={`panel-map-${c.key}`} />
            </label>
          ))}
          <label>
            key
            <ColumnSelect columns={file.columns} value={mapping.key} onChange={(v) => setMapping({ ...mapping, ...(v ? { key: v } : { key: undefined }) })} />
          </label>
          {loc?.kind === 'lonlat' && (
            <>
              <label>
                lon
                <ColumnSelect columns={file.columns} value={loc.lon} onChange={(v) => v && setMapping({ ...mapping, location: { ...loc, lon: v } })} />
              </label>
              <label>
                lat
                <ColumnSelect columns={file.columns} value={loc.lat} onChange={(v) => v && setMapping({ ...mapping, location: { ...loc, lat: v } })} />
              </label>
            </>
          )}
          {loc?.kind === 'region' && (
            <label>
              region
              <ColumnSelect columns={file.columns} value={loc.column} onChange={(v) => v && setMapping({ ...mapping, location: { ...loc, column: v } })} />
            </label>
          )}
          <button type="button" data-testid="panel-import-start" onClick={start}>
            {t('panels.import.start')}
          </button>
        </fieldset>
      )}
      {progress && (
        <div data-testid="panel-import-progress">
          <progress max={progress.total} value={progress.done} />
          <span>{progress.phase === 'parse' ? t('panels.import.parsing', { pct: Math.floor((100 * progress.done) / Math.max(1, progress.total)) }) : t('panels.import.sending', { done: progress.done, total: progress.total })}</span>
        </div>
      )}
      {error && <p className="panel-error">{error}</p>}
      {outcome && (
        <div className="panel-import-report" data-testid="panel-import-report" data-accepted={outcome.accepted} data-rejected={outcome.rejects.length}>
          <p>{t('panels.import.done', { accepted: outcome.accepted, rejected: outcome.rejects.length })}</p>
          {outcome.rejects.length > 0 && (
            <>
              <strong>{t('panels.import.rejected')}</strong>
              <ul>
                {outcome.rejects.slice(0, SHOWN_REJECTS).map((r, i) => (
                  <li key={i} data-line={r.line}>
                    {t('panels.import.row', { row: r.line, reason: r.reason })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * The area-of-interest bar above the panels: draw a polygon, N km around the selected record, pick a
 * region on the map (or take the region card's), clear, publish; and the areas other workstations
 * published (with their author), any of which can be made the current area.
 */
import { useState } from 'react';
import { adoptPublishedArea, bufferAround, publishArea, publishedAreas, setAreaFromSpec } from '../../panels/aoi-actions';
import { panelById } from '../../panels/panel-catalog';
import { panelUi } from '../../panels/panel-store';
import { panelView } from '../../panels/view-cache';
import { titleOf } from '../../panels/panel-view';
import { AOI_STREAM } from '../../../main/common/panels/aoi';
import { useLive, useStores, useT, useUi } from '../stores';
import { useAoiLabel, usePanelUi } from './panel-hooks';

export function AoiTools() {
  const t = useT();
  const aoiLabel = useAoiLabel();
  const stores = useStores();
  const tool = usePanelUi((s) => s.tool);
  const aoi = usePanelUi((s) => s.aoi);
  const bufferKm = usePanelUi((s) => s.bufferKm);
  const selected = usePanelUi((s) => s.selected);
  const draft = usePanelUi((s) => s.draft.length);
  const card = useUi((s) => s.card);
  const published = publishedAreas(useLive((s) => s.streams[AOI_STREAM]));
  const [message, setMessage] = useState<string | null>(null);

  const selectedRecord = () => {
    const def = panelById(selected?.panelId);
    if (!def || !selected) return null;
    const s = panelUi.getState();
    const r = panelView(def, stores.live.getState().streams, s.queries[def.id] ?? { search: '', filters: {}, sort: null }, null).byKey.get(selected.key);
    return r ? { def, r } : null;
  };
  const canBuffer = selectedRecord()?.r.geometry != null;

  return (
    <div className="aoi-tools" data-testid="aoi-tools" data-aoi={aoi?.id ?? ''} data-aoi-label={aoi?.label ?? ''}>
      <strong>{t('panels.aoi')}</strong>
      <span className="aoi-label" data-testid="aoi-label">
        {aoi ? aoiLabel(aoi) : t('panels.aoi.none')}
        {aoi?.published?.user ? ` · ${t('panels.aoi.by', { user: aoi.published.user })}` : ''}
      </span>
      <div className="aoi-buttons">
        <button type="button" data-testid="aoi-draw" aria-pressed={tool === 'polygon'} onClick={() => panelUi.getState().setTool(tool === 'polygon' ? 'off' : 'polygon')}>
          {t('panels.aoi.draw')}
        </button>
        <button type="button" data-testid="aoi-region" aria-pressed={tool === 'region'} onClick={() => panelUi.getState().setTool(tool === 'region' ? 'off' : 'region')}>
          {t('panels.aoi.region')}
        </button>
        {card?.code && (
          <button type="button" data-testid="aoi-card-region" onClick={() => card.code && void setAreaFromSpec(stores.api, { type: 'region', level: card.level, code: card.code })}>
            {t('panels.aoi.regionCard')}: {card.name}
          </button>
        )}
        <label className="aoi-buffer">
          <button
            type="button"
            data-testid="aoi-buffer"
            disabled={!canBuffer}
            onClick={() => {
              const sel = selectedRecord();
              if (sel?.r.geometry) bufferAround(stores.api, sel.r.geometry, bufferKm, `${sel.def.id}/${titleOf(sel.def, sel.r)}`);
            }}
          >
            {t('panels.aoi.buffer', { km: bufferKm })}
          </button>
          <input type="number" min={0.1} max={200} step={0.5} aria-label={t('panels.aoi.bufferKm')} value={bufferKm} onChange={(e) => panelUi.getState().setBufferKm(Number(e.target.value))} />
        </label>
        <button type="button" data-testid="aoi-clear" disabled={!aoi} onClick={() => panelUi.getState().setAoi(null)}>
          {t('panels.aoi.clear')}
        </button>
        <button
          type="button"
          data-testid="aoi-publish"
          disabled={!aoi || Boolean(aoi.published)}
          onClick={() => {
            if (aoi) publishArea(stores.api, aoi).then((id) => setMessage(t('panels.action.sent', { id })), (err: unknown) => setMessage(String(err)));
          }}
        >
          {t('panels.aoi.publish')}
        </button>
      </div>
      {tool === 'polygon' && <p className="muted">{t('panels.aoi.drawHint')} ({draft})</p>}
      {tool === 'region' && <p className="muted">{t('panels.aoi.regionHint')}</p>}
      {message && <p className="muted">{message}</p>}
      {published.length > 0 && (
        <details className="aoi-published" data-testid="aoi-published" open>
          <summary>
            {t('panels.aoi.published')} ({published.length})
          </summary>
          <ul>
            {published.map((p) => (
              <li key={p.key} data-key={p.key} data-user={p.user ?? ''}>
                <span>
                  {p.name} · {t('panels.aoi.by', { user: p.user ?? '?' })}
                </span>
                <button type="button" disabled={aoi?.published?.key === p.key} onClick={() => void adoptPublishedArea(stores.api, p)}>
                  {t('panels.aoi.use')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

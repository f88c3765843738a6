/**
 * The panel dock beside the map: a button opens it; inside, the area-of-interest bar, one tab per open
 * panel (plus the impact view), the shown tab's panel, and per tab "detach" (a window of the same
 * instance showing only that panel, `?panel=<id>`, kept in sync over panel-channel.ts; in Electron the
 * shell opens it as a real BrowserWindow) and "close".
 */
import { useEffect, useRef, useState } from 'react';
import { detachedUrl } from '../../panels/panel-channel';
import { listedPanels, panelById } from '../../panels/panel-catalog';
import { panelUi } from '../../panels/panel-store';
import { useLive, useT, useUi } from '../stores';
import { AoiTools } from './aoi-tools';
import { ImpactView } from './impact-view';
import { PanelHost } from './panel-host';
import { useBi, usePanelUi } from './panel-hooks';
import './panels.css';

/** The impact view's tab id (not a panel definition). */
export const IMPACT_TAB = 'impact';

function detach(id: string): void {
  window.open(detachedUrl(location.href, id), `sitroom-panel-${id}`, 'popup,width=960,height=720');
}

export function PanelDock() {
  const t = useT();
  const bi = useBi();
  const streams = useLive((s) => s.streams);
  const open = usePanelUi((s) => s.open);
  const active = usePanelUi((s) => s.active);
  const [expanded, setExpanded] = useState(false);
  const offered = listedPanels(streams);
  const def = active && active !== IMPACT_TAB ? panelById(active) : null;
  const shown = expanded || open.length > 0;
  const strip = useRef<HTMLDivElement>(null);
  // The tab strip scrolls past two rows: keep the shown tab in view (opened from the picker or the map).
  useEffect(() => {
    strip.current?.querySelector('.panel-tab.active')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [active, open.length]);

  if (!shown) {
    return (
      <button type="button" className="panel-dock-toggle" data-testid="panel-dock-open" onClick={() => setExpanded(true)}>
        {t('panels.open')}
      </button>
    );
  }
  return (
    <aside className="panel-dock open" data-testid="panel-dock" aria-label={t('panels.list')}>
      <AoiTools />
      <div className="panel-tabs">
        <div className="panel-tab-strip" role="tablist" ref={strip}>
          {open.map((id) => {
            const p = panelById(id);
            const label = id === IMPACT_TAB ? t('panels.impact') : p ? bi(p.title) : id;
            return (
              <span key={id} className={`panel-tab${id === active ? ' active' : ''}`} data-tab={id}>
                <button type="button" role="tab" aria-selected={id === active} onClick={() => panelUi.getState().setActive(id)}>
                  {label}
                </button>
                {id !== IMPACT_TAB && (
                  <button type="button" data-testid={`panel-detach-${id}`} title={t('panels.detach')} aria-label={t('panels.detach')} onClick={() => detach(id)}>
                    ⧉
                  </button>
                )}
                <button type="button" title={t('panels.close')} aria-label={t('panels.close')} onClick={() => panelUi.getState().closePanel(id)}>
                  ×
                </button>
              </span>
            );
          })}
        </div>
        <select
          data-testid="panel-open-select"
          aria-label={t('panels.list')}
          value=""
          onChange={(e) => {
            if (e.target.value) panelUi.getState().openPanel(e.target.value);
          }}
        >
          <option value="">＋ {t('panels.list')}</option>
          <option value={IMPACT_TAB}>{t('panels.impact')}</option>
          {offered.map((p) => (
            <option key={p.id} value={p.id}>
              {bi(p.title)}
              {p.source === 'demo' ? ` (${t('panels.demo')})` : ''}
            </option>
          ))}
        </select>
        <button type="button" className="panel-dock-hide" title={t('panels.close')} onClick={() => (setExpanded(false), open.forEach((id) => panelUi.getState().closePanel(id)))}>
          ⇥
        </button>
      </div>
      {active === IMPACT_TAB && <ImpactView />}
      {def && <PanelHost key={def.id} def={def} />}
    </aside>
  );
}

/** The root of a detached panel window: only that panel (and the area bar), in sync with the main window. */
export function DetachedPanel({ id }: { id: string }) {
  const def = panelById(id);
  const theme = useUi((s) => s.theme);
  const language = useUi((s) => s.language);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = language;
    document.title = def ? `${def.title[language]} — Situation Room` : document.title;
  }, [theme, language, def]);
  if (!def && id !== IMPACT_TAB) return <p className="muted">{id}</p>;
  return (
    <div className="panel-window" data-testid="panel-window">
      <AoiTools />
      {def ? <PanelHost def={def} detached /> : <ImpactView />}
    </div>
  );
}

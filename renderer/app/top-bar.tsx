/** App name, search, measure tools, theme and language switches, hub settings, and the exercise banner. */
import type { ReactNode } from 'react';
import { SearchBox } from './search-box';
import { ExerciseBanner } from './live-status';
import { useStores, useT, useUi } from './stores';

export function TopBar({ banner }: { banner?: ReactNode }) {
  const { ui } = useStores();
  const t = useT();
  const theme = useUi((s) => s.theme);
  const measureMode = useUi((s) => s.measure.mode);
  const layerPanelOpen = useUi((s) => s.layerPanelOpen);
  return (
    <header className="top-bar">
      <button type="button" aria-pressed={layerPanelOpen} title={`${t('layers.toggle')} (L)`} onClick={() => ui.getState().setLayerPanelOpen(!layerPanelOpen)}>
        {t('layers.title')}
      </button>
      <div className="brand">
        <span className="app-name">{t('app.name')}</span>
        <span className="subtitle">{t('app.subtitle')}</span>
      </div>
      {/* The exercise banner is part of the top bar, so every window that has one shows it. */}
      <div className="banner-slot" data-slot="banner">
        <ExerciseBanner />
        {banner}
      </div>
      <SearchBox />
      <div className="tools">
        <button type="button" aria-pressed={measureMode === 'distance'} title={`${t('measure.distance')} (M)`} onClick={() => ui.getState().startMeasure('distance')}>
          {t('measure.distance')}
        </button>
        <button type="button" aria-pressed={measureMode === 'area'} title={`${t('measure.area')} (A)`} onClick={() => ui.getState().startMeasure('area')}>
          {t('measure.area')}
        </button>
        <button type="button" data-testid="theme-switch" title={`${t('theme.switch')} (T)`} aria-label={t('theme.switch')} onClick={() => ui.getState().toggleTheme()}>
          {theme === 'dark' ? t('theme.light') : t('theme.dark')}
        </button>
        <button type="button" data-testid="lang-switch" title={`${t('lang.switchLabel')} (K)`} aria-label={t('lang.switchLabel')} onClick={() => ui.getState().toggleLanguage()}>
          {t('lang.switch')}
        </button>
        <button type="button" data-testid="hub-settings" title={`${t('hub.open')} (H)`} onClick={() => ui.getState().setHubDialogOpen(true)}>
          {t('hub.open')}
        </button>
        <button type="button" className="icon-button" title={`${t('help.open')} (?)`} aria-label={t('help.open')} onClick={() => ui.getState().setHelpOpen(true)}>
          ?
        </button>
      </div>
    </header>
  );
}

/** Cursor position, the region under it, the map scale and zoom, measurement results, data sources. */
import { formatNumber } from '../i18n';
import { scaleBar, scaleDenominator } from '../map/scale';
import { formatArea, formatLength, measureResult, type LonLat } from '../state/measure';
import { useMapView, useStores, useT, useUi } from './stores';
import { FeedStatus } from './live-status';

function formatLonLat(lon: number, lat: number): string {
  return `${Math.abs(lon).toFixed(4)}°${lon >= 0 ? 'E' : 'W'} ${Math.abs(lat).toFixed(4)}°${lat >= 0 ? 'N' : 'S'}`;
}

function MeasureReadout() {
  const t = useT();
  const measure = useUi((s) => s.measure);
  const cursor = useMapView((s) => s.cursor);
  const { ui } = useStores();
  if (measure.mode === 'off') return null;
  const result = measureResult(measure, cursor ? ([cursor.lon, cursor.lat] as LonLat) : null);
  return (
    <div className="measure-readout" role="status">
      <strong>{t(measure.mode === 'distance' ? 'measure.distance' : 'measure.area')}</strong>
      <span>
        {t('measure.length')} {formatLength(result.lengthM)}
      </span>
      {measure.mode === 'area' && (
        <span>
          {t('measure.areaLabel')} {result.areaM2 === null ? '—' : formatArea(result.areaM2)}
        </span>
      )}
      <span className="muted">{t('measure.points', { n: measure.points.length })}</span>
      {!measure.finished && <span className="muted">{t(measure.mode === 'distance' ? 'measure.hintDistance' : 'measure.hintArea')}</span>}
      <button type="button" onClick={() => ui.getState().clearMeasure()}>
        {t('measure.clear')}
      </button>
    </div>
  );
}

export function StatusBar({ attribution }: { attribution: string }) {
  const t = useT();
  const { ui } = useStores();
  const language = useUi((s) => s.language);
  const cursor = useMapView((s) => s.cursor);
  const hover = useMapView((s) => s.hover);
  const view = useMapView((s) => s.view);
  const lat = cursor?.lat ?? view.center[1];
  const bar = scaleBar(lat, view.zoom, 100);
  const region =
    !cursor || hover.kind === 'unknown'
      ? t('status.none')
      : hover.kind === 'outside'
        ? t('status.outside')
        : [hover.hit.sido, hover.hit.sigungu, hover.hit.emd]
            .filter((r) => r !== null)
            .map((r) => (language === 'ko' ? r.name : r.nameEn))
            .join(' › ');
  return (
    <footer className="status-bar">
      <MeasureReadout />
      <div className="status-items">
        <span className="item">
          <span className="label">{t('status.cursor')}</span>
          <span className="value mono">{cursor ? formatLonLat(cursor.lon, cursor.lat) : t('status.none')}</span>
        </span>
        <span className="item region">
          <span className="label">{t('status.region')}</span>
          <span className="value" data-testid="status-region">
            {region}
          </span>
        </span>
        <span className="item">
          <span className="label">{t('status.scale')}</span>
          <span className="value mono">1:{formatNumber(language, scaleDenominator(lat, view.zoom))}</span>
          <span className="scale-bar" style={{ width: `${Math.round(bar.px)}px` }}>
            {bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`}
          </span>
        </span>
        <span className="item">
          <span className="label">{t('status.zoom')}</span>
          <span className="value mono">{view.zoom.toFixed(1)}</span>
        </span>
        <FeedStatus />
        <button type="button" className="attribution" title={t('about.open')} onClick={() => ui.getState().setAboutOpen(true)}>
          {attribution || t('about.title')}
        </button>
      </div>
    </footer>
  );
}

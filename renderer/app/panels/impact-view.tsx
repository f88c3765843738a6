/**
 * The impact view: the core's `impact:summary` for the current area of interest — adults on the 2022
 * roll (area-weighted or the region's own count), shelters and free capacity, road links and closures,
 * CCTV and message signs, fires, alerts, damage, and each panel's own figures — asked again whenever
 * the area changes or the core says the data behind it changed (`impact:changed`).
 */
import { useEffect, useState } from 'react';
import type { ImpactSummary } from '../../../main/common/panels/impact-types';
import { formatNumber } from '../../i18n';
import { useStores, useT, useUi } from '../stores';
import { useAoiLabel, useBi, usePanelUi } from './panel-hooks';

export function ImpactView() {
  const t = useT();
  const aoiLabel = useAoiLabel();
  const bi = useBi();
  const { api } = useStores();
  const language = useUi((s) => s.language);
  const aoi = usePanelUi((s) => s.aoi);
  const [summary, setSummary] = useState<ImpactSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => api.on('impact:changed', () => setTick((n) => n + 1)), [api]);

  useEffect(() => {
    if (!aoi) {
      setSummary(null);
      return;
    }
    let live = true;
    api.invoke('impact:summary', { spec: aoi.spec }).then(
      (s) => live && (setSummary(s), setError(null)),
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [api, aoi, tick]);

  const n = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '–' : formatNumber(language, v, digits));
  if (!aoi) return <p className="muted" data-testid="impact-view">{t('panels.impact.needArea')}</p>;
  return (
    <section className="impact-view" data-testid="impact-view" data-adults={summary?.population.adults ?? ''} aria-label={t('panels.impact')}>
      <header className="panel-head">
        <strong>{t('panels.impact')}</strong>
        <span className="muted">
          {aoiLabel(aoi)}
          {summary ? ` · ${n(summary.area.areaKm2, 1)} km²` : ''}
        </span>
      </header>
      {error && <p className="panel-error">{error}</p>}
      {!summary && !error && <p className="muted">{t('panels.impact.loading')}</p>}
      {summary && (
        <dl className="impact-figures">
          <dt>{t('panels.impact.adults')}</dt>
          <dd data-testid="impact-adults">
            {n(summary.population.adults)} <span className="muted">({t(`panels.impact.method.${summary.population.adultsMethod}`)})</span>
          </dd>
          {summary.population.estimate !== null && (
            <>
              <dt>{t('panels.impact.estimate')}</dt>
              <dd>{n(summary.population.estimate)}</dd>
            </>
          )}
          <dt>{t('panels.impact.shelters')}</dt>
          <dd>
            {n(summary.shelters.count)} ({n(summary.shelters.open)} / {n(summary.shelters.freeCapacity)})
          </dd>
          <dt>{t('panels.impact.roads')}</dt>
          <dd>
            {n(summary.roads.links)} / {n(summary.roads.closures)}
          </dd>
          <dt>{t('panels.impact.incidents')}</dt>
          <dd>
            {n(summary.roads.incidents)} ({n(summary.roads.fullBlocks)})
          </dd>
          <dt>{t('panels.impact.cctv')}</dt>
          <dd>
            {n(summary.cctv.count)} / {n(summary.messageSigns.count)}
          </dd>
          <dt>{t('panels.impact.fires')}</dt>
          <dd>
            {n(summary.fires.active)} / {n(summary.fires.total)}
          </dd>
          <dt>{t('panels.impact.alerts')}</dt>
          <dd>
            {n(summary.alerts.count)} · {n(summary.alerts.quakes)} · {n(summary.alerts.typhoons)}
          </dd>
          <dt>{t('panels.impact.damage')}</dt>
          <dd>{n(summary.damage.count)}</dd>
          {summary.panels.map((p) => (
            <div key={p.id} className="impact-panel" data-impact-panel={p.id} data-records={p.records}>
              <dt>
                {bi(p.title)}
                {p.source === 'demo' ? ` (${t('panels.demo')})` : ''}
              </dt>
              <dd>
                {n(p.records)}
                {p.figures.map((f) => ` · ${bi(f.label)} ${n(f.value)}${f.unit ? ` ${f.unit}` : ''}`).join('')}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

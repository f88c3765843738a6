/**
 * The card of a pest-control zone (opened by a click on the zone): pest, control measure, area, sigungu,
 * and whether it is a generated demo zone or an imported real one.
 */
import { useStore } from 'zustand';
import { forestUi } from '../domains/forest-disaster/forest-ui-store';
import { useLive, useT } from './stores';

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

export function ForestPestCard() {
  const t = useT();
  const key = useStore(forestUi, (s) => s.pestKey);
  const zone = useLive((s) => (key ? s.streams['forest.pests']?.[key] : undefined));
  if (!key || !zone) return null;
  const p = zone.props;
  const region = p['region'] as { name?: unknown; code?: unknown } | null | undefined;
  return (
    <aside className="its-link-card forest-pest-card" data-testid="forest-pest-card" data-key={key}>
      <div className="card-head">
        <strong>{str(p['pest']) ?? '?'}</strong>
        <button type="button" className="icon-button" aria-label={t('card.close')} onClick={() => forestUi.getState().selectPest(null)}>
          ×
        </button>
      </div>
      <dl>
        <dt>{t('forest.pest.zone')}</dt>
        <dd>{str(p['zoneId']) ?? key}</dd>
        <dt>{t('forest.pest.measure')}</dt>
        <dd>{str(p['measure']) ?? '—'}</dd>
        <dt>{t('forest.pest.area')}</dt>
        <dd>{typeof p['areaHa'] === 'number' ? `${p['areaHa']} ha` : '—'}</dd>
        <dt>{t('forest.pest.region')}</dt>
        <dd>{str(region?.name) ?? str(region?.code) ?? '—'}</dd>
      </dl>
      <p data-testid="forest-pest-origin">{p['demo'] === true ? t('forest.pest.demo') : t('forest.pest.imported')}</p>
    </aside>
  );
}

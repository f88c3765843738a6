/** The region card: names, codes and adults on the 2022 electoral roll of the selected region. */
import type { RegionLevel } from '../../main/common/region-types';
import { formatNumber } from '../i18n';
import { cardCode, showCard } from './region-actions';
import { flyToBbox } from './map-access';
import { useStores, useT, useUi } from './stores';

const LEVELS: RegionLevel[] = ['sido', 'sigungu', 'emd'];

export function RegionCard() {
  const stores = useStores();
  const t = useT();
  const card = useUi((s) => s.card);
  const hit = useUi((s) => s.cardHit);
  const loading = useUi((s) => s.cardLoading);
  const outside = useUi((s) => s.cardOutside);
  const language = useUi((s) => s.language);

  if (!card) {
    return <aside className="region-card empty">{loading ? t('card.loading') : outside ? `${t('status.outside')}. ${t('card.empty')}` : t('card.empty')}</aside>;
  }
  const na = t('card.notAvailable');
  return (
    <aside className="region-card" data-testid="region-card" aria-label={t('card.title')} data-level={card.level} data-code={card.code ?? ''} data-sgis-code={card.sgisCode}>
      <div className="card-head">
        <span className="level-badge">{t(`card.level.${card.level}`)}</span>
        <button type="button" className="icon-button" aria-label={t('card.close')} title={`${t('card.close')} (Esc)`} onClick={() => stores.ui.getState().showCard(null, null)}>
          ×
        </button>
      </div>
      {card.parents.length > 0 && (
        <div className="parents">{card.parents.map((p) => (language === 'ko' ? p.name : p.nameEn)).join(' › ')}</div>
      )}
      <h2 className="name-ko" lang="ko">
        {card.name}
      </h2>
      <div className="name-en" lang="en">
        {card.nameEn}
      </div>
      <dl>
        <dt>{t('card.nameKo')}</dt>
        <dd lang="ko">{card.name}</dd>
        <dt>{t('card.nameEn')}</dt>
        <dd lang="en">{card.nameEn}</dd>
        <dt>{t('card.code')}</dt>
        <dd className="code">{card.code ?? na}</dd>
        <dt>{t('card.sgisCode')}</dt>
        <dd className="code">{card.sgisCode}</dd>
        <dt>{t('card.adults2022')}</dt>
        <dd className="number">
          {card.adults2022 === null ? na : t('card.people', { n: formatNumber(language, card.adults2022) })}
          <small className="note">{t('card.adultsNote')}</small>
        </dd>
      </dl>
      {hit && (
        <div className="level-switch" role="group">
          {LEVELS.map((level) => {
            const code = cardCode(level, hit);
            return (
              <button key={level} type="button" aria-pressed={card.level === level} disabled={!code} onClick={() => code && void showCard(stores, level, code, hit)}>
                {t(`card.level.${level}`)}
              </button>
            );
          })}
        </div>
      )}
      <button type="button" className="zoom-to" onClick={() => flyToBbox(card.bbox)}>
        {t('card.zoomTo')}
      </button>
    </aside>
  );
}

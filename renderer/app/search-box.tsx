/** Region search: Korean or English name → list → fly to the region and open its card. */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RegionSearchHit } from '../../main/common/region-types';
import { useStores, useT, useUi } from './stores';
import { flyToBbox } from './map-access';
import { showCard } from './region-actions';

const DEBOUNCE_MS = 200;

export function SearchBox() {
  const stores = useStores();
  const t = useT();
  const language = useUi((s) => s.language);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<RegionSearchHit[]>([]);
  const [status, setStatus] = useState<'idle' | 'searching' | 'done'>('idle');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setHits([]);
      setStatus('idle');
      return;
    }
    const mine = ++seq.current;
    setStatus('searching');
    const timer = setTimeout(() => {
      stores.api
        .invoke('region:search', { query: q, limit: 10 })
        .then((result) => {
          if (mine !== seq.current) return;
          setHits(result);
          setActive(0);
          setStatus('done');
        })
        .catch(() => mine === seq.current && setStatus('done'));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, stores]);

  const choose = (hit: RegionSearchHit) => {
    setOpen(false);
    flyToBbox(hit.bbox);
    void showCard(stores, hit.level, hit.code ?? hit.sgisCode, null);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && hits[active]) choose(hits[active]);
    else if (e.key === 'Escape') {
      setOpen(false);
      e.currentTarget.blur();
      e.stopPropagation();
      return;
    } else return;
    e.preventDefault();
  };

  const showList = open && query.trim() !== '' && status !== 'idle';
  return (
    <div className="search">
      <input
        id="region-search"
        data-testid="search-input"
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      {showList && (
        <ul className="search-results" data-testid="search-results" role="listbox">
          {status === 'searching' && hits.length === 0 && <li className="muted">{t('search.searching')}</li>}
          {status === 'done' && hits.length === 0 && <li className="muted">{t('search.noResults')}</li>}
          {hits.map((hit, i) => (
            <li key={`${hit.level}:${hit.sgisCode}`} role="option" aria-selected={i === active}>
              <button type="button" className={i === active ? 'active' : ''} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(hit)}>
                <span className="name">{language === 'ko' ? hit.name : hit.nameEn}</span>
                <span className="path">
                  {t(`card.level.${hit.level}`)} · {language === 'ko' ? hit.path : hit.pathEn}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Layers grouped by the four domains, with a toggle and an opacity slider per module; live layers show their feeds' freshness. */
import { modulesByDomain } from '../map/registry';
import { FreshnessBadge, moduleFreshness } from './live-status';
import { useLayers, useLive, useStores, useT } from './stores';
import { selectUnplaced } from '../state/live-store';
import type { LayerModule } from '../map/layer-module';

/** Live items of a module that have no location (so are not drawn): counted, with their text on hover. */
function Unplaced({ module }: { module: LayerModule }) {
  const t = useT();
  const streams = (module.live ?? []).map((b) => b.stream);
  const text = useLive((s) =>
    selectUnplaced(s, streams)
      .map((f) => String(f.props['message'] ?? f.props['level'] ?? f.key))
      .join('\n'),
  );
  const n = useLive((s) => selectUnplaced(s, streams).length);
  if (n === 0) return null;
  return (
    <p className="muted unplaced" data-unplaced={n} title={text}>
      {t('layers.unplaced', { n })}
    </p>
  );
}

export function LayerList() {
  const { registry, layers } = useStores();
  const t = useT();
  const states = useLayers((s) => s.layers);
  const feeds = useLive((s) => s.feeds);
  return (
    <nav className="layer-list" data-testid="layer-list" aria-label={t('layers.title')}>
      <h2>{t('layers.title')}</h2>
      {modulesByDomain(registry).map(({ domain, modules }) => (
        <section key={domain} className="domain" data-domain={domain}>
          <h3>{t(`domain.${domain}`)}</h3>
          {modules.length === 0 && <p className="muted no-data">{t('layers.noData')}</p>}
          {modules.map((module) => {
            const state = states[module.id] ?? { visible: module.defaultVisible, opacity: 1 };
            const title = t(module.titleKey);
            const freshness = moduleFreshness(module, feeds);
            return (
              <div key={module.id} className="layer-row" data-layer={module.id} data-freshness={freshness ?? undefined}>
                <label className="toggle">
                  <input type="checkbox" checked={state.visible} onChange={(e) => layers.getState().setVisible(module.id, e.target.checked)} />
                  <span>{title}</span>
                  {freshness && <FreshnessBadge state={freshness} />}
                </label>
                <input
                  type="range"
                  min={0}
                  max={100}
                  step={5}
                  value={Math.round(state.opacity * 100)}
                  disabled={!state.visible}
                  aria-label={`${title} ${t('layers.opacity')}`}
                  title={`${t('layers.opacity')} ${Math.round(state.opacity * 100)}%`}
                  onChange={(e) => layers.getState().setOpacity(module.id, Number(e.target.value) / 100)}
                />
                {module.live && <Unplaced module={module} />}
              </div>
            );
          })}
        </section>
      ))}
    </nav>
  );
}

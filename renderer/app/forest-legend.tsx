/**
 * The forest layers' legend: pest-control zones by pest (solid: imported, dashed: demo) and helicopter
 * states, in the colours the layers use.
 */
import { HELICOPTER_STATE_LEGEND } from '../domains/forest-disaster/resources';
import { PEST_LEGEND } from '../domains/forest-disaster/pests';
import { useT } from './stores';

export function ForestLegend() {
  const t = useT();
  return (
    <details className="forest-legend" data-testid="forest-legend">
      <summary>{t('forest.legend')}</summary>
      <em>{t('layer.forest-disaster:pests')}</em>
      <ul>
        {PEST_LEGEND.map((e) => (
          <li key={e.key} data-testid={`forest-legend-${e.key}`}>
            <span className="swatch" style={{ background: e.colour }} /> {t(e.key)}
          </li>
        ))}
        <li>
          <span className="swatch dashed" /> {t('forest.pest.demoOutline')}
        </li>
      </ul>
      <em>{t('layer.forest-disaster:helicopters')}</em>
      <ul>
        {HELICOPTER_STATE_LEGEND.map(([state, colour]) => (
          <li key={state}>
            <span className="swatch round" style={{ background: colour }} /> {t(`forest.heli.${state}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Damage summed per sigungu with each region's recovery status (from `ndms:damage-summary`), largest
 * amount first; the same figures colour the recovery choropleth. Demo data says so.
 */
import type { DamageSummaryResult } from '../../main/common/ndms/alert-ipc';
import { useT } from './stores';

/** KRW as 억원 (10^8) with one decimal, the unit damage tallies are read in. */
export function eokWon(krw: number): string {
  return (krw / 1e8).toLocaleString('ko-KR', { maximumFractionDigits: 1 });
}

export function NdmsDamageSection({ summary }: { summary: DamageSummaryResult | null }) {
  const t = useT();
  if (!summary || summary.regions.length === 0) return null;
  return (
    <details className="ndms-damage" data-testid="ndms-damage" open>
      <summary>{t('ndmsAlerts.damage')}</summary>
      <table>
        <thead>
          <tr>
            <th>{t('ndmsAlerts.region')}</th>
            <th>{t('ndmsAlerts.amount')}</th>
            <th>{t('ndmsAlerts.recovery')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.regions.map((r) => (
            <tr key={r.sigunguCode} data-testid="ndms-damage-row" data-code={r.sigunguCode} data-recovery={r.recovery}>
              <td>
                {r.sidoName} {r.name}
                {r.demo && <span className="ndms-mark ndms-mark-demo">{t('ndmsAlerts.demo')}</span>}
              </td>
              <td>{eokWon(r.amountKrw)}{t('ndmsAlerts.eok')} ({r.count})</td>
              <td className={`ndms-recovery-${r.recovery}`}>{t(`ndmsAlerts.recovery.${r.recovery}`)} {Math.round(r.recoveredShare * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.unplaced > 0 && <p className="note">{t('ndmsAlerts.unplaced', { n: summary.unplaced })}</p>}
    </details>
  );
}

/**
 * Operator actions in the panels, each with this workstation's signature check: an "unverified" badge
 * (with the reason) on every action whose signature did not verify, in a panel's recent actions, on the
 * rows of records an unverified action was taken on, and in the GCMA panel's list of all recent actions.
 * The badge itself is ../verification-badge.tsx, shared with the forest, NDMS and ITS views.
 */
import { useMemo } from 'react';
import type { LiveFeature } from '../../../main/common/live-sync';
import type { PanelDefinition } from '../../../main/common/panels/panel-definition';
import { PANEL_DEFINITIONS } from '../../../main/common/panels/registry';
import { actionOf, recentActions, verificationCounts, verificationOf } from '../../panels/ops-actions';
import { useLive, useT } from '../stores';
import { VerificationBadge } from '../verification-badge';
import { useBi, usePanelUi } from './panel-hooks';
import './recent-actions.css';

const KST_MS = 9 * 3600_000;
const kst = (t: number): string => `${new Date(t + KST_MS).toISOString().slice(5, 16).replace('T', ' ')} KST`;

function ActionRow({ action, showPanel }: { action: LiveFeature; showPanel: boolean }) {
  const bi = useBi();
  const def = actionOf(PANEL_DEFINITIONS, action);
  const panel = showPanel ? PANEL_DEFINITIONS.find((d) => d.id === action.props['panelId']) : undefined;
  const target = action.props['recordKey'] ?? action.props['areaLabel'] ?? action.props['regionCode'] ?? action.key;
  const state = verificationOf(action).state;
  return (
    <li className={`ops-action ops-${state}-row`} data-testid="ops-action" data-stream={action.stream} data-key={action.key} data-verification={state}>
      <VerificationBadge action={action} />
      <span className="muted"> {kst(action.receivedAt)} · </span>
      <strong>{def ? bi(def.label) : action.kind}</strong>
      {panel && <span className="muted"> · {bi(panel.title)}</span>}
      <span> · {String(action.props['user'] ?? '?')}</span>
      <span className="muted"> · {typeof target === 'string' ? target : JSON.stringify(target)}</span>
    </li>
  );
}

/**
 * Recent actions: this panel's (on the selected record first when one is selected), or, with `all`,
 * every `ops.*` action in the store (the GCMA panel).
 */
export function RecentActions({ def, all = false, limit = 20 }: { def: PanelDefinition; all?: boolean; limit?: number }) {
  const t = useT();
  const streams = useLive((s) => s.streams);
  const selected = usePanelUi((s) => (s.selected?.panelId === def.id ? s.selected.key : null));
  const actions = useMemo(() => (all ? recentActions(streams, { limit }) : recentActions(streams, { def, limit })), [streams, def, all, limit]);
  const onRecord = !all && selected !== null ? recentActions(streams, { def, recordKey: selected, limit }) : [];
  const counts = verificationCounts(actions);
  return (
    <div className="panel-recent-actions" data-testid={all ? 'gcma-recent-actions' : 'panel-recent-actions'} data-verified={counts.verified} data-unverified={counts.unverified} data-unchecked={counts.unchecked}>
      <span className="muted">
        {t(all ? 'panels.ops.recentAll' : 'panels.ops.recent')} · {t('panels.ops.counts', { verified: counts.verified, unverified: counts.unverified })}
      </span>
      {onRecord.length > 0 && (
        <ul className="ops-actions" data-testid="panel-record-actions">
          {onRecord.map((a) => (
            <ActionRow key={`${a.stream}/${a.key}`} action={a} showPanel={false} />
          ))}
        </ul>
      )}
      {actions.length === 0 ? (
        <p className="muted">{t('panels.ops.none')}</p>
      ) : (
        <ul className="ops-actions">
          {actions.map((a) => (
            <ActionRow key={`${a.stream}/${a.key}`} action={a} showPanel={all} />
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The helicopters on an assignment (the latest `ops.dispatch` command per helicopter is an assign), each
 * with its live state from `forest.helicopters` and a release button: `helicopter.release` through
 * `ops:submit`, which every workstation sees (the assignment line goes, the helicopter is available again).
 * An assignment whose signature this workstation could not verify carries the GCMA "unverified" badge.
 */
import { useMemo, useState } from 'react';
import { ASSIGN_KIND, buildReleaseCommand } from '../../main/common/forest/dispatch-command';
import { useLive, useStores, useT } from './stores';
import { VerificationBadge } from './verification-badge';

const STATES = ['available', 'en-route', 'on-scene', 'refuelling'] as const;
type State = (typeof STATES)[number];
const isState = (v: unknown): v is State => typeof v === 'string' && (STATES as readonly string[]).includes(v);

export function ForestAssignments() {
  const { api } = useStores();
  const t = useT();
  const dispatch = useLive((s) => s.streams['ops.dispatch']);
  const helicopters = useLive((s) => s.streams['forest.helicopters']);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const assigned = useMemo(
    () => Object.values(dispatch ?? {}).filter((d) => d.kind === ASSIGN_KIND && typeof d.props['helicopterId'] === 'string').sort((a, b) => a.key.localeCompare(b.key)),
    [dispatch],
  );
  if (assigned.length === 0) return null;

  const release = (helicopterId: string) => {
    const { id: _id, issuedAt: _at, ...cmd } = buildReleaseCommand(`${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`, { helicopterId }, Date.now());
    setBusy(helicopterId);
    setError(null);
    api.invoke('ops:submit', cmd).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err))).finally(() => setBusy(null));
  };

  return (
    <>
      <strong>{t('forest.assignedList')}</strong>
      <ul className="forest-dispatch" data-testid="forest-assigned-list">
        {assigned.map((d) => {
          const id = String(d.props['helicopterId']);
          const heli = helicopters?.[`helicopter:${id}`];
          const state = isState(heli?.props['state']) ? heli.props['state'] : null;
          const callsign = typeof heli?.props['callsign'] === 'string' ? heli.props['callsign'] : id;
          const by = typeof d.props['user'] === 'string' ? d.props['user'] : null;
          return (
            <li key={d.key} data-testid={`forest-assigned-${id}`} data-state={state ?? ''}>
              <span>
                <VerificationBadge action={d} flagOnly />
                {callsign} — {state ? t(`forest.heli.${state}`) : '?'}
                {by ? ` · ${by}` : ''}
              </span>
              <button type="button" data-testid={`forest-release-${id}`} disabled={busy === id} onClick={() => release(id)}>{t('forest.release')}</button>
            </li>
          );
        })}
      </ul>
      {error && <p className="forest-message">{error}</p>}
    </>
  );
}

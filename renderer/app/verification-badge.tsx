/**
 * The one badge for this workstation's signature check of an operator action (GCMA): "unverified"
 * (loud, the reason in the title), "not checked", or a quiet "verified". Used wherever an operator
 * action shows: the panels' recent actions, helicopter assignments, forest road closures, NDMS report
 * acknowledgements and audit steps, drafted alerts, ITS link closures. `flagOnly` shows only the
 * unverified flag (compact views where every other action is verified anyway).
 */
import type { LiveFeature } from '../../main/common/live-sync';
import { verificationOf } from '../panels/ops-actions';
import { useT } from './stores';
import './verification-badge.css';

/** A check carried outside a feature (core results): `verified` as stamped, `verifyReason` when it failed. */
export interface SignatureCheckLike {
  verified?: boolean | null;
  verifyReason?: string | null;
}

type Props = { flagOnly?: boolean } & ({ action: Pick<LiveFeature, 'props'>; check?: never } | { check: SignatureCheckLike | null | undefined; action?: never });

export function VerificationBadge({ action, check, flagOnly = false }: Props) {
  const t = useT();
  const v = verificationOf(action ?? { props: { verified: check?.verified ?? undefined, verifyReason: check?.verifyReason ?? undefined } });
  if (flagOnly && v.state !== 'unverified') return null;
  switch (v.state) {
    case 'verified':
      return (
        <span className="ops-verified" data-testid="ops-verified" title={t('panels.ops.verifiedTitle')}>
          ✓ {t('panels.ops.verified')}
        </span>
      );
    case 'unverified':
      return (
        <span className="ops-unverified" data-testid="ops-unverified" data-reason={v.reason} title={t('panels.ops.unverifiedTitle', { reason: v.reason })}>
          ⚠ {t('panels.ops.unverified')}
        </span>
      );
    case 'unchecked':
      return (
        <span className="ops-unchecked" data-testid="ops-unchecked" title={t('panels.ops.uncheckedTitle')}>
          {t('panels.ops.unchecked')}
        </span>
      );
  }
}

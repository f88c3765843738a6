/**
 * Operator closures as `ops:submit` commands (stream `ops.closures`, key = closure id): closing a
 * link and reopening it. The core computes and publishes the detour with the closure.
 */
import type { LiveFeature, OpsSubmitArgs } from '../../../main/common/live-sync';
import type { StreamFeatures } from '../../state/live-store';

/** The command closing `linkIds`; `id` makes the closure id unique (time + random in the app). */
export function closeCommand(linkIds: string[], by: string, now: number, id: string): OpsSubmitArgs {
  const closureId = `closure:${id}`;
  return { stream: 'ops.closures', kind: 'closure', key: closureId, op: 'upsert', props: { closureId, linkIds, reason: 'operator', by, startTs: now, endTs: null } };
}

/** The command reopening a closure: removing it removes its detour too. */
export function reopenCommand(closureId: string): OpsSubmitArgs {
  return { stream: 'ops.closures', kind: 'closure', key: closureId, op: 'remove', props: { closureId } };
}

/** The active closure that includes a link, if any. */
export function closureOfLink(closures: StreamFeatures | undefined, linkId: string): LiveFeature | null {
  for (const f of Object.values(closures ?? {})) {
    const ids = f.props['linkIds'];
    if (Array.isArray(ids) && ids.includes(linkId)) return f;
  }
  return null;
}

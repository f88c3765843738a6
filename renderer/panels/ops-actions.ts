/**
 * Operator actions as the panels show them: the `ops.*` features of the live store with the signature
 * check this workstation's core stamped on each (`props.verified`, `props.verifyReason`; see
 * main/core/gcma/verify-events.ts). Pure functions over the store's streams, shared by the panel's
 * recent-actions list, its record rows and the GCMA panel.
 */
import type { LiveFeature } from '../../main/common/live-sync';
import type { PanelAction, PanelDefinition } from '../../main/common/panels/panel-definition';

type Streams = Readonly<Record<string, Readonly<Record<string, LiveFeature>>>>;

/**
 * What this workstation's check said about an action: `verified`, `unverified` (with the reason), or
 * `unchecked` when the core could not check it (a redacted event has no content to check).
 */
export type OpsVerification = { state: 'verified' } | { state: 'unverified'; reason: string } | { state: 'unchecked' };

export function verificationOf(f: Pick<LiveFeature, 'props'>): OpsVerification {
  const v = f.props['verified'];
  if (v === true) return { state: 'verified' };
  if (v === false) {
    const reason = f.props['verifyReason'];
    return { state: 'unverified', reason: typeof reason === 'string' && reason !== '' ? reason : 'unknown' };
  }
  return { state: 'unchecked' };
}

export const isOpsStream = (stream: string): boolean => stream.startsWith('ops.');

/** Whether an ops feature is one of this panel's actions (sent from it, or of one of its action kinds). */
export function isPanelAction(def: Pick<PanelDefinition, 'id' | 'actions'>, f: Pick<LiveFeature, 'stream' | 'kind' | 'props'>): boolean {
  if (!isOpsStream(f.stream)) return false;
  if (f.props['panelId'] === def.id) return true;
  return def.actions.some((a) => a.stream === f.stream && a.kind === f.kind);
}

/** Newest first: hub time, then seq. */
const newestFirst = (a: LiveFeature, b: LiveFeature): number => b.receivedAt - a.receivedAt || b.seq - a.seq;

/**
 * The most recent operator actions in the store, newest first: all `ops.*` streams, or only this
 * panel's actions when `def` is given (and only those on one record when `recordKey` is given).
 */
export function recentActions(streams: Streams, opts: { def?: Pick<PanelDefinition, 'id' | 'actions'>; recordKey?: string; limit?: number } = {}): LiveFeature[] {
  const out: LiveFeature[] = [];
  for (const [name, features] of Object.entries(streams)) {
    if (!isOpsStream(name)) continue;
    for (const f of Object.values(features)) {
      if (opts.def && !isPanelAction(opts.def, f)) continue;
      if (opts.recordKey !== undefined && f.props['recordKey'] !== opts.recordKey) continue;
      out.push(f);
    }
  }
  out.sort(newestFirst);
  return opts.limit === undefined ? out : out.slice(0, opts.limit);
}

/** Counts over a list of actions, for headers and tests. */
export function verificationCounts(actions: readonly Pick<LiveFeature, 'props'>[]): { verified: number; unverified: number; unchecked: number } {
  const c = { verified: 0, unverified: 0, unchecked: 0 };
  for (const a of actions) c[verificationOf(a).state]++;
  return c;
}

/** Record keys of a panel that have at least one unverified action on them (to flag their rows). */
export function recordsWithUnverifiedActions(streams: Streams, def: Pick<PanelDefinition, 'id' | 'actions'>): Set<string> {
  const out = new Set<string>();
  for (const f of recentActions(streams, { def })) {
    const key = f.props['recordKey'];
    if (typeof key === 'string' && verificationOf(f).state === 'unverified') out.add(key);
  }
  return out;
}

/** The panel action an ops feature is an instance of (by stream and kind), for its label. */
export function actionOf(defs: readonly Pick<PanelDefinition, 'actions'>[], f: Pick<LiveFeature, 'stream' | 'kind'>): PanelAction | null {
  for (const d of defs) for (const a of d.actions) if (a.stream === f.stream && a.kind === f.kind) return a;
  return null;
}

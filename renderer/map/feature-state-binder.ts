/**
 * Applies live streams as feature-state (`setFeatureState({source, id}, state)`) on sources that
 * hold static features, e.g. link speeds on the road network: the source is never rebuilt, only
 * the features whose live record changed get a new state, and a removed record removes its state.
 * A re-created source (style rebuilt) gets every state again. Several bindings may share a source
 * (speeds and closures on the road network): each owns its state keys (`ownKeys`) and clears only those.
 */
import type { LiveData, StreamFeatures } from '../state/live-store';
import type { LiveFeature } from '../../main/common/live-sync';
import type { FeatureStateBinding } from './layer-module';
import type { LayerRegistry } from './registry';

/** What the binder needs from the map. */
export interface FeatureStateMapLike {
  getSource(id: string): unknown;
  setFeatureState(feature: { source: string; id: string | number }, state: Record<string, unknown>): unknown;
  removeFeatureState(feature: { source: string; id?: string | number }): unknown;
}

interface Applied {
  source: unknown;
  stream: StreamFeatures;
  ids: Map<string, { feature: LiveFeature; ids: Array<string | number> }>;
}

export interface FeatureStateBinder {
  /** Brings the feature-state of every bound source up to `state`; returns how many states it set and removed. */
  sync(state: LiveData): { set: number; removed: number };
}

function statesOf(b: FeatureStateBinding, f: LiveFeature): Array<{ id: string | number; state: Record<string, unknown> }> {
  if (b.toStates) return b.toStates(f);
  const one = b.toState(f);
  return one ? [one] : [];
}

export function createFeatureStateBinder(map: FeatureStateMapLike, registry: LayerRegistry): FeatureStateBinder {
  const bindings: FeatureStateBinding[] = registry.modules.flatMap((m) => m.featureState ?? []);
  const applied = new Map<string, Applied>();
  return {
    sync(state) {
      let set = 0;
      let removed = 0;
      for (const b of bindings) {
        const slot = `${b.sourceId}\u0000${b.stream}`;
        const source = map.getSource(b.sourceId);
        if (!source) {
          applied.delete(slot);
          continue;
        }
        const stream = state.streams[b.stream] ?? {};
        let before = applied.get(slot);
        if (before && before.source !== source) before = undefined;
        if (before && before.stream === stream) continue;
        const ids = new Map<string, { feature: LiveFeature; ids: Array<string | number> }>();
        const named = new Set<string | number>();
        const pending: Array<{ id: string | number; state: Record<string, unknown> }> = [];
        for (const f of Object.values(stream)) {
          const old = before?.ids.get(f.key);
          if (old && old.feature === f) {
            ids.set(f.key, old);
            for (const id of old.ids) named.add(id);
            continue;
          }
          const made = statesOf(b, f);
          for (const m of made) named.add(m.id);
          pending.push(...made);
          ids.set(f.key, { feature: f, ids: made.map((m) => m.id) });
        }
        // Clear first, so a feature that moves from one record to another ends with the new state.
        const cleared = new Set<string | number>();
        for (const [, old] of before?.ids ?? []) {
          for (const id of old.ids) {
            if (named.has(id) || cleared.has(id)) continue;
            cleared.add(id);
            if (b.ownKeys) map.setFeatureState({ source: b.sourceId, id }, Object.fromEntries(b.ownKeys.map((k) => [k, null])));
            else map.removeFeatureState({ source: b.sourceId, id });
            removed++;
          }
        }
        for (const m of pending) {
          map.setFeatureState({ source: b.sourceId, id: m.id }, m.state);
          set++;
        }
        applied.set(slot, { source, stream, ids });
      }
      return { set, removed };
    },
  };
}

/**
 * Applies live streams as feature-state (`setFeatureState({source, id}, state)`) on sources that
 * hold static features, e.g. link speeds on the road network: the source is never rebuilt, only
 * the features whose live record changed get a new state, and a removed record removes its state.
 * A re-created source (style rebuilt) gets every state again.
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
  ids: Map<string, { feature: LiveFeature; id: string | number }>;
}

export interface FeatureStateBinder {
  /** Brings the feature-state of every bound source up to `state`; returns how many states it set and removed. */
  sync(state: LiveData): { set: number; removed: number };
}

export function createFeatureStateBinder(map: FeatureStateMapLike, registry: LayerRegistry): FeatureStateBinder {
  const bindings: FeatureStateBinding[] = registry.modules.flatMap((m) => m.featureState ?? []);
  const applied = new Map<string, Applied>();
  return {
    sync(state) {
      let set = 0;
      let removed = 0;
      for (const b of bindings) {
        const source = map.getSource(b.sourceId);
        if (!source) {
          applied.delete(b.sourceId);
          continue;
        }
        const stream = state.streams[b.stream] ?? {};
        let before = applied.get(b.sourceId);
        if (before && before.source !== source) before = undefined;
        if (before && before.stream === stream) continue;
        const ids = new Map<string, { feature: LiveFeature; id: string | number }>();
        for (const f of Object.values(stream)) {
          const old = before?.ids.get(f.key);
          if (old && old.feature === f) {
            ids.set(f.key, old);
            continue;
          }
          const made = b.toState(f);
          if (!made) continue;
          map.setFeatureState({ source: b.sourceId, id: made.id }, made.state);
          ids.set(f.key, { feature: f, id: made.id });
          set++;
        }
        for (const [key, old] of before?.ids ?? []) {
          if (ids.has(key)) continue;
          map.removeFeatureState({ source: b.sourceId, id: old.id });
          removed++;
        }
        applied.set(b.sourceId, { source, stream, ids });
      }
      return { set, removed };
    },
  };
}

/**
 * Moves live features from the live store into the map's GeoJSON sources. The first fill of a
 * source is one `setData`; after that only what changed is sent, with `updateData` by feature id
 * (add / update / remove), comparing each key's LiveFeature object with the one last applied.
 * The binder holds only what it applied; the store stays the one truth, so a re-created source
 * (style rebuilt) is simply filled again.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONFeatureDiff, GeoJSONSourceDiff } from 'maplibre-gl';
import type { LiveFeature } from '../../main/common/live-sync';
import type { LiveData, StreamFeatures } from '../state/live-store';
import type { LayerRegistry } from './registry';
import type { LiveBinding } from './layer-module';
import { defaultLiveFeatures, LIVE_ID_PROPERTY } from './live-layer';

/** What the binder needs from a GeoJSON source. */
export interface LiveSourceLike {
  setData(data: FeatureCollection): unknown;
  updateData(diff: GeoJSONSourceDiff): unknown;
}

/** What the binder needs from the map. */
export interface LiveMapLike {
  getSource(id: string): unknown;
}

/** What one source holds, as last applied. */
export interface AppliedSource {
  stream: StreamFeatures;
  byKey: Map<string, { feature: LiveFeature; ids: string[] }>;
}

export type LivePlan = { kind: 'set'; data: FeatureCollection; applied: AppliedSource } | { kind: 'update'; diff: GeoJSONSourceDiff; applied: AppliedSource } | null;

function featureId(f: Feature): string {
  return String(f.properties?.[LIVE_ID_PROPERTY] ?? f.id);
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The change from one version of a feature to the next: only the properties that changed or went,
 * and the geometry only when it moved. (Not `removeAllProperties` + all properties: geojson-vt 5's
 * worker-side update drops the added properties when `removeAllProperties` is set.)
 */
export function updateOf(before: Feature | undefined, after: Feature): GeoJSONFeatureDiff | null {
  const diff: GeoJSONFeatureDiff = { id: featureId(after) };
  if (!before || !same(before.geometry, after.geometry)) diff.newGeometry = after.geometry;
  const old = before?.properties ?? {};
  const next = after.properties ?? {};
  const removed = Object.keys(old).filter((k) => !(k in next));
  const changed = Object.entries(next).filter(([k, v]) => !(k in old) || !same(old[k], v));
  if (removed.length > 0) diff.removeProperties = removed;
  if (changed.length > 0) diff.addOrUpdateProperties = changed.map(([key, value]) => ({ key, value }));
  return diff.newGeometry || diff.removeProperties || diff.addOrUpdateProperties ? diff : null;
}

/** What to send to a source so that it shows `stream`; null when it already does. */
export function planLiveSource(applied: AppliedSource | null, stream: StreamFeatures, binding: LiveBinding): LivePlan {
  const toFeatures = binding.toFeatures ?? defaultLiveFeatures;
  if (applied && applied.stream === stream) return null;
  const byKey = new Map<string, { feature: LiveFeature; ids: string[] }>();
  if (!applied) {
    const features: Feature[] = [];
    for (const f of Object.values(stream)) {
      const made = toFeatures(f);
      byKey.set(f.key, { feature: f, ids: made.map(featureId) });
      features.push(...made);
    }
    return { kind: 'set', data: { type: 'FeatureCollection', features }, applied: { stream, byKey } };
  }
  const add: Feature[] = [];
  const update: GeoJSONFeatureDiff[] = [];
  const remove: string[] = [];
  for (const f of Object.values(stream)) {
    const before = applied.byKey.get(f.key);
    if (before && before.feature === f) {
      byKey.set(f.key, before);
      continue;
    }
    const made = toFeatures(f);
    const ids = made.map(featureId);
    const had = new Set(before?.ids ?? []);
    const previous = new Map(before ? toFeatures(before.feature).map((x) => [featureId(x), x] as const) : []);
    for (const feature of made) {
      if (!had.has(featureId(feature))) {
        add.push(feature);
        continue;
      }
      const change = updateOf(previous.get(featureId(feature)), feature);
      if (change) update.push(change);
    }
    for (const id of had) if (!ids.includes(id)) remove.push(id);
    byKey.set(f.key, { feature: f, ids });
  }
  for (const [key, before] of applied.byKey) if (!(key in stream)) remove.push(...before.ids);
  const next = { stream, byKey };
  if (add.length === 0 && update.length === 0 && remove.length === 0) return { kind: 'update', diff: {}, applied: next };
  const diff: GeoJSONSourceDiff = {};
  if (remove.length > 0) diff.remove = remove;
  if (add.length > 0) diff.add = add;
  if (update.length > 0) diff.update = update;
  return { kind: 'update', diff, applied: next };
}

/** maplibre's setters return promises; a failed update is logged, never an unhandled rejection. */
function settle(result: unknown, sourceId: string): void {
  if (result instanceof Promise) result.catch((err: unknown) => console.warn(`live source ${sourceId}:`, err instanceof Error ? err.message : err));
}

const EMPTY: StreamFeatures = Object.freeze({});

export interface LiveBinder {
  /** Bring every live source on the map up to `state`; returns what was sent per source (for tests). */
  sync(state: LiveData): Array<{ sourceId: string; kind: 'set' | 'update'; diff?: GeoJSONSourceDiff }>;
}

function isLiveSource(source: unknown): source is LiveSourceLike {
  return typeof source === 'object' && source !== null && typeof (source as LiveSourceLike).updateData === 'function' && typeof (source as LiveSourceLike).setData === 'function';
}

export function createLiveBinder(map: LiveMapLike, registry: LayerRegistry): LiveBinder {
  const bindings = registry.modules.flatMap((m) => m.live ?? []);
  const applied = new Map<string, { source: LiveSourceLike; state: AppliedSource }>();
  return {
    sync(state) {
      const sent: Array<{ sourceId: string; kind: 'set' | 'update'; diff?: GeoJSONSourceDiff }> = [];
      for (const binding of bindings) {
        const source = map.getSource(binding.sourceId);
        if (!isLiveSource(source)) {
          applied.delete(binding.sourceId);
          continue;
        }
        const before = applied.get(binding.sourceId);
        // A source object we have not filled (new map style) starts from a full set.
        const plan = planLiveSource(before && before.source === source ? before.state : null, state.streams[binding.stream] ?? EMPTY, binding);
        if (!plan) continue;
        applied.set(binding.sourceId, { source, state: plan.applied });
        if (plan.kind === 'set') {
          settle(source.setData(plan.data), binding.sourceId);
          sent.push({ sourceId: binding.sourceId, kind: 'set' });
        } else if (plan.diff.add || plan.diff.update || plan.diff.remove) {
          settle(source.updateData(plan.diff), binding.sourceId);
          sent.push({ sourceId: binding.sourceId, kind: 'update', diff: plan.diff });
        }
      }
      return sent;
    },
  };
}

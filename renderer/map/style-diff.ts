/**
 * Plans the changes that turn the style on the map into the desired one, by layer and source id.
 * Pure: the map controller applies the operations. Only what changed is touched, so a theme or
 * language switch restyles layers in place and a GeoJSON source keeps its loaded data.
 */
import type { FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

export type StyleOp =
  | { op: 'removeLayer'; id: string }
  | { op: 'removeSource'; id: string }
  | { op: 'addSource'; id: string; source: SourceSpecification }
  | { op: 'setData'; id: string; data: unknown }
  | { op: 'addLayer'; layer: LayerSpecification; beforeId: string | undefined }
  | { op: 'moveLayer'; id: string; beforeId: string | undefined }
  | { op: 'setPaint'; id: string; name: string; value: unknown }
  | { op: 'setLayout'; id: string; name: string; value: unknown }
  | { op: 'setFilter'; id: string; filter: FilterSpecification | null }
  | { op: 'setZoomRange'; id: string; minzoom: number; maxzoom: number }
  | { op: 'setGlyphs'; url: string | null }
  | { op: 'setFontFaces'; value: StyleSpecification['font-faces'] | null };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A GeoJSON source that differs only in its data can be updated with setData. */
function onlyDataChanged(a: SourceSpecification, b: SourceSpecification): boolean {
  if (a.type !== 'geojson' || b.type !== 'geojson') return false;
  const { data: _a, ...restA } = a;
  const { data: _b, ...restB } = b;
  return same(restA, restB);
}

function sourceOf(layer: LayerSpecification): string | undefined {
  return 'source' in layer ? layer.source : undefined;
}

/** Layer changes that cannot be made in place: type or source. */
function mustReplace(a: LayerSpecification, b: LayerSpecification): boolean {
  return a.type !== b.type || sourceOf(a) !== sourceOf(b) || same((a as { 'source-layer'?: string })['source-layer'], (b as { 'source-layer'?: string })['source-layer']) === false;
}

function propertyOps(kind: 'paint' | 'layout', id: string, before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): StyleOp[] {
  const ops: StyleOp[] = [];
  const a = before ?? {};
  const b = after ?? {};
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (same(a[name], b[name])) continue;
    ops.push(kind === 'paint' ? { op: 'setPaint', id, name, value: b[name] } : { op: 'setLayout', id, name, value: b[name] });
  }
  return ops;
}

/** Operations, in an order that is safe to apply one by one. */
export function planStyleUpdate(current: StyleSpecification, desired: StyleSpecification): StyleOp[] {
  const ops: StyleOp[] = [];
  const currentLayers = new Map(current.layers.map((l) => [l.id, l]));
  const desiredLayers = new Map(desired.layers.map((l) => [l.id, l]));

  // Sources whose spec changed beyond their data must be re-created with every layer on them.
  const replacedSources = new Set<string>();
  for (const [id, spec] of Object.entries(desired.sources)) {
    const before = current.sources[id];
    if (before && !same(before, spec) && !onlyDataChanged(before, spec)) replacedSources.add(id);
  }

  const removed = new Set<string>();
  for (const layer of current.layers) {
    const next = desiredLayers.get(layer.id);
    const src = sourceOf(layer);
    if (!next || mustReplace(layer, next) || (src !== undefined && replacedSources.has(src))) {
      ops.push({ op: 'removeLayer', id: layer.id });
      removed.add(layer.id);
    }
  }
  for (const id of Object.keys(current.sources)) {
    if (!(id in desired.sources) || replacedSources.has(id)) ops.push({ op: 'removeSource', id });
  }
  if (current.glyphs !== desired.glyphs) ops.push({ op: 'setGlyphs', url: desired.glyphs ?? null });
  if (!same(current['font-faces'], desired['font-faces'])) ops.push({ op: 'setFontFaces', value: desired['font-faces'] ?? null });
  for (const [id, spec] of Object.entries(desired.sources)) {
    const before = current.sources[id];
    if (!before || replacedSources.has(id)) ops.push({ op: 'addSource', id, source: spec });
    else if (!same(before, spec) && spec.type === 'geojson') ops.push({ op: 'setData', id, data: spec.data });
  }

  // Layers kept in place: update what changed.
  for (const layer of desired.layers) {
    const before = currentLayers.get(layer.id);
    if (!before || removed.has(layer.id)) continue;
    ops.push(...propertyOps('layout', layer.id, before.layout as Record<string, unknown> | undefined, layer.layout as Record<string, unknown> | undefined));
    ops.push(...propertyOps('paint', layer.id, before.paint as Record<string, unknown> | undefined, layer.paint as Record<string, unknown> | undefined));
    const filterBefore = 'filter' in before ? before.filter : undefined;
    const filterAfter = 'filter' in layer ? layer.filter : undefined;
    if (!same(filterBefore, filterAfter)) ops.push({ op: 'setFilter', id: layer.id, filter: filterAfter ?? null });
    if (before.minzoom !== layer.minzoom || before.maxzoom !== layer.maxzoom) {
      ops.push({ op: 'setZoomRange', id: layer.id, minzoom: layer.minzoom ?? 0, maxzoom: layer.maxzoom ?? 24 });
    }
  }

  // New layers, then order: walk the desired order from the top down, inserting before the next one.
  const order = current.layers.filter((l) => !removed.has(l.id) && desiredLayers.has(l.id)).map((l) => l.id);
  const ids = desired.layers.map((l) => l.id);
  for (let i = ids.length - 1; i >= 0; i--) {
    const id = ids[i] as string;
    const beforeId = ids[i + 1];
    const at = order.indexOf(id);
    const target = beforeId === undefined ? order.length : order.indexOf(beforeId);
    if (at === -1) {
      ops.push({ op: 'addLayer', layer: desiredLayers.get(id) as LayerSpecification, beforeId });
      order.splice(target, 0, id);
    } else if (at !== target - 1) {
      ops.push({ op: 'moveLayer', id, beforeId });
      order.splice(at, 1);
      order.splice(beforeId === undefined ? order.length : order.indexOf(beforeId), 0, id);
    }
  }
  return ops;
}

/**
 * Detours around closed links: the closed links are grouped into directed stretches (chains of
 * links where one's end is the next one's start); for each stretch the fastest route between its
 * first node and its last node is computed on current travel times, never using a closed link.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { PathResult, RoadGraph } from './road-graph.js';

/** One closed stretch: its links in driving order, and its two ends. */
export interface ClosedStretch {
  fromNode: string;
  toNode: string;
  linkIds: string[];
}

/** The detour for one stretch, with a drawable geometry, or why there is none. */
export type DetourResult =
  | (Extract<PathResult, { found: true }> & { stretch: ClosedStretch; geometry: FeatureCollection<LineString, { linkId: string } | { detour: true; timeS: number; distanceM: number }> })
  | { found: false; stretch: ClosedStretch | null; fromNode: string | null; toNode: string | null; reason: string };

/** Groups closed links into stretches; unknown link ids are an error (returned, not thrown). */
export function closedStretches(graph: RoadGraph, closedLinkIds: readonly string[]): ClosedStretch[] | { error: string } {
  const ids = [...new Set(closedLinkIds)];
  const unknown = ids.filter((id) => !graph.link(id));
  if (unknown.length > 0) return { error: `unknown link(s): ${unknown.join(', ')}` };
  const links = ids.map((id) => graph.link(id)!);
  type L = (typeof links)[number];
  const outOf = new Map<string, L[]>();
  const into = new Map<string, L[]>();
  for (const l of links) {
    outOf.set(l.fromNode, [...(outOf.get(l.fromNode) ?? []), l]);
    into.set(l.toNode, [...(into.get(l.toNode) ?? []), l]);
  }
  // Continuing onto the reverse link (a U-turn) is not continuing the stretch: both directions of a
  // road closed are two stretches, one per direction.
  const hasPredecessor = (l: L) => (into.get(l.fromNode) ?? []).some((k) => k.fromNode !== l.toNode);
  const used = new Set<string>();
  const stretches: ClosedStretch[] = [];
  const walk = (start: L) => {
    const chain = [start];
    used.add(start.linkId);
    for (;;) {
      const last = chain[chain.length - 1]!;
      const next = (outOf.get(last.toNode) ?? []).find((m) => m.toNode !== last.fromNode && !used.has(m.linkId));
      if (!next) break;
      chain.push(next);
      used.add(next.linkId);
    }
    stretches.push({ fromNode: chain[0]!.fromNode, toNode: chain[chain.length - 1]!.toNode, linkIds: chain.map((l) => l.linkId) });
  };
  // Start from links nobody leads into, then whatever is left (closed loops).
  for (const l of links) if (!hasPredecessor(l) && !used.has(l.linkId)) walk(l);
  for (const l of links) if (!used.has(l.linkId)) walk(l);
  return stretches;
}

/**
 * Detours for every closed stretch (both directions of a road closed → two stretches). `alsoClosed`:
 * links closed by other closures, avoided too but not part of this closure's stretches.
 */
export function detours(graph: RoadGraph, closedLinkIds: readonly string[], alsoClosed: readonly string[] = []): DetourResult[] {
  const stretches = closedStretches(graph, closedLinkIds);
  if ('error' in stretches) return [{ found: false, stretch: null, fromNode: null, toNode: null, reason: stretches.error }];
  if (stretches.length === 0) return [{ found: false, stretch: null, fromNode: null, toNode: null, reason: 'no closed links given' }];
  const avoid = new Set([...closedLinkIds, ...alsoClosed]);
  return stretches.map((s) => {
    if (s.fromNode === s.toNode) return { found: false, stretch: s, fromNode: s.fromNode, toNode: s.toNode, reason: 'the closed links form a loop; there are no two ends to join' };
    const p = graph.shortestPath(s.fromNode, s.toNode, avoid);
    if (!p.found) return { found: false, stretch: s, fromNode: s.fromNode, toNode: s.toNode, reason: `no detour: ${p.reason}` };
    const linkFeatures: Array<Feature<LineString, { linkId: string }>> = p.linkIds.map((id) => ({
      type: 'Feature',
      properties: { linkId: id },
      geometry: { type: 'LineString', coordinates: graph.link(id)!.coordinates },
    }));
    const whole: Feature<LineString, { detour: true; timeS: number; distanceM: number }> = {
      type: 'Feature',
      properties: { detour: true, timeS: Math.round(p.timeS), distanceM: p.distanceM },
      geometry: { type: 'LineString', coordinates: p.coordinates },
    };
    return { ...p, stretch: s, geometry: { type: 'FeatureCollection', features: [whole, ...linkFeatures] } };
  });
}

/** The detour for a closure of one stretch; a closure of several stretches answers with `detours`' advice. */
export function detour(graph: RoadGraph, closedLinkIds: readonly string[]): DetourResult {
  const all = detours(graph, closedLinkIds);
  if (all.length === 1) return all[0]!;
  return { found: false, stretch: null, fromNode: null, toNode: null, reason: `the closure has ${all.length} separate stretches; use detours() for one detour each` };
}

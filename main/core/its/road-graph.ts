/**
 * The road graph: directed links between nodes, each with a travel time from its current speed
 * (an `its.traffic` update) or, without one, its free-flow speed. Shortest paths are A* on travel
 * time with an admissible great-circle / top-speed heuristic.
 */
import { MinHeap } from '../min-heap.js';

/** What the graph needs of a link (a subset of ItsLink plus its geometry). */
export interface GraphLink {
  linkId: string;
  fromNode: string;
  toNode: string;
  lengthM: number;
  freeFlowKmh: number;
  coordinates: Array<[number, number]>;
}

/** A path through the graph, or the reason there is none. */
export type PathResult =
  | { found: true; fromNode: string; toNode: string; linkIds: string[]; distanceM: number; timeS: number; coordinates: Array<[number, number]> }
  | { found: false; fromNode: string; toNode: string; reason: string };

/**
 * Stopped traffic (speed 0) is not a wall: a link reported at 0 km/h is costed at this speed, so
 * a path through a jam is still found when it is the only one, just ranked last.
 */
export const MIN_SPEED_KMH = 1;

const R_EARTH_M = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;
function haversineM(a: readonly [number, number], b: readonly [number, number]): number {
  const h = Math.sin(rad(b[1] - a[1]) / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(rad(b[0] - a[0]) / 2) ** 2;
  return 2 * R_EARTH_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export class RoadGraph {
  private readonly links = new Map<string, GraphLink>();
  private readonly out = new Map<string, GraphLink[]>();
  private readonly nodePos = new Map<string, [number, number]>();
  private readonly speeds = new Map<string, number>();
  /** Straight-line metres per metre of link, at most: 1 for real geometry; checked on load. */
  private straightness = 1;

  constructor(links: Iterable<GraphLink>) {
    for (const l of links) {
      if (this.links.has(l.linkId)) throw new Error(`road graph: duplicate link ${l.linkId}`);
      this.links.set(l.linkId, l);
      const list = this.out.get(l.fromNode) ?? [];
      list.push(l);
      this.out.set(l.fromNode, list);
      const first = l.coordinates[0];
      const last = l.coordinates[l.coordinates.length - 1];
      if (first && !this.nodePos.has(l.fromNode)) this.nodePos.set(l.fromNode, first);
      if (last && !this.nodePos.has(l.toNode)) this.nodePos.set(l.toNode, last);
      // Rounded or imported lengths can be a little shorter than the chord; keep the heuristic below cost.
      if (first && last && l.lengthM > 0) this.straightness = Math.max(this.straightness, haversineM(first, last) / l.lengthM);
    }
  }

  get size(): { links: number; nodes: number } {
    return { links: this.links.size, nodes: this.nodePos.size };
  }

  link(linkId: string): GraphLink | undefined {
    return this.links.get(linkId);
  }

  hasNode(id: string): boolean {
    return this.nodePos.has(id);
  }

  /** Current speed of a link (from `its.traffic`); a negative or non-finite speed is ignored. */
  setSpeed(linkId: string, speedKmh: number): void {
    if (this.links.has(linkId) && Number.isFinite(speedKmh) && speedKmh >= 0) this.speeds.set(linkId, speedKmh);
  }

  /** Back to free-flow for one link, or all links. */
  clearSpeed(linkId?: string): void {
    if (linkId === undefined) this.speeds.clear();
    else this.speeds.delete(linkId);
  }

  /** Current speed reported for a link, or null when none was (free-flow assumed). */
  currentSpeed(linkId: string): number | null {
    return this.speeds.get(linkId) ?? null;
  }

  /** Travel time in seconds at the current (or free-flow) speed. */
  travelTimeS(linkId: string): number {
    const l = this.links.get(linkId);
    if (!l) throw new Error(`road graph: unknown link ${linkId}`);
    return this.cost(l);
  }

  private speedOf(l: GraphLink): number {
    return Math.max(MIN_SPEED_KMH, this.speeds.get(l.linkId) ?? l.freeFlowKmh);
  }

  private cost(l: GraphLink): number {
    return l.lengthM / (this.speedOf(l) / 3.6);
  }

  /** Fastest path from node to node by current travel time, never using a link in `avoid`. */
  shortestPath(fromNode: string, toNode: string, avoid: ReadonlySet<string> = new Set()): PathResult {
    const target = this.nodePos.get(toNode);
    if (!this.nodePos.has(fromNode)) return { found: false, fromNode, toNode, reason: `unknown node ${fromNode}` };
    if (!target) return { found: false, fromNode, toNode, reason: `unknown node ${toNode}` };
    let topMs = 0;
    for (const l of this.links.values()) topMs = Math.max(topMs, this.speedOf(l) / 3.6);
    // Admissible: no link is faster than the top speed, none shorter than its chord / straightness.
    const h = (n: string) => haversineM(this.nodePos.get(n)!, target) / this.straightness / topMs;
    const best = new Map<string, number>([[fromNode, 0]]);
    const via = new Map<string, GraphLink>();
    const done = new Set<string>();
    const heap = new MinHeap<string>();
    heap.push(h(fromNode), fromNode);
    while (heap.size > 0) {
      const node = heap.pop()!;
      if (done.has(node)) continue;
      if (node === toNode) break;
      done.add(node);
      const g = best.get(node)!;
      for (const l of this.out.get(node) ?? []) {
        if (avoid.has(l.linkId) || done.has(l.toNode)) continue;
        const cand = g + this.cost(l);
        if (cand < (best.get(l.toNode) ?? Infinity)) {
          best.set(l.toNode, cand);
          via.set(l.toNode, l);
          heap.push(cand + h(l.toNode), l.toNode);
        }
      }
    }
    if (!best.has(toNode)) return { found: false, fromNode, toNode, reason: `no route from ${fromNode} to ${toNode}${avoid.size > 0 ? ` avoiding ${avoid.size} closed link(s)` : ''}` };
    const path: GraphLink[] = [];
    for (let n = toNode; n !== fromNode; ) {
      const l = via.get(n)!;
      path.push(l);
      n = l.fromNode;
    }
    path.reverse();
    const coordinates: Array<[number, number]> = [];
    for (const l of path) for (const c of l.coordinates) {
      const prev = coordinates[coordinates.length - 1];
      if (!prev || prev[0] !== c[0] || prev[1] !== c[1]) coordinates.push(c);
    }
    return {
      found: true,
      fromNode,
      toNode,
      linkIds: path.map((l) => l.linkId),
      distanceM: path.reduce((s, l) => s + l.lengthM, 0),
      timeS: best.get(toNode)!,
      coordinates,
    };
  }
}

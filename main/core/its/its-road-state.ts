/**
 * Live state of the road network on a workstation: `its.traffic` events set link speeds,
 * `ops.closures` events (an operator's) and full closures reported by incidents (`its.events` with
 * lanesBlock `full` on a known link) close links, and every change of a closure yields the
 * `ops.detours` event to publish — the detour between the closure's ends on current travel times,
 * or a "no detour" answer; reopening yields the detour's removal.
 */
import { createHash } from 'node:crypto';
import type { EventInput } from '../../common/events.js';
import { congestionClass, type CongestionClass } from '../../common/its/congestion.js';
import { closurePropsSchema, incidentPropsSchema, trafficPropsSchema, type DetourProps, type StretchDetour } from '../../common/its/types.js';
import { detours, type DetourResult } from './detour.js';
import type { RoadGraph } from './road-graph.js';

/** What state needs of an event (an EventEnvelope or an EventInput both fit). */
type AnyEvent = Pick<EventInput, 'stream' | 'key' | 'op' | 'ts' | 'status' | 'props'>;

interface Closure {
  closureId: string;
  linkIds: string[];
  ts: number;
  status: EventInput['status'];
  /** Last published detour, to publish again only on change. */
  lastId: string | null;
}

export const DETOUR_SOURCE = 'core:its-detour';

export class ItsRoadState {
  private readonly closures = new Map<string, Closure>();

  constructor(
    private readonly graph: RoadGraph,
    /** Name of the network (`schematic`, `moct`), carried in the detour event. */
    private readonly network: string,
  ) {}

  /** Active closures, by id. */
  activeClosures(): Array<{ closureId: string; linkIds: string[] }> {
    return [...this.closures.values()].map((c) => ({ closureId: c.closureId, linkIds: [...c.linkIds] }));
  }

  /** Congestion class of a link from its last reported speed and its own free-flow speed; null without data. */
  congestion(linkId: string): CongestionClass | null {
    const l = this.graph.link(linkId);
    const v = this.graph.currentSpeed(linkId);
    return l && v !== null ? congestionClass(v, l.freeFlowKmh) : null;
  }

  /** Applies one event; returns the `ops.detours` events it makes necessary (often none). */
  apply(ev: AnyEvent): EventInput[] {
    switch (ev.stream) {
      case 'its.traffic': {
        const p = trafficPropsSchema.safeParse(ev.props);
        if (p.success && ev.op === 'upsert') this.graph.setSpeed(p.data.linkId, p.data.speedKmh);
        else if (ev.op === 'remove') this.graph.clearSpeed(ev.key);
        return [];
      }
      case 'ops.closures': {
        if (ev.op === 'remove') return this.reopen(ev.key, ev.ts);
        const p = closurePropsSchema.safeParse(ev.props);
        if (!p.success) return [];
        if (p.data.endTs !== null && p.data.endTs <= ev.ts) return this.reopen(p.data.closureId, ev.ts);
        return this.close(p.data.closureId, p.data.linkIds, ev.ts, ev.status);
      }
      case 'its.events': {
        const id = `incident:${ev.key}`;
        const p = incidentPropsSchema.safeParse(ev.props);
        const closes = ev.op === 'upsert' && p.success && p.data.lanesBlock === 'full' && p.data.endTs === null && p.data.linkId !== null && this.graph.link(p.data.linkId) !== undefined;
        if (closes) return this.close(id, [p.data.linkId!], ev.ts, ev.status);
        return this.closures.has(id) ? this.reopen(id, ev.ts) : [];
      }
      default:
        return [];
    }
  }

  /** Recomputes every active closure's detour (after speed changes); returns those that changed. */
  recompute(now: number): EventInput[] {
    return [...this.closures.values()].flatMap((c) => this.publish(c, now));
  }

  private close(closureId: string, linkIds: string[], ts: number, status: EventInput['status']): EventInput[] {
    const c: Closure = { closureId, linkIds: [...linkIds], ts, status, lastId: this.closures.get(closureId)?.lastId ?? null };
    this.closures.set(closureId, c);
    return this.publish(c, ts);
  }

  private reopen(closureId: string, ts: number): EventInput[] {
    const c = this.closures.get(closureId);
    if (!c) return [];
    this.closures.delete(closureId);
    return [{ stream: 'ops.detours', id: `detour:${closureId}:removed:${ts}`, key: closureId, kind: 'detour', op: 'remove', ts, status: c.status, geometry: null, props: { closureId }, source: DETOUR_SOURCE }];
  }

  private publish(c: Closure, ts: number): EventInput[] {
    // Links closed by other closures stay closed for this detour too.
    const others = [...this.closures.values()].filter((o) => o.closureId !== c.closureId).flatMap((o) => o.linkIds);
    const results = detours(this.graph, c.linkIds, others);
    const props: DetourProps = { closureId: c.closureId, network: this.network, stretches: results.map((r) => stretchOf(r, c.linkIds)) };
    const id = `detour:${c.closureId}:${createHash('sha256').update(JSON.stringify(props)).digest('hex').slice(0, 16)}`;
    if (id === c.lastId) return [];
    c.lastId = id;
    const lines = results.flatMap((r) => (r.found ? [r.coordinates] : []));
    return [{
      stream: 'ops.detours', id, key: c.closureId, kind: 'detour', op: 'upsert', ts, status: c.status,
      geometry: lines.length === 0 ? null : lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines },
      props: { ...props }, source: DETOUR_SOURCE,
    }];
  }
}

function stretchOf(r: DetourResult, closed: string[]): StretchDetour {
  if (r.found) {
    return { found: true, fromNode: r.fromNode, toNode: r.toNode, closedLinkIds: r.stretch.linkIds, linkIds: r.linkIds, distanceM: r.distanceM, timeS: Math.round(r.timeS) };
  }
  return { found: false, fromNode: r.fromNode, toNode: r.toNode, closedLinkIds: r.stretch?.linkIds ?? closed, reason: r.reason };
}

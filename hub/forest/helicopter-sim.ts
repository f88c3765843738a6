/**
 * Who moves the helicopters in an exercise: the scenario hub. When a `helicopter.assign` command is
 * logged on `ops.dispatch`, this simulator flies the helicopter through the sortie and reports its
 * position and state on `forest.helicopters`, as a tracking feed would on a real hub:
 *
 *   available → en route (spin-up on the ground, then cruise to the fire) → on scene (`ON_SCENE_MIN`)
 *   → refuelling (cruise back to its base, then `REFUEL_MIN` on the ground) → available.
 *
 * A `helicopter.release` ends the sortie at once: the helicopter is available again and flies back to
 * its base (its position still moves, so the next ETA is computed from where it really is).
 * Time runs on the scenario clock (`advance` takes scenario milliseconds), so at 60× a sortie takes a
 * minute or two. A real hub runs no simulator: positions come from the tracking feed.
 *
 * Pure: `observe` and `advance` return the events to append; the hub wiring (forest-reactor.ts) appends them.
 */
import type { EventEnvelope, EventInput } from '../../main/common/events.js';
import { ASSIGN_KIND, RELEASE_KIND, helicopterAssignPropsSchema, helicopterReleasePropsSchema } from '../../main/common/forest/dispatch-command.js';
import { FOREST_STREAMS, helicopterSchema, type Helicopter, type HelicopterState } from '../../main/common/forest/types.js';

/** Source of every event the simulator writes (the track keeper and the simulator itself recognise it). */
export const SIM_SOURCE = 'scenario:helicopter-sim';
/** Minutes over the fire per sortie: a Ka-32 carries ~2.5 h of fuel; ~1 h of drops leaves the transit. */
export const ON_SCENE_MIN = 60;
/** Minutes on the ground at the base to refuel and refill. */
export const REFUEL_MIN = 20;
/** A moving helicopter reports at most this often, scenario time (a tracking feed's usual rate). */
export const REPORT_EVERY_MS = 30_000;

const MIN = 60_000;
type LonLat = [number, number];
type Phase = 'spin-up' | 'to-fire' | 'on-scene' | 'to-base' | 'refuel' | 'return-idle';

interface Mission {
  phase: Phase;
  /** Scenario ms left in a timed phase (spin-up, on-scene, refuel). */
  leftMs: number;
  fireKey: string | null;
  fireAt: LonLat | null;
}

interface Tracked {
  heli: Helicopter;
  base: LonLat;
  mission: Mission | null;
  /** Scenario ms since the last report while moving. */
  sinceReportMs: number;
  /** The simulator has reported this helicopter (its reports then supersede the scenario's). */
  reported: boolean;
}

/** Great-circle distance, m (haversine). */
export function distanceM(a: LonLat, b: LonLat): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r;
  const dLon = (b[0] - a[0]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** `stepM` along the line from `from` to `to` (interpolated in lon/lat: legs are tens of km), or `to` when closer. */
function stepToward(from: LonLat, to: LonLat, stepM: number): { at: LonLat; arrived: boolean } {
  const d = distanceM(from, to);
  if (d <= stepM || d === 0) return { at: [to[0], to[1]], arrived: true };
  const f = stepM / d;
  return { at: [from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f], arrived: false };
}

const r5 = (n: number): number => Math.round(n * 1e5) / 1e5;

export class HelicopterSim {
  private readonly fleet = new Map<string, Tracked>();
  private counter = 0;

  constructor(private readonly status: EventInput['status'] = 'exercise') {}

  /** Helicopters known to the simulator, with their state (tests, health). */
  list(): Array<{ helicopter: Helicopter; phase: Phase | null; base: LonLat }> {
    return [...this.fleet.values()].map((t) => ({ helicopter: t.heli, phase: t.mission?.phase ?? null, base: t.base }));
  }

  /** Learns the fleet from the log's current state (hub start), without reporting anything. */
  prime(events: readonly EventEnvelope[]): void {
    for (const e of events) {
      if (e.stream !== FOREST_STREAMS.helicopters || e.kind !== 'helicopter' || e.op !== 'upsert') continue;
      const p = helicopterSchema.safeParse(e.props);
      if (p.success) this.fleet.set(p.data.id, { heli: p.data, base: [p.data.lon, p.data.lat], mission: null, sinceReportMs: 0, reported: e.source === SIM_SOURCE });
    }
  }

  /** Reacts to logged events: helicopter reports from the scenario or a feed, assignments and releases. */
  observe(events: readonly EventEnvelope[], now: number): EventInput[] {
    const out: EventInput[] = [];
    for (const e of events) {
      if (e.source === SIM_SOURCE) continue;
      if (e.stream === FOREST_STREAMS.helicopters && e.kind === 'helicopter' && e.op === 'upsert') this.onReport(e, now, out);
      else if (e.stream === FOREST_STREAMS.dispatch && e.kind === ASSIGN_KIND) this.onAssign(e, now, out);
      else if (e.stream === FOREST_STREAMS.dispatch && e.kind === RELEASE_KIND) this.onRelease(e, now, out);
    }
    return out;
  }

  /** Moves every helicopter on a sortie by `dtMs` of scenario time; returns its reports. */
  advance(dtMs: number, now: number): EventInput[] {
    const out: EventInput[] = [];
    if (!(dtMs > 0)) return out;
    for (const t of this.fleet.values()) {
      if (!t.mission) continue;
      const before = t.heli.state;
      const moved = this.step(t, dtMs);
      t.sinceReportMs += dtMs;
      const changed = t.heli.state !== before || !t.mission;
      if (changed || (moved && t.sinceReportMs >= REPORT_EVERY_MS)) out.push(this.report(t, now));
    }
    return out;
  }

  private onReport(e: EventEnvelope, now: number, out: EventInput[]): void {
    const p = helicopterSchema.safeParse(e.props);
    if (!p.success) return;
    const prev = this.fleet.get(p.data.id);
    // A scenario report names the helicopter's base; it also restarts it (a looped exercise day).
    const t: Tracked = { heli: p.data, base: [p.data.lon, p.data.lat], mission: null, sinceReportMs: 0, reported: prev?.reported ?? false };
    this.fleet.set(p.data.id, t);
    // Our reports carry wall-clock times; re-state the scenario's one after them so every fleet takes it.
    if (t.reported) out.push(this.report(t, now));
  }

  private onAssign(e: EventEnvelope, now: number, out: EventInput[]): void {
    const p = helicopterAssignPropsSchema.safeParse(e.props);
    if (!p.success) return;
    const t = this.fleet.get(p.data.helicopterId);
    if (!t) return;
    // Already airborne (on a sortie or flying home): re-tasked without a new spin-up.
    const airborne = t.mission !== null && t.mission.phase !== 'spin-up' && t.mission.phase !== 'refuel';
    t.mission = { phase: airborne ? 'to-fire' : 'spin-up', leftMs: airborne ? 0 : t.heli.spinUpMin * MIN, fireKey: p.data.fireKey, fireAt: [p.data.fireAt[0], p.data.fireAt[1]] };
    t.heli = { ...t.heli, state: 'en-route', assignedFireKey: p.data.fireKey };
    out.push(this.report(t, now));
  }

  private onRelease(e: EventEnvelope, now: number, out: EventInput[]): void {
    const p = helicopterReleasePropsSchema.safeParse(e.props);
    if (!p.success) return;
    const t = this.fleet.get(p.data.helicopterId);
    if (!t) return;
    const atBase = distanceM([t.heli.lon, t.heli.lat], t.base) < 50;
    t.mission = atBase ? null : { phase: 'return-idle', leftMs: 0, fireKey: null, fireAt: null };
    t.heli = { ...t.heli, state: 'available', assignedFireKey: null };
    out.push(this.report(t, now));
  }

  /** One step of the sortie; returns whether the helicopter moved. Phases chain within one step. */
  private step(t: Tracked, dtMs: number): boolean {
    let left = dtMs;
    let moved = false;
    while (left > 0 && t.mission) {
      const m = t.mission;
      if (m.phase === 'spin-up' || m.phase === 'on-scene' || m.phase === 'refuel') {
        const used = Math.min(left, m.leftMs);
        m.leftMs -= used;
        left -= used;
        if (m.leftMs > 0) break;
        if (m.phase === 'spin-up') this.enter(t, 'to-fire', 'en-route', 0);
        else if (m.phase === 'on-scene') this.enter(t, 'to-base', 'refuelling', 0);
        else this.finish(t);
        continue;
      }
      const target = m.phase === 'to-fire' ? m.fireAt : t.base;
      if (!target) return moved;
      const speedMpMs = (t.heli.cruiseKmh * 1000) / (60 * MIN);
      const from: LonLat = [t.heli.lon, t.heli.lat];
      const d = distanceM(from, target);
      const { at, arrived } = stepToward(from, target, left * speedMpMs);
      t.heli = { ...t.heli, lon: r5(at[0]), lat: r5(at[1]) };
      moved = true;
      if (!arrived) break;
      left -= d / speedMpMs;
      if (m.phase === 'to-fire') this.enter(t, 'on-scene', 'on-scene', ON_SCENE_MIN * MIN);
      else if (m.phase === 'to-base') this.enter(t, 'refuel', 'refuelling', REFUEL_MIN * MIN);
      else this.finish(t);
    }
    return moved;
  }

  private enter(t: Tracked, phase: Phase, state: HelicopterState, leftMs: number): void {
    if (t.mission) {
      t.mission.phase = phase;
      t.mission.leftMs = leftMs;
    }
    t.heli = { ...t.heli, state };
  }

  private finish(t: Tracked): void {
    t.mission = null;
    t.heli = { ...t.heli, state: 'available', assignedFireKey: null, lon: t.base[0], lat: t.base[1] };
  }

  private report(t: Tracked, now: number): EventInput {
    t.sinceReportMs = 0;
    t.reported = true;
    const heli: Helicopter = { ...t.heli, updatedAt: Math.max(now, t.heli.updatedAt + 1) };
    t.heli = heli;
    return {
      stream: FOREST_STREAMS.helicopters, id: `sim:${heli.id}:${now}:${++this.counter}`, key: `helicopter:${heli.id}`, kind: 'helicopter', op: 'upsert',
      ts: now, status: this.status, geometry: { type: 'Point', coordinates: [heli.lon, heli.lat] }, props: { ...heli }, source: SIM_SOURCE,
    };
  }
}

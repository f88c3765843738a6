/**
 * Helicopter dispatch: which available helicopter reaches a fire first, and the fleet state as the
 * position feed (`forest.helicopters`) and the assignments (`ops.dispatch`) arrive.
 *
 * ETA = spin-up time + great-circle distance / cruise speed. Straight-line flight at cruise speed is
 * what a dispatcher compares helicopters by; climb, wind and terrain routing are not modelled.
 */
import { ASSIGN_KIND, RELEASE_KIND, helicopterAssignPropsSchema, helicopterReleasePropsSchema } from '../../common/forest/dispatch-command.js';
import { FOREST_STREAMS, helicopterSchema, type Helicopter } from '../../common/forest/types.js';
import type { EventInput } from '../../common/events.js';
import { distanceM, type LonLat } from './geo.js';

/** Kind of the hub's per-helicopter track feature on `forest.helicopters`. */
export const HELICOPTER_TRACK_KIND = 'helicopter.track';

/** One candidate for a fire. */
export interface DispatchOption {
  helicopter: Helicopter;
  distanceKm: number;
  /** Minutes from the order to arrival over the fire. */
  etaMin: number;
}

/** Minutes to reach `fire` from the helicopter's position. */
export function etaMinutes(h: Pick<Helicopter, 'lon' | 'lat' | 'cruiseKmh' | 'spinUpMin'>, fire: LonLat): { distanceKm: number; etaMin: number } {
  const distanceKm = distanceM([h.lon, h.lat], fire) / 1000;
  return { distanceKm, etaMin: h.spinUpMin + (distanceKm / h.cruiseKmh) * 60 };
}

/** Available helicopters ordered by ETA (ties by id), for the dispatch panel. */
export function rankForFire(fire: LonLat, fleet: Iterable<Helicopter>): DispatchOption[] {
  const out: DispatchOption[] = [];
  for (const h of fleet) {
    if (h.state !== 'available') continue;
    out.push({ helicopter: h, ...etaMinutes(h, fire) });
  }
  return out.sort((a, b) => a.etaMin - b.etaMin || a.helicopter.id.localeCompare(b.helicopter.id));
}

/** Outcome of applying one event to the fleet. */
export type FleetChange = { changed: true; helicopterId: string } | { changed: false; reason: string };

/**
 * The fleet as the client store sees it. Position reports replace a helicopter's record (keeping its
 * assignment unless the report carries one); an assignment sets it en route to the fire — also when it
 * was busy, because an operator may re-task a helicopter, and the hub's order decides between two
 * operators; a release makes it available.
 */
export class HelicopterFleet {
  private readonly byId = new Map<string, Helicopter>();
  private readonly tracks = new Map<string, Array<{ at: LonLat; ts: number }>>();
  /** Positions kept per helicopter for its track on the map (at 1 report/min: the last 4 hours). */
  static readonly TRACK_POINTS = 240;

  /** The helicopter's recent positions, oldest first. */
  track(id: string): ReadonlyArray<{ at: LonLat; ts: number }> {
    return this.tracks.get(id) ?? [];
  }

  list(): Helicopter[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  get(id: string): Helicopter | undefined {
    return this.byId.get(id);
  }

  apply(e: EventInput): FleetChange {
    if (e.stream === FOREST_STREAMS.helicopters) return this.position(e);
    if (e.stream === FOREST_STREAMS.dispatch) return this.dispatch(e);
    return { changed: false, reason: `not a fleet stream: ${e.stream}` };
  }

  private position(e: EventInput): FleetChange {
    // The hub's track of a helicopter (hub/forest/helicopter-tracks.ts) shares the stream; it is drawn, not applied.
    if (e.kind === HELICOPTER_TRACK_KIND) return { changed: false, reason: 'a track, not a position report' };
    if (e.op === 'remove') {
      const id = e.key.replace(/^helicopter:/, '');
      this.tracks.delete(id);
      return this.byId.delete(id) ? { changed: true, helicopterId: id } : { changed: false, reason: `unknown helicopter ${id}` };
    }
    const p = helicopterSchema.safeParse(e.props);
    if (!p.success) return { changed: false, reason: `invalid helicopter props: ${p.error.issues[0]?.message ?? 'invalid'}` };
    const prev = this.byId.get(p.data.id);
    if (prev && prev.updatedAt > p.data.updatedAt) return { changed: false, reason: 'older position report' };
    const track = this.tracks.get(p.data.id) ?? [];
    const last = track[track.length - 1];
    if (!last || last.at[0] !== p.data.lon || last.at[1] !== p.data.lat) track.push({ at: [p.data.lon, p.data.lat], ts: p.data.updatedAt });
    if (track.length > HelicopterFleet.TRACK_POINTS) track.splice(0, track.length - HelicopterFleet.TRACK_POINTS);
    this.tracks.set(p.data.id, track);
    this.byId.set(p.data.id, { ...p.data, assignedFireKey: p.data.assignedFireKey !== undefined ? p.data.assignedFireKey : (prev?.assignedFireKey ?? null) });
    return { changed: true, helicopterId: p.data.id };
  }

  private dispatch(e: EventInput): FleetChange {
    if (e.kind === ASSIGN_KIND) {
      const p = helicopterAssignPropsSchema.safeParse(e.props);
      if (!p.success) return { changed: false, reason: 'invalid assignment props' };
      const h = this.byId.get(p.data.helicopterId);
      if (!h) return { changed: false, reason: `unknown helicopter ${p.data.helicopterId}` };
      this.byId.set(h.id, { ...h, state: 'en-route', assignedFireKey: p.data.fireKey, updatedAt: Math.max(h.updatedAt, e.ts) });
      return { changed: true, helicopterId: h.id };
    }
    if (e.kind === RELEASE_KIND) {
      const p = helicopterReleasePropsSchema.safeParse(e.props);
      if (!p.success) return { changed: false, reason: 'invalid release props' };
      const h = this.byId.get(p.data.helicopterId);
      if (!h) return { changed: false, reason: `unknown helicopter ${p.data.helicopterId}` };
      this.byId.set(h.id, { ...h, state: 'available', assignedFireKey: null, updatedAt: Math.max(h.updatedAt, e.ts) });
      return { changed: true, helicopterId: h.id };
    }
    return { changed: false, reason: `unknown dispatch kind ${e.kind}` };
  }
}

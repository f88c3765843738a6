/**
 * Helicopter tracks: the hub keeps each helicopter's recent positions and publishes them as one
 * `helicopter.track` feature per helicopter on `forest.helicopters` (key `helicopter-track:<id>`,
 * a LineString, oldest point first). The hub does it — not each workstation — so a workstation that
 * connects late, or restarts, draws the same track as the others: the client store keeps only the
 * latest event per key. It works the same for the exercise simulator and for a real tracking feed.
 */
import type { EventEnvelope, EventInput } from '../../main/common/events.js';
import { FOREST_STREAMS, helicopterSchema } from '../../main/common/forest/types.js';

export const TRACK_KIND = 'helicopter.track';
export const TRACK_SOURCE = 'hub:helicopter-tracks';
/** Points kept per track (at one report per 30 s of flight: the last hour). */
export const TRACK_POINTS = 120;

export const trackKey = (helicopterId: string): string => `helicopter-track:${helicopterId}`;

/** `props` of a `helicopter.track` feature. */
export interface HelicopterTrackProps {
  helicopterId: string;
  callsign: string;
  points: number;
  /** Time of the first and last point (the reports' `updatedAt`). */
  from: number;
  to: number;
}

type Point = [number, number, number]; // lon, lat, updatedAt

export class HelicopterTracks {
  private readonly tracks = new Map<string, Point[]>();
  private counter = 0;

  constructor(private readonly maxPoints = TRACK_POINTS) {}

  /** Picks up the tracks already logged (hub restart), so a track continues instead of starting over. */
  prime(events: readonly EventEnvelope[]): void {
    for (const e of events) {
      if (e.stream !== FOREST_STREAMS.helicopters || e.kind !== TRACK_KIND || e.geometry?.type !== 'LineString') continue;
      const id = e.props['helicopterId'];
      const from = Number(e.props['from']);
      const to = Number(e.props['to']);
      if (typeof id !== 'string') continue;
      const coords = e.geometry.coordinates;
      // Point times are not stored per vertex; spread them between `from` and `to` (only their order matters).
      this.tracks.set(id, coords.map((c, i) => [c[0]!, c[1]!, coords.length > 1 ? from + ((to - from) * i) / (coords.length - 1) : to]));
    }
  }

  /** The track events to publish for these logged events (one per helicopter whose track grew). */
  observe(events: readonly EventEnvelope[], status: (e: EventEnvelope) => EventInput['status'] = (e) => e.status): EventInput[] {
    const grown = new Map<string, { e: EventEnvelope; callsign: string }>();
    const out: EventInput[] = [];
    for (const e of events) {
      if (e.stream !== FOREST_STREAMS.helicopters) continue;
      if (e.kind === TRACK_KIND) continue;
      if (e.op === 'remove') {
        const id = e.key.replace(/^helicopter:/, '');
        grown.delete(id);
        if (this.tracks.delete(id)) out.push({ stream: FOREST_STREAMS.helicopters, id: `track:${id}:${e.id}:${++this.counter}`.slice(0, 256), key: trackKey(id), kind: TRACK_KIND, op: 'remove', ts: e.ts, status: status(e), geometry: null, props: { helicopterId: id }, source: TRACK_SOURCE });
        continue;
      }
      const p = helicopterSchema.safeParse(e.props);
      if (!p.success) continue;
      const track = this.tracks.get(p.data.id) ?? [];
      const last = track[track.length - 1];
      if (last && last[2] > p.data.updatedAt) continue; // an older report arriving late
      if (last && last[0] === p.data.lon && last[1] === p.data.lat) continue;
      track.push([p.data.lon, p.data.lat, p.data.updatedAt]);
      if (track.length > this.maxPoints) track.splice(0, track.length - this.maxPoints);
      this.tracks.set(p.data.id, track);
      if (track.length >= 2) grown.set(p.data.id, { e, callsign: p.data.callsign });
    }
    for (const [id, { e, callsign }] of grown) {
      const track = this.tracks.get(id)!;
      const props: HelicopterTrackProps = { helicopterId: id, callsign, points: track.length, from: track[0]![2], to: track[track.length - 1]![2] };
      out.push({
        stream: FOREST_STREAMS.helicopters, id: `track:${id}:${e.id}:${++this.counter}`.slice(0, 256), key: trackKey(id), kind: TRACK_KIND, op: 'upsert',
        ts: e.ts, status: status(e), geometry: { type: 'LineString', coordinates: track.map(([x, y]) => [x, y]) }, props: { ...props }, source: TRACK_SOURCE,
      });
    }
    return out;
  }
}

/**
 * The hub's forest reactions to what it logs: helicopter tracks (always), forest road status on the
 * forest management panel's road records (road-status.ts) and, on a scenario hub, the helicopter
 * simulator that flies assigned helicopters (helicopter-sim.ts). createHub calls `observe`
 * with every batch it appended (ingest, scenario, operator commands); derived events go back through
 * the hub's `ingest`, so they are logged, broadcast and observed like any other input.
 */
import type { EventEnvelope, EventInput } from '../../main/common/events.js';
import { FOREST_STREAMS } from '../../main/common/forest/types.js';
import type { AppendResult } from '../log/event-log.js';
import { HelicopterSim } from './helicopter-sim.js';
import { HelicopterTracks } from './helicopter-tracks.js';
import { roadStatusUpdates } from './road-status.js';

export interface ForestReactorOptions {
  /** The hub's ingest (log + broadcast + observe). */
  ingest(inputs: readonly EventInput[]): AppendResult;
  /** The current state of a stream (for priming after a restart). */
  current(stream: string): EventEnvelope[];
  /** Scenario speed factor while the scenario plays, 0 while paused; null: no simulator (a real hub). */
  scenarioSpeed: (() => number) | null;
  now?: () => number;
  /** Simulator period, real ms (default 500). */
  tickMs?: number;
  log?(msg: string): void;
}

export interface ForestReactor {
  observe(events: readonly EventEnvelope[]): void;
  /** Advances the simulator by `realMs` (the timer does it; tests call it). */
  tick(realMs: number): void;
  readonly sim: HelicopterSim | null;
  close(): void;
}

export function createForestReactor(o: ForestReactorOptions): ForestReactor {
  const now = o.now ?? Date.now;
  const tracks = new HelicopterTracks();
  const sim = o.scenarioSpeed ? new HelicopterSim('exercise') : null;
  const heliNow = o.current(FOREST_STREAMS.helicopters);
  tracks.prime(heliNow);
  sim?.prime(heliNow);
  let depth = 0;

  const publish = (inputs: EventInput[]): void => {
    if (inputs.length === 0) return;
    try {
      o.ingest(inputs);
    } catch (err) {
      o.log?.(`forest reactor: could not log ${inputs.length} derived events: ${String(err)}`);
    }
  };

  const observe = (events: readonly EventEnvelope[]): void => {
    // Derived events are observed in turn (simulator report → track); three levels is the most it needs.
    if (events.length === 0 || depth > 3) return;
    depth++;
    try {
      publish(roadStatusUpdates(events, o.current));
      const relevant = events.filter((e) => e.stream === FOREST_STREAMS.helicopters || e.stream === FOREST_STREAMS.dispatch);
      if (relevant.length === 0) return;
      publish(sim ? sim.observe(relevant, now()) : []);
      publish(tracks.observe(relevant));
    } finally {
      depth--;
    }
  };

  const tick = (realMs: number): void => {
    const speed = o.scenarioSpeed?.() ?? 0;
    if (sim && speed > 0) publish(sim.advance(realMs * speed, now()));
  };

  const tickMs = o.tickMs ?? 500;
  const timer = sim ? setInterval(() => tick(tickMs), tickMs) : null;
  timer?.unref();

  return {
    observe,
    tick,
    sim,
    close() {
      if (timer) clearInterval(timer);
    },
  };
}

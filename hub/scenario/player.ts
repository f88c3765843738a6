/**
 * Plays a timeline: entries whose `at` has been reached (scenario clock = position + elapsed × speed)
 * go through their adapter, are re-stamped to the current time, marked `exercise`, and handed to the
 * sink in one batch per tick. Ids get a run suffix so a replay (or a hub restart) is new input, not a
 * duplicate of the last run.
 */
import type { EventInput } from '../../main/common/events.js';
import type { AppendResult } from '../log/event-log.js';
import { adapters as builtinAdapters } from '../connectors/adapters/index.js';
import type { Quarantine } from '../connectors/quarantine.js';
import type { Adapter } from '../connectors/types.js';
import type { Timeline, TimelineEntry } from './timeline.js';

/** Player state for health and the UI. */
export interface ScenarioStatus {
  name: string;
  playing: boolean;
  speed: number;
  positionMs: number;
  durationMs: number;
  emitted: number;
  rejected: number;
  loops: number;
  runId: string;
}

/** play/pause/speed control. */
export interface ScenarioPlayer {
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  status(): ScenarioStatus;
  /** Emits everything due now (the timer calls it; tests call it with a fake clock). */
  tick(): void;
  close(): void;
}

/** What the player needs. */
export interface PlayerOptions {
  timeline: Timeline;
  speed: number;
  sink(inputs: EventInput[]): AppendResult | void;
  quarantine?: Quarantine;
  adapters?: Readonly<Record<string, Adapter>>;
  log?(msg: string): void;
  loop?: boolean;
  now?(): number;
  /** Timer period, ms (default 100). */
  tickMs?: number;
  /** Fixed run id (tests); default derived from the start time. */
  runId?: string;
}

/** Turns one entry into a re-stamped exercise event, or a reject reason. */
export function materialize(entry: TimelineEntry, ctx: { now: number; runId: string; name: string; adapters: Readonly<Record<string, Adapter>> }): EventInput | { reason: string; raw: unknown } {
  let base: EventInput | { reason: string; raw: unknown };
  if ('adapter' in entry) {
    const adapter = ctx.adapters[entry.adapter];
    if (!adapter) return { reason: `unknown adapter "${entry.adapter}"`, raw: entry };
    base = adapter.record(entry.record, { now: ctx.now });
    if (!('stream' in base)) return base;
  } else {
    base = entry.event as unknown as EventInput;
  }
  return {
    ...base,
    id: `${base.id}~${ctx.runId}`,
    ts: ctx.now,
    status: 'exercise',
    props: { ...(base.props ?? {}), scenario: ctx.name },
  };
}

export function createScenarioPlayer(o: PlayerOptions): ScenarioPlayer {
  const now = o.now ?? Date.now;
  const adapters = o.adapters ?? builtinAdapters;
  const { timeline } = o;
  let speed = o.speed > 0 ? o.speed : 1;
  let playing = false;
  let position = 0; // scenario ms at `since`
  let since = now();
  let next = 0; // index of the next entry to emit
  let emitted = 0;
  let rejected = 0;
  let loops = 0;
  let runId = o.runId ?? now().toString(36);
  let timer: NodeJS.Timeout | null = null;

  const pos = (): number => (playing ? position + (now() - since) * speed : position);

  const tick = (): void => {
    const p = pos();
    const t = now();
    const batch: EventInput[] = [];
    const rejects: { reason: string; raw: unknown }[] = [];
    while (next < timeline.entries.length && timeline.entries[next]!.at <= p) {
      const ev = materialize(timeline.entries[next]!, { now: t, runId, name: timeline.name, adapters });
      if ('stream' in ev) batch.push(ev);
      else rejects.push(ev);
      next++;
    }
    if (rejects.length) {
      rejected += rejects.length;
      o.quarantine?.add(`scenario:${timeline.name}`, rejects, t);
    }
    if (batch.length) {
      try {
        const r = o.sink(batch);
        emitted += r ? r.appended.length : batch.length;
        if (r && r.invalid.length) o.quarantine?.add(`scenario:${timeline.name}`, r.invalid.map((x) => ({ reason: x.reason, raw: batch[x.index] })), t);
      } catch (err) {
        o.log?.(`scenario ${timeline.name}: sink refused: ${String(err)}; pausing`);
        pause();
        return;
      }
    }
    if (next >= timeline.entries.length && p >= timeline.durationMs) {
      if (o.loop) {
        loops++;
        next = 0;
        position = 0;
        since = t;
        runId = `${o.runId ?? t.toString(36)}-${loops}`;
      } else pause();
    }
  };

  const pause = (): void => {
    position = pos();
    playing = false;
    if (timer) clearInterval(timer);
    timer = null;
  };

  return {
    play() {
      if (playing) return;
      since = now();
      playing = true;
      tick();
      timer = setInterval(tick, o.tickMs ?? 100);
      timer.unref();
    },
    pause,
    setSpeed(s: number) {
      if (!(s > 0) || !Number.isFinite(s)) throw new Error(`speed must be a positive number, got ${s}`);
      position = pos();
      since = now();
      speed = s;
    },
    status: () => ({ name: timeline.name, playing, speed, positionMs: Math.round(pos()), durationMs: timeline.durationMs, emitted, rejected, loops, runId }),
    tick,
    close: pause,
  };
}

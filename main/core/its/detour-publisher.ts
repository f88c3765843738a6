/**
 * Detours for operator closures, computed in the core of the workstation that submits the closure
 * and published through the same outbox, so every workstation (same hub) receives the `ops.detours`
 * event with the closure. At each `ops.closures` submission the road state is rebuilt from the
 * link's current store: link speeds (`its.traffic`), the other active closures (their links stay
 * closed for this detour) and this closure's previous version (so a reopening yields the removal).
 */
import type { EventInput } from '../../common/events.js';
import type { LiveFeature, OpsSubmitArgs, SyncSnapshotResult } from '../../common/live-sync.js';
import { ITS_STREAMS } from '../../common/its/types.js';
import { ItsRoadState } from './its-road-state.js';
import type { RoadGraph } from './road-graph.js';

/** What the publisher needs of the hub link. */
export interface DetourLink {
  snapshot(streams?: string[]): SyncSnapshotResult;
}

const asEvent = (f: LiveFeature): Pick<EventInput, 'stream' | 'key' | 'op' | 'ts' | 'status' | 'props'> => ({
  stream: f.stream,
  key: f.key,
  op: 'upsert',
  ts: f.ts,
  status: f.status === 'actual' || f.status === 'exercise' || f.status === 'test' ? f.status : 'exercise',
  props: f.props,
});

export interface DetourPublisher {
  /** The `ops.detours` submissions that `args` (a submission about to go out) makes necessary; none for other streams. */
  detoursFor(args: OpsSubmitArgs, now?: number): OpsSubmitArgs[];
}

/**
 * `graph` is loaded lazily (the network file is read on the first closure) and may be null when
 * the app has no road network: closures then go out without a detour.
 */
export function createDetourPublisher(graph: () => RoadGraph | null, link: DetourLink, network = 'schematic'): DetourPublisher {
  return {
    detoursFor(args, now = Date.now()) {
      if (args.stream !== ITS_STREAMS.closures) return [];
      const g = graph();
      if (!g) return [];
      const snap = link.snapshot([ITS_STREAMS.traffic, ITS_STREAMS.closures]);
      const features = (stream: string) => snap.streams.find((s) => s.stream === stream)?.features ?? [];
      g.clearSpeed();
      const state = new ItsRoadState(g, network);
      for (const f of features(ITS_STREAMS.traffic)) state.apply(asEvent(f));
      // Every closure already in the store (this one's previous version too), then the submission.
      for (const f of features(ITS_STREAMS.closures)) state.apply(asEvent(f));
      const status = snap.exercise ? 'exercise' : 'actual';
      const out = state.apply({ stream: args.stream, key: args.key, op: args.op ?? 'upsert', ts: now, status, props: args.props });
      return out.map((e) => {
        const d: OpsSubmitArgs = { stream: ITS_STREAMS.detours, kind: e.kind, key: e.key, op: e.op, props: e.props };
        if (e.op === 'upsert') d.geometry = e.geometry;
        return d;
      });
    },
  };
}

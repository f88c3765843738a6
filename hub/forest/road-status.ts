/**
 * Forest road status on the forest management panel's records: when the hub logs an operator's
 * `forest-road.impassable` / `forest-road.open` (signature checked by the hub before logging), it
 * publishes a new version of the named road record in `panels.forest-mgmt` with `status` impassable or
 * open and who set it, so the panel row says so on every workstation. The access routes themselves read
 * the actions (main/core/forest/road-closures.ts), each workstation checking their signatures again.
 */
import type { EventEnvelope, EventInput } from '../../main/common/events.js';
import { FOREST_ROAD_IMPASSABLE_KIND, FOREST_ROAD_OPEN_KIND, FOREST_ROADS_OPS_STREAM, forestMgmtPanel } from '../../main/common/panels/defs/forest-mgmt.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** New versions of the road records the logged road actions change (none when a record is missing or already so). */
export function roadStatusUpdates(events: readonly EventEnvelope[], current: (stream: string) => readonly EventEnvelope[]): EventInput[] {
  const actions = events.filter((e) => e.stream === FOREST_ROADS_OPS_STREAM && e.op === 'upsert' && (e.kind === FOREST_ROAD_IMPASSABLE_KIND || e.kind === FOREST_ROAD_OPEN_KIND) && str(e.props['recordKey']));
  if (actions.length === 0) return [];
  const records = new Map(current(forestMgmtPanel.stream).map((r) => [r.key, r] as const));
  const out: EventInput[] = [];
  for (const e of [...actions].sort((a, b) => a.seq - b.seq)) {
    const rec = records.get(str(e.props['recordKey'])!);
    if (!rec || rec.props['type'] !== 'road') continue;
    const status = e.kind === FOREST_ROAD_IMPASSABLE_KIND ? 'impassable' : 'open';
    if (rec.props['status'] === status) continue;
    const next: EventInput = {
      stream: rec.stream, id: `road-status:${e.id}`, key: rec.key, kind: rec.kind, op: 'upsert', ts: e.ts, status: rec.status, geometry: rec.geometry ?? null,
      props: { ...rec.props, status, statusBy: str(e.props['user']), statusReason: str(e.props['reason']), statusAction: e.key },
      source: 'hub:forest-roads',
    };
    out.push(next);
    records.set(rec.key, { ...rec, props: next.props });
  }
  return out;
}

/** Conversion between event-log rows and envelopes. */
import type { EventEnvelope, GeoJsonGeometry } from '../../main/common/events.js';

/** An `events` row as stored. */
export interface EventRow {
  stream: string;
  seq: number;
  id: string;
  key: string;
  kind: string;
  op: string;
  ts: number;
  status: string;
  geometry: string | null;
  props: string;
  source: string;
  receivedAt: number;
}

export function rowToEnvelope(r: EventRow): EventEnvelope {
  const e: EventEnvelope = {
    stream: r.stream,
    seq: r.seq,
    id: r.id,
    key: r.key,
    kind: r.kind,
    op: r.op as EventEnvelope['op'],
    ts: r.ts,
    status: r.status as EventEnvelope['status'],
    props: JSON.parse(r.props) as Record<string, unknown>,
    source: r.source,
    receivedAt: r.receivedAt,
  };
  if (r.geometry !== null) e.geometry = JSON.parse(r.geometry) as GeoJsonGeometry;
  return e;
}

export function envelopeToRow(e: EventEnvelope): EventRow {
  return {
    stream: e.stream,
    seq: e.seq,
    id: e.id,
    key: e.key,
    kind: e.kind,
    op: e.op,
    ts: e.ts,
    status: e.status,
    geometry: e.geometry ? JSON.stringify(e.geometry) : null,
    props: JSON.stringify(e.props),
    source: e.source,
    receivedAt: e.receivedAt,
  };
}

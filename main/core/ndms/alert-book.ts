/**
 * The live list of disaster text alerts as the UI shows it: `ndms.alerts` events folded by key
 * (upsert replaces, remove drops), each alert with its regions resolved (hub alerts arrive
 * unresolved), its target area and the adults on the 2022 roll inside it. Areas are computed once
 * per alert version, since area-weighting polygons is the costly part.
 */
import type { EventStatus, GeoJsonGeometry } from '../../common/events.js';
import { alertPropsSchema, type AlertProps } from '../../common/ndms/alerts.js';
import type { RegionIndex } from '../region/index.js';
import { alertArea, alertRegions, type AlertArea } from './alert-area.js';

/** What an alert event must carry (an EventEnvelope fits). */
export interface AlertEventLike {
  stream: string;
  id: string;
  key: string;
  op: 'upsert' | 'remove';
  ts: number;
  status: EventStatus;
  geometry?: GeoJsonGeometry | null;
  props: Record<string, unknown>;
  source: string;
}

export interface AlertView {
  key: string;
  id: string;
  ts: number;
  status: EventStatus;
  source: string;
  /** Validated common props plus the origin's own (CAP: identifier, texts per language, the model). */
  props: AlertProps & Record<string, unknown>;
  regions: NonNullable<AlertProps['regions']>;
  unresolved: AlertProps['unresolved'];
  area: AlertArea;
}

export class AlertBook {
  private readonly items = new Map<string, AlertView>();
  /** Events whose props did not validate, with the reason (kept for the feed-health view). */
  readonly invalid: Array<{ id: string; reason: string }> = [];

  constructor(private readonly index: RegionIndex) {}

  /** Applies one event; returns true when the list changed. */
  apply(ev: AlertEventLike): boolean {
    if (ev.stream !== 'ndms.alerts') return false;
    if (ev.op === 'remove') return this.items.delete(ev.key);
    if (this.items.get(ev.key)?.id === ev.id) return false;
    const p = alertPropsSchema.safeParse(ev.props);
    if (!p.success) {
      this.invalid.push({ id: ev.id, reason: p.error.issues[0]?.message ?? 'invalid alert props' });
      return false;
    }
    // The schema strips origin-specific fields (CAP texts and model); keep them for the UI and resolution.
    const props = { ...ev.props, ...p.data };
    const { regions, unresolved } = alertRegions(props, this.index);
    const area = alertArea({ regions, geometry: ev.geometry ?? null }, this.index);
    this.items.set(ev.key, { key: ev.key, id: ev.id, ts: ev.ts, status: ev.status, source: ev.source, props, regions, unresolved, area });
    return true;
  }

  get(key: string): AlertView | undefined {
    return this.items.get(key);
  }

  /** Newest first. */
  list(): AlertView[] {
    return [...this.items.values()].sort((a, b) => b.ts - a.ts || a.key.localeCompare(b.key));
  }
}

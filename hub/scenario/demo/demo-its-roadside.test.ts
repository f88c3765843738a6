import { join } from 'node:path';
import { buildSchematicNetwork } from '../../../geo-data/roads/build-roads.js';
import { hazardPropsSchema, vmsPropsSchema } from '../../../main/common/its/types.js';
import { adapters } from '../../connectors/adapters/index.js';
import { DEMO_INCIDENTS, type DemoLink } from '../../connectors/adapters/its-demo.js';
import { materialize } from '../player.js';
import { DEMO_CCTV_ORIGIN, itsRoadsideEntries, upstreamOf } from './demo-its-roadside.js';
import { generateDemoDay } from './demo-day.js';

const OUT = join(import.meta.dirname, '..', '..', '..', 'geo-data', 'out');
const BASE = Date.UTC(2026, 7, 26, 21, 0, 0); // 06:00 KST
const H = 3600_000;
let links: DemoLink[];
beforeAll(() => {
  const net = buildSchematicNetwork(OUT);
  links = net.links.features.map((f) => ({ ...f.properties, coordinates: f.geometry.coordinates }));
}, 60_000);

const play = (entries: ReturnType<typeof itsRoadsideEntries>) =>
  entries.map((e) => {
    const r = materialize(e, { now: BASE + e.at, runId: 'r', name: 'demo', adapters });
    if (!('stream' in r)) throw new Error(`rejected: ${r.reason}`);
    return { at: e.at, ev: r };
  });

describe('demo day: signs, hazards and cameras', () => {
  it('are valid events (cameras through the its-cctv adapter), deterministic, and part of the demo day', () => {
    const entries = itsRoadsideEntries(links, { baseUtc: BASE, durationMs: 24 * H });
    expect(itsRoadsideEntries(links, { baseUtc: BASE, durationMs: 24 * H })).toEqual(entries);
    const events = play(entries);
    for (const { ev } of events) {
      if (ev.stream === 'its.vms') expect(vmsPropsSchema.safeParse(ev.props).success).toBe(true);
      if (ev.stream === 'its.hazards') expect(hazardPropsSchema.safeParse(ev.props).success).toBe(true);
      expect(ev.status).toBe('exercise');
    }
    const cams = events.filter((e) => e.ev.stream === 'its.cctv');
    expect(cams.length).toBeGreaterThan(10);
    expect(cams.every((c) => String(c.ev.props['url']).startsWith(`${DEMO_CCTV_ORIGIN}/`))).toBe(true);
    expect(new Set(cams.map((c) => c.ev.props['kind']))).toEqual(new Set(['live-hls', 'still']));
    const day = generateDemoDay(undefined, { roadLinksFile: join(OUT, 'roads', 'links.geojson') });
    expect(day.entries.filter((e) => 'event' in e && e.event['stream'] === 'its.vms').length).toBe(entries.filter((e) => 'event' in e && e.event['stream'] === 'its.vms').length);
  }, 60_000);

  it('put a sign upstream of each incident that warns while the incident lasts, and hazards that match the day', () => {
    const events = play(itsRoadsideEntries(links, { baseUtc: BASE, durationMs: 24 * H }));
    const byId = new Map(links.map((l) => [l.linkId, l]));
    const byToNode = new Map<string, DemoLink[]>();
    for (const l of links) if (l.toNode) byToNode.set(l.toNode, [...(byToNode.get(l.toNode) ?? []), l]);
    const accident = DEMO_INCIDENTS.find((i) => i.eventType === 'acc')!;
    const up = upstreamOf(byId.get(accident.linkId)!, byToNode, 3);
    // Three links upstream, same road and direction, and the distance adds up.
    expect(up.link.linkId).not.toBe(accident.linkId);
    expect(up.link.linkId.slice(0, 6)).toBe(accident.linkId.slice(0, 6));
    expect(up.link.linkId.slice(-2)).toBe(accident.linkId.slice(-2));
    expect(up.distanceM).toBeGreaterThan(2000);
    const sign = events.filter((e) => e.ev.stream === 'its.vms' && e.ev.key === `vms:${up.link.linkId}`);
    const textAt = (t: number) => String([...sign].reverse().find((s) => s.at <= t)?.ev.props['text']);
    expect(textAt(accident.at - 1)).toContain('졸음운전');
    expect(textAt(accident.at)).toMatch(/^전방 \d+km 다중추돌 사고\n전 차로 통제/);
    expect(textAt(accident.until)).toContain('졸음운전');

    const hazards = events.filter((e) => e.ev.stream === 'its.hazards');
    const fog = hazards.filter((h) => h.ev.props['kind'] === 'fog');
    const weather = DEMO_INCIDENTS.find((i) => i.detail === '안개')!;
    // Fog on the same road at the same hours as the weather incident; it ends with an end time.
    expect(fog.map((f) => f.at)).toEqual([weather.at, weather.until]);
    expect(fog[0]!.ev.props['roadName']).toBe(byId.get(weather.linkId)!.roadName);
    expect(fog[1]!.ev.props['endTs']).toBe(BASE + weather.until);
    expect(hazards.some((h) => h.ev.props['kind'] === 'collapse' && h.at >= 13 * H)).toBe(true);
    expect(hazards.some((h) => h.ev.props['kind'] === 'ice')).toBe(false);
  }, 60_000);
});

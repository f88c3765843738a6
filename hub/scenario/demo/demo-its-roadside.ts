/**
 * The roadside part of the demo day, consistent with its scripted incidents (`DEMO_INCIDENTS`):
 * - variable message signs (`its.vms`) a few links upstream of each incident, showing a routine
 *   message, then the incident's warning while it lasts, then the routine message again;
 * - hazard warnings (`its.hazards`): fog on 중앙 while the forest-fire smoke lies there (with the
 *   weather incident), and a road collapse on 남해 near 부산 after the typhoon's heavy rain (when
 *   the 사하구 underpass floods). No ice: the demo day is in late August;
 * - CCTV cameras (`cctvInfo` records through the its-cctv adapter) at each incident and along the
 *   busy corridors. Their URLs are on `DEMO_CCTV_ORIGIN`, a reserved name that never resolves: the
 *   viewer refuses them unless that origin is configured, which is how a real deployment behaves
 *   with an unconfigured camera server.
 * Entries use the demo's recorded clock (`baseUtc`) for the times inside props, like the incidents.
 */
import type { GeoJsonGeometry } from '../../../main/common/events.js';
import type { HazardProps, VmsProps } from '../../../main/common/its/types.js';
import { DEMO_INCIDENTS, type DemoLink } from '../../connectors/adapters/its-demo.js';
import type { TimelineEntry } from '../timeline.js';

const MIN = 60_000;
const H = 60 * MIN;

/** Origin of the demo cameras' URLs (`.invalid` is reserved: it never resolves). */
export const DEMO_CCTV_ORIGIN = 'http://cctv.demo.invalid';

/** What each scripted incident puts on the sign upstream (two lines, as a VMS shows them). */
const SIGN_TEXT: Readonly<Record<string, string>> = {
  'EX0001-s215-B': '전방 {km}km 다중추돌 사고\n전 차로 통제 · 우회하십시오',
  'EX0050-s040-F': '전방 {km}km 도로 공사\n2차로 통제 · 서행',
  'EX0055-s080-F': '산불 연기 · 짙은 안개\n가시거리 100m · 감속 운행',
  'EX0010-s120-F': '태풍 강풍 · 낙하물 주의\n전방 {km}km 1차로 통제',
};
const ROUTINE = '졸음운전 · 과속\n사고의 지름길입니다';

/** Hazard warnings of the day: [link, kind, from, until, message, visibility]. */
const HAZARDS: ReadonlyArray<{ linkId: string; kind: HazardProps['kind']; at: number; until: number; message: string; visibilityM: number | null }> = [
  { linkId: 'EX0055-s082-F', kind: 'fog', at: 1 * H, until: 4 * H, message: '산불 연기와 안개로 가시거리 100m 미만, 감속 운행', visibilityM: 80 },
  { linkId: 'EX0010-s138-F', kind: 'collapse', at: 13 * H + 20 * MIN, until: 20 * H, message: '집중호우로 갓길 도로 함몰(싱크홀) 발생, 2차로 통행 주의', visibilityM: null },
];

const r5 = (n: number): number => Math.round(n * 1e5) / 1e5;

function midpoint(l: DemoLink): [number, number] {
  const a = l.coordinates[0]!;
  const b = l.coordinates[l.coordinates.length - 1]!;
  return [r5((a[0] + b[0]) / 2), r5((a[1] + b[1]) / 2)];
}

const point = (p: [number, number]): GeoJsonGeometry => ({ type: 'Point', coordinates: p });

/** The link `steps` links upstream of `link` on the same road and direction (or as far as the road goes). */
export function upstreamOf(link: DemoLink, byToNode: ReadonlyMap<string, DemoLink[]>, steps: number): { link: DemoLink; distanceM: number } {
  let at = link;
  let distanceM = 0;
  const dir = link.linkId.slice(-2);
  for (let i = 0; i < steps; i++) {
    const prev = (byToNode.get(at.fromNode ?? '') ?? []).find((l) => l.route === link.route && l.linkId.endsWith(dir) && l.linkId !== at.linkId);
    if (!prev) break;
    at = prev;
    distanceM += prev.lengthM;
  }
  return { link: at, distanceM };
}

function event(at: number, stream: string, key: string, kind: string, props: Record<string, unknown>, geometry: GeoJsonGeometry): TimelineEntry {
  return { at, event: { stream, id: `demo:${key}:${at}`, key, kind, op: 'upsert', ts: 0, status: 'exercise', geometry, props, source: 'scenario:demo' } };
}

/** The signs, hazards and cameras of the demo day on the given network (missing links are skipped). */
export function itsRoadsideEntries(links: readonly DemoLink[], opts: { baseUtc: number; durationMs: number }): TimelineEntry[] {
  const byId = new Map(links.map((l) => [l.linkId, l]));
  const byToNode = new Map<string, DemoLink[]>();
  for (const l of links) if (l.toNode) byToNode.set(l.toNode, [...(byToNode.get(l.toNode) ?? []), l]);
  const out: TimelineEntry[] = [];

  for (const inc of DEMO_INCIDENTS) {
    const link = byId.get(inc.linkId);
    const text = SIGN_TEXT[inc.linkId];
    if (!link || !text) continue;
    const up = upstreamOf(link, byToNode, 3);
    const key = `vms:${up.link.linkId}`;
    const km = Math.max(1, Math.round((up.distanceM + link.lengthM / 2) / 1000));
    const sign = (at: number, shown: string): TimelineEntry => {
      const props: VmsProps = { vmsId: key.slice(4), name: `${link.roadName} VMS ${up.link.linkId.slice(2, 6)}-${up.link.linkId.slice(-5)}`, text: shown, linkId: up.link.linkId, roadName: link.roadName, updatedTs: opts.baseUtc + at };
      return event(at, 'its.vms', key, 'vms.message', { ...props }, point(up.link.coordinates[0]!));
    };
    // The sign exists from the start of the day (a routine message), warns during the incident, then returns to routine.
    out.push(sign(0, ROUTINE));
    if (inc.at > 0) out.push(sign(inc.at, text.replace('{km}', String(km))));
    else out[out.length - 1] = sign(0, text.replace('{km}', String(km)));
    if (inc.until <= opts.durationMs) out.push(sign(inc.until, ROUTINE));
  }

  for (const h of HAZARDS) {
    const link = byId.get(h.linkId);
    if (!link || h.at > opts.durationMs) continue;
    const key = `hazard:${h.kind}:${h.linkId}`;
    const props: HazardProps = { hazardId: key.slice(7), kind: h.kind, roadName: link.roadName, linkId: h.linkId, message: h.message, visibilityM: h.visibilityM, startTs: opts.baseUtc + h.at, endTs: null };
    out.push(event(h.at, 'its.hazards', key, `hazard.${h.kind}`, { ...props }, point(midpoint(link))));
    if (h.until <= opts.durationMs) out.push(event(h.until, 'its.hazards', key, `hazard.${h.kind}`, { ...props, endTs: opts.baseUtc + h.until }, point(midpoint(link))));
  }

  // Cameras: one at each incident site (a live stream) and stills every 8 links along the busy corridors.
  const cameras = new Map<string, { link: DemoLink; type: '1' | '3' }>();
  for (const inc of DEMO_INCIDENTS) {
    const link = byId.get(inc.linkId);
    if (link) cameras.set(link.linkId, { link, type: '1' });
  }
  for (const l of links) {
    const m = /^EX(0001|0050|0010)-s(\d+)-F$/.exec(l.linkId);
    if (m && Number(m[2]) % 8 === 0 && !cameras.has(l.linkId)) cameras.set(l.linkId, { link: l, type: '3' });
  }
  for (const { link, type } of cameras.values()) {
    const [lon, lat] = midpoint(link);
    const path = type === '1' ? `live/${link.linkId}/playlist.m3u8` : `still/${link.linkId}.jpg`;
    out.push({
      at: 0,
      adapter: 'its-cctv',
      record: {
        roadsectionid: link.linkId, coordx: String(lon), coordy: String(lat), cctvresolution: type === '1' ? '1280x720' : '', filecreatetime: '', cctvtype: type,
        cctvformat: type === '1' ? 'HLS' : 'JPEG', cctvname: `[${link.roadName}] ${link.linkId.replace(/^EX0*(\d+)-s0*(\d+)-[FB]$/, '$1번 구간 $2')}`, cctvurl: `${DEMO_CCTV_ORIGIN}/${path}`,
      },
    });
  }
  return out;
}

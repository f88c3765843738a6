/**
 * ITS part of the demo day as upstream records: `trafficInfo` items for the schematic network's links
 * (rush-hour waves around 08:00 and 18:00 KST near Seoul, the typhoon slowing the south coast from
 * noon) and `eventInfo` items (an accident that closes 경부 in the morning, construction on 영동,
 * fog on 중앙 near the forest fire). Entries are `{at, adapter, record}`, replayed through the same
 * adapters a live connector uses, so the demo exercises the real parsing path. Deterministic: the
 * same links and seed give the same entries.
 */
import { seededRandom } from '../../../main/common/seeded-random.js';
import { formatKstDateTime } from '../kst.js';

/** What the generator needs of a link of `roads/links.geojson`. */
export interface DemoLink {
  linkId: string;
  route: number | null | undefined;
  roadName: string;
  freeFlowKmh: number;
  lengthM: number;
  coordinates: Array<[number, number]>;
  /** Network node ids at the link's ends (to walk upstream of an incident); absent in older callers. */
  fromNode?: string;
  toNode?: string;
}

export interface ItsDemoEntry {
  at: number;
  adapter: 'its-traffic' | 'its-events';
  record: Record<string, string>;
}

export interface ItsDemoOptions {
  /** UTC ms of timeline t=0 (the records' KST dates are written from it). */
  baseUtc: number;
  durationMs: number;
  /** Traffic sample period (the real feed's is 5 minutes). */
  stepMs?: number;
  seed?: number;
}

const MIN = 60_000;
const H = 60 * MIN;

/** Corridors with traffic in the demo: route and piece range (authored order). */
const CORRIDORS: ReadonlyArray<{ route: number; from: number; to: number; storm?: boolean }> = [
  { route: 1, from: 200, to: 226 }, // 경부, 안성 → 서초
  { route: 50, from: 20, to: 60 }, // 영동, 안산 → 이천
  { route: 100, from: 0, to: 40 }, // 수도권제1순환, 판교 → 의정부
  { route: 10, from: 100, to: 143, storm: true }, // 남해, 진주 → 부산
];

const compactKst = (t: number) => formatKstDateTime(t).replace(/[/: ]/g, '');

const pieceOf = (linkId: string): number | null => {
  const m = /^EX\d{4}-s(\d+)-[FB]$/.exec(linkId);
  return m ? Number(m[1]) : null;
};

/** Links of the demo corridors, in a fixed order. */
export function demoCorridorLinks(links: readonly DemoLink[]): DemoLink[] {
  return links
    .filter((l) => {
      const p = pieceOf(l.linkId);
      return p !== null && CORRIDORS.some((c) => c.route === l.route && p >= c.from && p <= c.to);
    })
    .sort((a, b) => (a.linkId < b.linkId ? -1 : a.linkId > b.linkId ? 1 : 0));
}

export function itsDemoEntries(links: readonly DemoLink[], opts: ItsDemoOptions): ItsDemoEntry[] {
  const rand = seededRandom(opts.seed ?? 20260827);
  const step = opts.stepMs ?? 5 * MIN;
  const out: ItsDemoEntry[] = [];
  const startHourKst = ((opts.baseUtc / H + 9) % 24 + 24) % 24;
  for (const l of demoCorridorLinks(links)) {
    const corridor = CORRIDORS.find((c) => c.route === l.route)!;
    const phase = rand() * 0.6;
    // The inbound direction (B, towards Seoul on 경부) peaks in the morning, the other in the evening.
    const morning = l.linkId.endsWith('-B') ? 1 : 0.5;
    const evening = l.linkId.endsWith('-F') ? 1 : 0.5;
    for (let t = 0; t <= opts.durationMs; t += step) {
      const hour = (startHourKst + t / H) % 24;
      const wave = morning * Math.exp(-(((hour - 8 - phase) / 1.1) ** 2)) + evening * Math.exp(-(((hour - 18 - phase) / 1.4) ** 2));
      const storm = corridor.storm && hour >= 12 && hour < 18 ? 0.5 : 0;
      const load = Math.min(0.95, wave + storm);
      const speed = Math.max(5, Math.round(l.freeFlowKmh * (1 - load) - rand() * 6));
      out.push({
        at: t,
        adapter: 'its-traffic',
        record: {
          roadName: l.roadName, roadDrcType: l.linkId.endsWith('-F') ? '1' : '2', linkNo: '', linkId: l.linkId, startNodeId: '', endNodeId: '',
          speed: String(speed), travelTime: String(Math.round(l.lengthM / (speed / 3.6))), createdDate: compactKst(opts.baseUtc + t),
        },
      });
    }
  }
  out.push(...incidents(links, opts));
  return out.sort((a, b) => a.at - b.at);
}

/** The demo's scripted incidents (timeline ms), shared with the roadside demo (signs, hazards, cameras). */
export const DEMO_INCIDENTS: ReadonlyArray<{ linkId: string; at: number; until: number; eventType: string; detail: string; block: string; lanes: string; message: string }> = [
  { linkId: 'EX0001-s215-B', at: 2 * H + 10 * MIN, until: 3 * H + 30 * MIN, eventType: 'acc', detail: '다중추돌', block: '3', lanes: '전차로', message: '다중 추돌사고로 서울방향 전 차로 통제' },
  { linkId: 'EX0050-s040-F', at: 0, until: 6 * H, eventType: 'cor', detail: '차로부분통제', block: '2', lanes: '2차로', message: '포장 보수공사' },
  { linkId: 'EX0055-s080-F', at: 1 * H, until: 4 * H, eventType: '기상', detail: '안개', block: '0', lanes: '', message: '산불 연기와 안개로 가시거리 100m 미만' },
  { linkId: 'EX0010-s120-F', at: 7 * H, until: 11 * H, eventType: 'dis', detail: '강풍', block: '2', lanes: '1차로', message: '태풍 강풍으로 낙하물, 1차로 통제' },
];

/** Scripted incidents on fixed links, each opened then ended (a second record with endDate). */
function incidents(links: readonly DemoLink[], opts: ItsDemoOptions): ItsDemoEntry[] {
  const byId = new Map(links.map((l) => [l.linkId, l]));
  return DEMO_INCIDENTS.flatMap((s) => {
    const l = byId.get(s.linkId);
    if (!l || s.at > opts.durationMs) return [];
    const a = l.coordinates[0]!;
    const b = l.coordinates[l.coordinates.length - 1]!;
    const base = {
      type: '고속도로', eventType: s.eventType, eventDetailType: s.detail, startDate: compactKst(opts.baseUtc + s.at), endDate: '',
      coordX: ((a[0] + b[0]) / 2).toFixed(6), coordY: ((a[1] + b[1]) / 2).toFixed(6), linkId: s.linkId, roadName: l.roadName,
      roadNo: String(l.route ?? ''), roadDrcType: s.linkId.endsWith('-F') ? '1' : '2', lanesBlockType: s.block, lanesBlocked: s.lanes, message: s.message,
    };
    const opened: ItsDemoEntry = { at: s.at, adapter: 'its-events', record: base };
    if (s.until > opts.durationMs) return [opened];
    return [opened, { at: s.until, adapter: 'its-events', record: { ...base, endDate: compactKst(opts.baseUtc + s.until) } }];
  });
}

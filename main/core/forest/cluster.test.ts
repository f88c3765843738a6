import { fileURLToPath } from 'node:url';
import type { EventInput } from '../../common/events.js';
import type { DetectionChannel, KfsFireProps } from '../../common/forest/types.js';
import { loadRegionIndex } from '../region/index.js';
import { clusterReports, latestPerKey, reportFromEvent, type FireReport } from './cluster.js';
import { destination, distanceM, type LonLat } from './geo.js';

const regions = loadRegionIndex(fileURLToPath(new URL('../../../geo-data/out', import.meta.url)));
const H = 3600_000;
const T0 = Date.UTC(2026, 2, 22, 2, 24);
const UISEONG: LonLat = [128.58, 36.43]; // 의성군 안평면

let n = 0;
function detection(channel: DetectionChannel, at: LonLat, ts: number, footprintM: number | null = null): EventInput {
  n++;
  return {
    stream: 'forest.detections', id: `d${n}`, key: `d${n}`, kind: `detection.${channel}`, op: 'upsert', ts, status: 'actual', source: 'test',
    geometry: { type: 'Point', coordinates: at },
    props: { channel, lon: at[0], lat: at[1], detectedAt: ts, confidence: 80, footprintM, sourceRecord: {} },
  };
}
function kfs(id: string, at: LonLat, ignitedAt: number, ts: number, over: Partial<KfsFireProps> = {}): EventInput {
  const props: KfsFireProps = {
    frfrInfoId: id, channel: 'kfs', lon: at[0], lat: at[1], address: null, ignitedAt, status: 'burning', statusName: '진화중', statusCode: '01',
    responseStage: '산불2단계', responseStageCode: '2', containmentPct: 30, lgdngCd: '4773037021', region: { code: '47730', name: '의성군', sido: '경상북도' }, extinguishedAt: null, ...over,
  };
  return { stream: 'forest.fires', id: `${id}@${ts}`, key: `kfs-fire:${id}`, kind: 'fire', op: 'upsert', ts, status: 'actual', source: 'test', geometry: null, props: { ...props } };
}
const reports = (events: EventInput[]): FireReport[] => latestPerKey(events).map((e) => reportFromEvent(e, e.ts)!).filter(Boolean);

describe('clustering detections into fires', () => {
  it('four channels reporting the same fire → one fire with four linked reports', () => {
    const events = [
      detection('ranger', destination(UISEONG, 40, 300), T0),
      detection('call119', destination(UISEONG, 200, 600), T0 + 4 * 60_000),
      detection('app', destination(UISEONG, 120, 900), T0 + 15 * 60_000),
      detection('satellite', destination(UISEONG, 300, 400), T0 + 2 * H, 187.5),
    ];
    const fires = clusterReports(reports(events), { regions });
    expect(fires).toHaveLength(1);
    const f = fires[0]!;
    expect(f.reports.map((r) => r.channel)).toEqual(['ranger', 'call119', 'app', 'satellite']);
    expect(f.startTs).toBe(T0);
    expect(f.status).toBe('detected');
    expect(f.region).toEqual({ code: '47730', name: '의성군', sido: '경상북도' });
    // The area contains every report's buffer: at least the hull of the four points.
    expect(f.areaHa).toBeGreaterThan(50);
    expect(f.areaHa).toBeLessThan(400);
  });

  it('joins the Forest Service record: status, containment, stage from its newest version', () => {
    const events = [
      detection('call119', destination(UISEONG, 90, 500), T0 - 10 * 60_000),
      kfs('A', UISEONG, T0, T0 + H, { containmentPct: 30 }),
      kfs('A', UISEONG, T0, T0 + 5 * H, { containmentPct: 70, responseStage: '산불3단계' }),
      // 10 h after ignition, still active per the KFS record updated at +5 h: joins.
      detection('satellite', destination(UISEONG, 10, 800), T0 + 10 * H, 500),
    ];
    const fires = clusterReports(reports(events), { regions });
    expect(fires).toHaveLength(1);
    expect(fires[0]).toMatchObject({ status: 'burning', containmentPct: 70, responseStage: '산불3단계', startTs: T0 - 10 * 60_000, origin: UISEONG });
    expect(fires[0]!.reports).toHaveLength(3);
    expect(fires[0]!.id).toBe(`fire:${events[0]!.key}`);
  });

  it('two far-apart detections stay two fires', () => {
    const far = destination(UISEONG, 90, 5000);
    const fires = clusterReports(reports([detection('satellite', UISEONG, T0, 500), detection('satellite', far, T0 + 60_000, 500)]), { regions });
    expect(fires).toHaveLength(2);
    expect(distanceM(fires[0]!.origin, fires[1]!.origin)).toBeCloseTo(5000, -1);
  });

  it('a threshold pair: 1.4 km joins, 1.6 km does not', () => {
    expect(clusterReports(reports([detection('app', UISEONG, T0), detection('app', destination(UISEONG, 0, 1400), T0)]))).toHaveLength(1);
    expect(clusterReports(reports([detection('app', UISEONG, T0), detection('app', destination(UISEONG, 0, 1600), T0)]))).toHaveLength(2);
  });

  it('a time gap over 6 h at the same place splits; under 6 h joins', () => {
    const spot = destination(UISEONG, 45, 100);
    expect(clusterReports(reports([detection('satellite', UISEONG, T0), detection('satellite', spot, T0 + 7 * H)]))).toHaveLength(2);
    expect(clusterReports(reports([detection('satellite', UISEONG, T0), detection('satellite', spot, T0 + 5 * H)]))).toHaveLength(1);
  });

  it('a report between two fires links them into one (single linkage), chained along a spreading front', () => {
    const a = detection('satellite', UISEONG, T0);
    const b = detection('satellite', destination(UISEONG, 90, 2800), T0 + 60_000);
    expect(clusterReports(reports([a, b]))).toHaveLength(2);
    const bridge = detection('ranger', destination(UISEONG, 90, 1400), T0 + 2 * H);
    const fires = clusterReports(reports([a, b, bridge]));
    expect(fires).toHaveLength(1);
    expect(fires[0]!.reports).toHaveLength(3);
  });

  it('ignores events of other streams and props that fail the schema', () => {
    const bad = { ...detection('app', UISEONG, T0), props: { channel: 'app', lon: 'x' } };
    expect(reportFromEvent(bad)).toBeNull();
    expect(reportFromEvent({ ...bad, stream: 'its.events' })).toBeNull();
  });
});

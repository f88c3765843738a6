import { area as turfArea, feature } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { LiveFeature } from '../../../main/common/live-sync';
import { styleContext } from '../../map/style';
import { quakeFeatures, quakesModule, typhoonFeatures, typhoonsModule } from './hazards';

const live = (stream: string, key: string, props: Record<string, unknown>, coordinates: [number, number]): LiveFeature => ({ stream, key, kind: 'x', status: 'exercise', ts: 0, receivedAt: 0, seq: 1, props, geometry: { type: 'Point', coordinates } });

describe('NDMS hazard features', () => {
  it('a typhoon: past track into the centre, forecast track with its cone, 15 and 25 m/s wind areas of the bulletin radii', () => {
    const f = live('ndms.typhoons', 'typhoon:11', { radius15Km: 300, radius25Km: 120, track: [[127.6, 32.6], [127.9, 33.2]], forecast: [[128.85, 35.1], [129.07, 35.3]] }, [128.62, 34.88]);
    const byPart = Object.fromEntries(typhoonFeatures(f).map((x) => [x.properties?.['part'] ?? 'centre', x]));
    expect(Object.keys(byPart).sort()).toEqual(['centre', 'cone', 'forecast', 'past', 'r15', 'r25']);
    expect(byPart['past']!.geometry).toEqual({ type: 'LineString', coordinates: [[127.6, 32.6], [127.9, 33.2], [128.62, 34.88]] });
    expect(byPart['forecast']!.geometry).toEqual({ type: 'LineString', coordinates: [[128.62, 34.88], [128.85, 35.1], [129.07, 35.3]] });
    // Wind areas are circles of the bulletin radius: area within 1 % of π r².
    const km2 = (g: unknown) => turfArea(feature(g as Polygon)) / 1e6;
    expect(km2(byPart['r15']!.geometry) / (Math.PI * 300 ** 2)).toBeCloseTo(1, 1);
    expect(km2(byPart['r25']!.geometry) / (Math.PI * 120 ** 2)).toBeCloseTo(1, 1);
    expect(byPart['cone']!.geometry.type).toBe('MultiPolygon');
    for (const x of typhoonFeatures(f)) expect(String(x.properties?.['fid'])).toMatch(/^typhoon:11/);
  });

  it('no radii, no track: only what the bulletin gives', () => {
    expect(typhoonFeatures(live('ndms.typhoons', 't', { radius15Km: null }, [128, 34])).map((x) => x.properties?.['part'] ?? 'centre')).toEqual(['centre']);
  });

  it('an earthquake: epicentre plus distance rings widening with magnitude', () => {
    const rings = (m: number) => quakeFeatures(live('ndms.quakes', 'q', { magnitude: m }, [129.19, 35.76])).filter((x) => x.properties?.['part'] === 'ring').map((x) => x.properties?.['km']);
    expect(rings(4.1)).toEqual([10, 30, 50]);
    expect(rings(6.2)).toEqual([20, 50, 100, 200]);
    expect(rings(2.5)).toEqual([5, 10, 20]);
    expect(quakesModule.live?.[0]?.toFeatures).toBe(quakeFeatures);
  });

  it('the layers filter by part: rings as lines, the cone and wind areas as fills', () => {
    const ctx = styleContext('dark', 'ko', 'http://x/');
    const q = quakesModule.layers(ctx, { visible: true, opacity: 1 }).map((l) => `${l.id}:${l.type}`);
    expect(q).toEqual(expect.arrayContaining(['ndms:quakes-rings:line', 'ndms:quakes-circle:circle']));
    const t = typhoonsModule.layers(ctx, { visible: true, opacity: 1 }).map((l) => `${l.id}:${l.type}`);
    expect(t).toEqual(expect.arrayContaining(['ndms:typhoons-cone:fill', 'ndms:typhoons-wind:fill', 'ndms:typhoons-past:line', 'ndms:typhoons-track:line']));
  });
});

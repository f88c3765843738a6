import { area as turfArea, feature } from '@turf/turf';
import { alertPropsSchema, resolveRegionList } from '../../common/ndms/alerts.js';
import { circleRing } from '../../common/ndms/cap-geometry.js';
import { dsspAlertsAdapter } from '../../../hub/connectors/adapters/dssp-alerts.js';
import { loadRegionIndex } from '../region/index.js';
import { alertArea, alertRegions, regionsArea } from './alert-area.js';

const index = loadRegionIndex('geo-data/out');
const regions = (...parts: string[]) => resolveRegionList(parts, index).regions;

describe('alert target area and adults on the 2022 roll', () => {
  it('a single sigungu counts its own adults', () => {
    const a = regionsArea(regions('서울특별시 종로구'), index);
    expect(a.adults2022).toBe(index.adults2022('11110'));
    expect(a.adults2022).toBe(129_968);
    expect(a.geometry?.type).toBe('MultiPolygon');
  });

  it('a province-wide alert equals the province sum, and equals the sum of its sigungu', () => {
    const a = regionsArea(regions('경기도 전체'), index);
    expect(a.adults2022).toBe(index.adults2022('41'));
    const sum = index.list('sigungu').filter((s) => s.code.startsWith('41')).reduce((s, r) => s + index.adults2022(r.code)!, 0);
    expect(a.adults2022).toBe(sum);
  });

  it('does not count a sigungu twice when its province is listed too, nor a repeated region', () => {
    const a = regionsArea(regions('경기도 전체', '경기도 수원시', '서울특별시 종로구', '종로구'), index);
    expect(a.adults2022).toBe(index.adults2022('41')! + 129_968);
    expect(a.parts.map((p) => p.code)).toEqual(['41', '11110']);
  });

  it('a polygon equal to a sigungu gives about its adults (area-weighted)', () => {
    const g = index.geometry('sigungu', '11110')!;
    const a = alertArea({ regions: [], geometry: g }, index);
    expect(a.method).toBe('area-weighted');
    expect(Math.abs(a.adults2022 - 129_968) / 129_968).toBeLessThan(0.01);
    expect(a.parts.find((p) => p.code === '11110')!.fraction).toBeGreaterThan(0.99);
  });

  it('a small circle inside one sigungu gets that sigungu adults × the area share', () => {
    const c = index.centroid('sigungu', '11110')!;
    const ring = circleRing({ lat: c[1], lon: c[0] }, 0.3);
    const a = alertArea({ regions: null, geometry: { type: 'Polygon', coordinates: [ring] } }, index);
    const share = turfArea(feature({ type: 'Polygon', coordinates: [ring] })) / turfArea(feature(index.geometry('sigungu', '11110')!));
    expect(a.parts.map((p) => p.code)).toEqual(['11110']);
    expect(a.adults2022).toBe(Math.round(129_968 * share));
  });

  it('resolves in the core an alert that came through the hub unresolved', () => {
    const e = dsspAlertsAdapter.record({ SN: 9, CRT_DT: '2026/07/15 10:00:00', MSG_CN: 'x', RCPTN_RGN_NM: '서울특별시 종로구 ,중구', EMRG_STEP_NM: '안전안내' }, { now: 0 });
    if (!('stream' in e)) throw new Error(e.reason);
    const r = alertRegions(alertPropsSchema.parse(e.props), index);
    expect(r.regions.map((x) => x.region.code)).toEqual(['11110']);
    expect(r.unresolved.map((u) => u.text)).toEqual(['중구']);
  });

  it('no regions and no shape: no area', () => {
    expect(alertArea({ regions: null, geometry: null }, index)).toEqual({ method: 'none', geometry: null, adults2022: 0, parts: [] });
  });
});

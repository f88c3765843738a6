/**
 * Demo forest roads around the demo day's 의성 fire, so the forest domain's crew access route has a
 * network to work on (the other demo roads climb the named peaks, far from the fire): a trunk road
 * from the south with a branch that ends about half a kilometre short of the fire, and a spur from the
 * west ending about 1.8 km from it. Marking the branch impassable moves the route onto the spur; with
 * the spur closed too the crew walks from the trunk's end; with all three closed there is no access by
 * forest road. Fixed shapes (no random numbers), digitised from the
 * entry, as the access model reads them (main/core/forest/access-route.ts).
 */
import type { PanelRecordInput } from './panel-datasets.js';
import { nearestSigungu, type PanelGeo } from './panel-geo.js';
import { FIRE_ORIGIN } from './places.js';

const r5 = (n: number): number => Math.round(n * 1e5) / 1e5;

export function demoFireRoads(geo: PanelGeo): PanelRecordInput[] {
  const { lon, lat } = FIRE_ORIGIN;
  const s = geo.sigungu.find((x) => x.code === FIRE_ORIGIN.lgdngCd.slice(0, 5)) ?? nearestSigungu(geo, [lon, lat]);
  const at = (dLon: number, dLat: number): number[] => [r5(lon + dLon), r5(lat + dLat)];
  const roads: Array<{ n: number; coords: number[][] }> = [
    { n: 1, coords: [at(-0.004, -0.04), at(0.001, -0.03), at(0, -0.02)] },
    { n: 2, coords: [at(0, -0.02), at(0.002, -0.012), at(0, -0.005)] },
    { n: 3, coords: [at(-0.05, 0.002), at(-0.035, -0.001), at(-0.02, 0)] },
  ];
  return roads.map(({ n, coords }) => {
    const lengthKm = coords.slice(1).reduce((a, c, k) => a + Math.hypot((c[0]! - coords[k]![0]!) * 89.6, (c[1]! - coords[k]![1]!) * 111), 0);
    return {
      key: `road:uiseong-fire:${n}`,
      geometry: { type: 'LineString', coordinates: coords },
      props: { name: `괴산리 임도 ${n}`, type: 'road', lengthKm: Math.round(lengthKm * 10) / 10, status: 'open', peak: '', sigungu: s.code, sigunguName: s.name },
    };
  });
}

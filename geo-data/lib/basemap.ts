/**
 * Background layers: land and neighbouring countries from world-atlas (Natural Earth 10m, clipped
 * to the region around Korea) and the Natural Earth 10m coastline.
 */
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import { bboxClip } from '@turf/turf';
import type { BBox, MultiPolygonCoords, PolygonCoords, Position } from '../../main/core/region/geometry.js';
import type { OutCollection } from './features.js';
import { areaGeometry, collection } from './features.js';
import { cleanMultiPolygon, objectCoords, roundLine, simplifyLine, simplifyTopology, type TopoArea } from './topology.js';

/** The area the background layers cover (well beyond Korea, for low zooms). */
export const BASEMAP_BBOX: BBox = [115, 28, 140, 45];

/** Korean and English names of the neighbours, by ISO 3166 numeric id (world-atlas feature ids). */
const COUNTRY_NAMES: Record<string, { name: string; nameEn: string }> = {
  '156': { name: '중국', nameEn: 'China' },
  '392': { name: '일본', nameEn: 'Japan' },
  '408': { name: '북한', nameEn: 'North Korea' },
  '643': { name: '러시아', nameEn: 'Russia' },
  '158': { name: '대만', nameEn: 'Taiwan' },
  '496': { name: '몽골', nameEn: 'Mongolia' },
};
const SOUTH_KOREA = '410';

function clip(mp: MultiPolygonCoords, bbox: BBox, decimals: number): MultiPolygonCoords {
  const out: PolygonCoords[] = [];
  for (const polygon of mp) {
    const outer = polygon[0];
    if (!outer || !intersects(coordsBBox([[outer]]), bbox)) continue;
    const clipped = bboxClip({ type: 'Polygon', coordinates: polygon }, bbox).geometry;
    const polys = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates) as PolygonCoords[];
    for (const p of polys) out.push(p.map((ring) => roundLine(ring as Position[], decimals)));
  }
  return cleanMultiPolygon(out);
}

function firstCollection(topology: Topology, name: string): TopoArea[] {
  const coll = topology.objects[name];
  if (!coll || coll.type !== 'GeometryCollection') throw new Error(`geo-data: world-atlas lacks object ${name}`);
  return coll.geometries.filter((g): g is TopoArea => g.type === 'Polygon' || g.type === 'MultiPolygon');
}

const intersects = (a: BBox, b: BBox): boolean => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

function coordsBBox(mp: MultiPolygonCoords): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of mp) for (const [x, y] of poly[0] ?? []) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
}

export function landCollection(land: Topology): OutCollection {
  const topo = simplifyTopology(land, 0.003, 3, BASEMAP_BBOX);
  const features = firstCollection(topo, 'land').flatMap((o, i) => {
    const coords = clip(objectCoords(topo, o), BASEMAP_BBOX, 3);
    return coords.length > 0 ? [{ type: 'Feature' as const, id: i + 1, properties: {}, geometry: areaGeometry(coords) }] : [];
  });
  return collection(features);
}

export function countriesCollection(countries: Topology): OutCollection {
  const topo = simplifyTopology(countries, 0.003, 3, BASEMAP_BBOX);
  const picked = firstCollection(topo, 'countries')
    .filter((o) => o.id !== undefined && String(o.id) !== SOUTH_KOREA)
    .map((o) => ({ id: String(o.id), coords: objectCoords(topo, o) }))
    .filter((c) => c.coords.length > 0 && intersects(coordsBBox(c.coords), BASEMAP_BBOX))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const features = picked.flatMap((c) => {
    const coords = clip(c.coords, BASEMAP_BBOX, 3);
    if (coords.length === 0) return [];
    const names = COUNTRY_NAMES[c.id];
    if (!names) throw new Error(`geo-data: neighbour ${c.id} has no Korean name in basemap.ts`);
    return [{ type: 'Feature' as const, id: Number(c.id), properties: { iso: c.id, name: names.name, nameEn: names.nameEn }, geometry: areaGeometry(coords) }];
  });
  return collection(features);
}

/** Natural Earth coastline lines, simplified lightly. */
export function coastlineCollection(fc: FeatureCollection<LineString | MultiLineString>): OutCollection {
  const lines: Position[][] = [];
  for (const f of fc.features) {
    const parts = (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates) as Position[][];
    for (const line of parts) {
      const simple = roundLine(simplifyLine(line, 0.0005), 4);
      if (simple.length >= 2) lines.push(simple);
    }
  }
  return collection(lines.map((l, i) => ({ type: 'Feature', id: i + 1, properties: {}, geometry: { type: 'LineString', coordinates: l } })));
}

/**
 * Pest-control zones (병해충 방제구역) from a GeoJSON file: a FeatureCollection (or one Feature) of
 * Polygon / MultiPolygon zones in WGS84 lon/lat (RFC 7946). No public feed publishes them, so a control
 * room exports its zones (e.g. from the Integrated Forest Management System) and runs
 * `sitroom ingest forest-pests zones.geojson`, piping the NDJSON into `sitroom hub --ingest-stdin`;
 * the demo day plays its generated zones through this adapter too.
 *
 * Properties, by the first field present: zone id `zoneId | ZONE_ID | id` (or the feature id), pest
 * `pest | PEST_NM | 병해충명`, measure `measure | CTRL_MTHD | 방제방법`, area `areaHa | AREA_HA | 면적`
 * (hectares), sigungu `sigucode | SGG_CD | …` or `SGG_NM` (resolved like the other forest records;
 * none given: no region), `demo` (true only for generated zones). Coordinates outside Korea are
 * rejected (usually a file left in a projected CRS such as EPSG:5186: reproject it first).
 */
import type { EventInput, GeoJsonGeometry } from '../../../main/common/events.js';
import type { ForestRegionLookup } from '../../../main/common/forest/region-lookup.js';
import { FOREST_STREAMS, pestZoneSchema, type ForestRegion } from '../../../main/common/forest/types.js';
import type { Adapter, AdapterContext, ParseResult, Reject } from '../types.js';
import { collectUnique, tooLarge } from './forest-common.js';
import { regionOfRecord } from './forest-risk.js';
import { digest, isObject, numeric, text } from './its-common.js';

export const PESTS_SOURCE = 'forest:pest-zones';
const KOREA = { minLon: 124, maxLon: 132, minLat: 33, maxLat: 39 };
const REGION_FIELDS = ['sigucode', 'SGG_CD', 'SIGUNGU_CD', 'ADM_CD', 'ADMCD', 'LGDNG_CD', 'BJD_CD', 'SGG_NM'];

const first = (p: Record<string, unknown>, fields: readonly string[]): unknown => fields.map((f) => p[f]).find((v) => v !== undefined && v !== null && v !== '');

/** Every position of a Polygon / MultiPolygon, or a reason. */
function positions(g: unknown): number[][] | { reason: string } {
  if (!isObject(g)) return { reason: 'geometry missing' };
  const type = g['type'];
  const c = g['coordinates'];
  if (type !== 'Polygon' && type !== 'MultiPolygon') return { reason: `geometry ${String(type)} is not a Polygon or MultiPolygon` };
  const polys = (type === 'Polygon' ? [c] : c) as unknown;
  if (!Array.isArray(polys) || polys.length === 0) return { reason: `${type} without coordinates` };
  const out: number[][] = [];
  for (const rings of polys) {
    if (!Array.isArray(rings) || rings.length === 0) return { reason: `${type}: a polygon without rings` };
    for (const ring of rings) {
      if (!Array.isArray(ring) || ring.length < 4) return { reason: `${type}: a ring with fewer than 4 positions` };
      for (const p of ring) {
        if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return { reason: `${type}: a position that is not [lon, lat]` };
        out.push(p as number[]);
      }
    }
  }
  return out;
}

export function createPestZonesAdapter(lookup?: ForestRegionLookup): Adapter {
  const record = (raw: unknown, ctx: AdapterContext): EventInput | Reject => {
    if (!isObject(raw) || raw['type'] !== 'Feature') return { raw, reason: 'not a GeoJSON Feature' };
    const props = isObject(raw['properties']) ? raw['properties'] : {};
    const pts = positions(raw['geometry']);
    if ('reason' in pts) return { raw, reason: pts.reason };
    const outside = pts.find(([x, y]) => x! < KOREA.minLon || x! > KOREA.maxLon || y! < KOREA.minLat || y! > KOREA.maxLat);
    if (outside) return { raw, reason: `position [${outside[0]}, ${outside[1]}] is outside Korea: GeoJSON must be WGS84 lon/lat (reproject a projected file, e.g. EPSG:5186, first)` };
    const zoneId = text(first(props, ['zoneId', 'ZONE_ID', 'id'])) ?? (typeof raw['id'] === 'number' ? String(raw['id']) : text(raw['id']));
    if (!zoneId) return { raw, reason: 'no zone id (zoneId, ZONE_ID, id or the feature id)' };
    const pest = text(first(props, ['pest', 'PEST_NM', '병해충명']));
    if (!pest) return { raw, reason: `zone ${zoneId}: no pest name (pest, PEST_NM or 병해충명)` };
    let region: ForestRegion | null = null;
    if (isObject(props['region']) && text(props['region']['code'])) region = { code: text(props['region']['code'])!, name: text(props['region']['name']), sido: text(props['region']['sido']) };
    else if (REGION_FIELDS.some((f) => text(props[f]) !== null)) {
      const r = regionOfRecord(props, 'SGG_NM', lookup);
      if ('reason' in r) return { raw, reason: `zone ${zoneId}: ${r.reason}` };
      region = r;
    }
    const area = first(props, ['areaHa', 'AREA_HA', '면적']);
    const areaHa = area === undefined ? null : numeric(area);
    if (area !== undefined && (areaHa === null || !Number.isFinite(areaHa) || areaHa < 0)) return { raw, reason: `zone ${zoneId}: area ${String(area)} is not a number of hectares` };
    const zone = pestZoneSchema.safeParse({ zoneId, pest, region, measure: text(first(props, ['measure', 'CTRL_MTHD', '방제방법'])), areaHa, demo: props['demo'] === true });
    if (!zone.success) return { raw, reason: `zone ${zoneId}: ${zone.error.issues[0]?.message ?? 'invalid'}` };
    const geometry = raw['geometry'] as GeoJsonGeometry;
    return {
      stream: FOREST_STREAMS.pests, id: `pest:${zoneId}:${digest(JSON.stringify([zone.data, geometry]))}`, key: `pest:${zoneId}`, kind: 'pest.zone', op: 'upsert',
      ts: ctx.now, status: 'actual', geometry, props: { ...zone.data }, source: PESTS_SOURCE,
    };
  };
  return {
    id: 'forest-pests',
    record,
    payload(textIn: string, ctx: AdapterContext): ParseResult {
      const big = tooLarge(textIn);
      if (big) return big;
      let doc: unknown;
      try {
        doc = JSON.parse(textIn);
      } catch (err) {
        return { events: [], rejects: [{ raw: textIn.slice(0, 200), reason: `not JSON: ${err instanceof Error ? err.message : String(err)}` }] };
      }
      if (isObject(doc) && doc['type'] === 'Feature') return collectUnique([doc], record, ctx);
      if (!isObject(doc) || doc['type'] !== 'FeatureCollection' || !Array.isArray(doc['features'])) return { events: [], rejects: [{ raw: textIn.slice(0, 200), reason: 'not a GeoJSON FeatureCollection or Feature' }] };
      return collectUnique(doc['features'], record, ctx);
    },
  };
}

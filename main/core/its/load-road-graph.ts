/**
 * Loads the road graph from geo-data (`roads/links.geojson`, built by `npm run geo-data`) or from
 * any links collection of the same shape (an imported MOCT_LINK file converted by the importer).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { itsLinkSchema } from '../../common/its/types.js';
import { RoadGraph, type GraphLink } from './road-graph.js';

interface LinksFile {
  type?: unknown;
  features?: Array<{ properties?: unknown; geometry?: { type?: unknown; coordinates?: unknown } }>;
}

/** Graph links from a GeoJSON FeatureCollection of LineStrings with ItsLink properties. */
export function graphLinksFromGeoJson(doc: unknown): GraphLink[] {
  const d = doc as LinksFile;
  if (d?.type !== 'FeatureCollection' || !Array.isArray(d.features)) throw new Error('road links: not a FeatureCollection');
  return d.features.map((f, i) => {
    const p = itsLinkSchema.safeParse(f.properties);
    if (!p.success) throw new Error(`road links: feature ${i}: ${p.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const g = f.geometry;
    if (g?.type !== 'LineString' || !Array.isArray(g.coordinates) || g.coordinates.length < 2) throw new Error(`road links: feature ${i} has no LineString`);
    const coordinates = (g.coordinates as unknown[]).map((c) => {
      if (!Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number') throw new Error(`road links: feature ${i} has a bad position`);
      return [c[0], c[1]] as [number, number];
    });
    return { linkId: p.data.linkId, fromNode: p.data.fromNode, toNode: p.data.toNode, lengthM: p.data.lengthM, freeFlowKmh: p.data.freeFlowKmh, coordinates };
  });
}

/** The schematic network of a geo-data output folder. */
export function loadRoadGraph(geoDataDir: string): RoadGraph {
  const file = join(geoDataDir, 'roads', 'links.geojson');
  if (!existsSync(file)) throw new Error(`road network missing: ${file} (run npm run geo-data, or tsx geo-data/roads/build-roads.ts)`);
  return new RoadGraph(graphLinksFromGeoJson(JSON.parse(readFileSync(file, 'utf8'))));
}

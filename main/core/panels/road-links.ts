/**
 * The road network's links in an R-tree, to count the links crossing an area. The network is the one
 * the ITS domain routes on (geo-data/out/roads/links.geojson); traffic speeds (`its.traffic`) carry no
 * geometry and join on the link id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import RBush from 'rbush';
import { graphLinksFromGeoJson } from '../its/load-road-graph.js';

export interface LinkItem {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  linkId: string;
  coordinates: Array<[number, number]>;
}

export class RoadLinkIndex {
  private readonly tree = new RBush<LinkItem>();
  readonly count: number;

  constructor(links: ReadonlyArray<{ linkId: string; coordinates: Array<[number, number]> }>) {
    const items = links.map((l) => {
      const xs = l.coordinates.map((c) => c[0]);
      const ys = l.coordinates.map((c) => c[1]);
      return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys), linkId: l.linkId, coordinates: l.coordinates };
    });
    this.tree.load(items);
    this.count = items.length;
  }

  search(box: [number, number, number, number]): LinkItem[] {
    return this.tree.search({ minX: box[0], minY: box[1], maxX: box[2], maxY: box[3] });
  }
}

/** The network of a geo-data folder; null when it was not built (the summary then says `links: null`). */
export function loadRoadLinkIndex(geoDataDir: string): RoadLinkIndex | null {
  const file = join(geoDataDir, 'roads', 'links.geojson');
  if (!existsSync(file)) return null;
  return new RoadLinkIndex(graphLinksFromGeoJson(JSON.parse(readFileSync(file, 'utf8'))));
}

/** The live map, for the commands that move it (shortcuts, search). Set by MapView. */
import type { Map as MaplibreMap } from 'maplibre-gl';

let current: MaplibreMap | null = null;

export function setCurrentMap(map: MaplibreMap | null): void {
  current = map;
}

export function getCurrentMap(): MaplibreMap | null {
  return current;
}

/** Fit a [minLon, minLat, maxLon, maxLat] box, padded, not closer than zoom 13. */
export function flyToBbox(bbox: [number, number, number, number]): void {
  current?.fitBounds([[bbox[0], bbox[1]], [bbox[2], bbox[3]]], { padding: 80, maxZoom: 13, duration: 800 });
}

export const HOME_VIEW = { center: [127.8, 36.3] as [number, number], zoom: 6.4 };

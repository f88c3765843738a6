/** The live map, for the commands that move it (shortcuts, search). Set by MapView. */
import type { Map as MaplibreMap } from 'maplibre-gl';

let current: MaplibreMap | null = null;
const listeners = new Set<(map: MaplibreMap | null) => void>();

export function setCurrentMap(map: MaplibreMap | null): void {
  current = map;
  for (const l of listeners) l(map);
}

/** Calls `listener` with the current map now and whenever it is replaced; returns the unsubscribe. */
export function onCurrentMap(listener: (map: MaplibreMap | null) => void): () => void {
  listeners.add(listener);
  listener(current);
  return () => {
    listeners.delete(listener);
  };
}

export function getCurrentMap(): MaplibreMap | null {
  return current;
}

/** Fit a [minLon, minLat, maxLon, maxLat] box, padded, not closer than zoom 13. */
export function flyToBbox(bbox: [number, number, number, number]): void {
  current?.fitBounds([[bbox[0], bbox[1]], [bbox[2], bbox[3]]], { padding: 80, maxZoom: 13, duration: 800 });
}

/** The whole country, Jeju and Ulleungdo included: what the Home key shows. */
export const KOREA_BBOX: [number, number, number, number] = [124.6, 33.1, 131.0, 38.65];

export function flyHome(): void {
  current?.fitBounds([[KOREA_BBOX[0], KOREA_BBOX[1]], [KOREA_BBOX[2], KOREA_BBOX[3]]], { padding: 24, bearing: 0, pitch: 0, duration: 600 });
}

/**
 * Fires as GeoJSON features for the map, in the shape the renderer's `forest-disaster:fires` layer
 * already draws from `forest.fires`: a point (kind `fire`, `containmentPct`, `areaHa`, `status`) and the
 * area (kind `fire.perimeter`, `fireKey`). Reports are listed by channel for the fire card.
 */
import type { Fire } from './cluster.js';

export interface FireFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | Fire['area'];
  properties: Record<string, string | number | null>;
}

export function fireFeatures(fires: readonly Fire[]): FireFeature[] {
  return fires.flatMap((f) => {
    const byChannel = (c: string) => f.reports.filter((r) => r.channel === c).length;
    const common = { fireKey: f.id, status: f.status, areaHa: Math.round(f.areaHa * 10) / 10, startTs: f.startTs };
    return [
      { type: 'Feature' as const, id: `${f.id}:perimeter`, geometry: f.area, properties: { ...common, kind: 'fire.perimeter' } },
      {
        type: 'Feature' as const,
        id: f.id,
        geometry: { type: 'Point' as const, coordinates: [f.origin[0], f.origin[1]] as [number, number] },
        properties: {
          ...common,
          kind: 'fire',
          containmentPct: f.containmentPct,
          responseStage: f.responseStage,
          regionCode: f.region?.code ?? null,
          regionName: f.region ? `${f.region.sido ?? ''} ${f.region.name ?? ''}`.trim() || f.region.code : null,
          reports: f.reports.length,
          ranger: byChannel('ranger'),
          call119: byChannel('call119'),
          app: byChannel('app'),
          satellite: byChannel('satellite'),
          kfs: byChannel('kfs'),
        },
      },
    ];
  });
}

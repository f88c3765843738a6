/**
 * The traffic panel (collapsible): the slowest links and the active incidents, filtered by road;
 * a click flies the map there. Link positions come from the network file (fetched once, on the
 * first link click), since `its.traffic` records carry no geometry.
 */
import { useState } from 'react';
import { activeIncidents, roadsOf, slowestLinks } from '../domains/its-traffic/traffic-panel-model';
import { getCurrentMap } from './map-access';
import { useLive, useT } from './stores';

let midpoints: Promise<Map<string, [number, number]>> | null = null;

/** Midpoints of the network's links, from `geo/roads/links.geojson` (relative to the app). */
function linkMidpoints(): Promise<Map<string, [number, number]>> {
  midpoints ??= fetch('geo/roads/links.geojson')
    .then((r) => r.json() as Promise<{ features: Array<{ properties: { linkId: string }; geometry: { coordinates: Array<[number, number]> } }> }>)
    .then((doc) => new Map(doc.features.map((f) => [f.properties.linkId, f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)]!] as const)))
    .catch(() => {
      midpoints = null;
      return new Map<string, [number, number]>();
    });
  return midpoints;
}

function flyTo(lon: number, lat: number): void {
  getCurrentMap()?.flyTo({ center: [lon, lat], zoom: 11, duration: 800 });
}

export function ItsTrafficPanel() {
  const t = useT();
  const traffic = useLive((s) => s.streams['its.traffic']);
  const incidents = useLive((s) => s.streams['its.events']);
  const [road, setRoad] = useState<string | null>(null);
  const roads = roadsOf(traffic, incidents);
  const slow = slowestLinks(traffic, road, 8);
  const active = activeIncidents(incidents, road);
  return (
    <details className="its-panel" data-testid="its-panel">
      <summary>{t('its.panel.title')}</summary>
      <label>
        {t('its.panel.road')}{' '}
        <select data-testid="its-panel-road" value={road ?? ''} onChange={(e) => setRoad(e.target.value === '' ? null : e.target.value)}>
          <option value="">{t('its.panel.allRoads')}</option>
          {roads.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <h4>{t('its.panel.slowest')}</h4>
      <ol data-testid="its-panel-slowest">
        {slow.map((l) => (
          <li key={l.linkId}>
            <button type="button" onClick={() => void linkMidpoints().then((m) => { const p = m.get(l.linkId); if (p) flyTo(p[0], p[1]); })}>
              {l.roadName} · {l.speedKmh} km/h {l.congestion ? `· ${t(`its.congestion.${l.congestion === 'jammed' || l.congestion === 'congested' || l.congestion === 'slow' ? l.congestion : 'free'}`)}` : ''}
            </button>
          </li>
        ))}
      </ol>
      <h4>{t('its.panel.incidents')}</h4>
      {active.length === 0 ? <p>{t('its.panel.none')}</p> : null}
      <ul data-testid="its-panel-incidents">
        {active.map((i) => (
          <li key={i.key}>
            <button type="button" disabled={i.lon === null || i.lat === null} onClick={() => i.lon !== null && i.lat !== null && flyTo(i.lon, i.lat)}>
              {i.roadName} · {i.message}
              {i.lanesBlocked ? ` (${i.lanesBlocked})` : ''}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

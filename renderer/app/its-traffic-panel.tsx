/**
 * The traffic panel (collapsible): the slowest links and the active incidents, filtered by road and
 * by region (a sido or sigungu found through the core's region search); a click flies the map there
 * (an incident also opens its card). Link positions and sigungu come from the network file (fetched
 * once, when the panel first opens), since `its.traffic` records carry no geometry; an incident off
 * the network is placed in its sigungu by the core's region index (`region:at`).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RegionSearchHit } from '../../main/common/region-types';
import { activeIncidents, incidentsToLocate, roadsOf, slowestLinks } from '../domains/its-traffic/traffic-panel-model';
import { itsSelection } from '../state/its-selection';
import { getCurrentMap } from './map-access';
import { useLive, useStores, useT, useUi } from './stores';

interface NetworkLink {
  mid: [number, number];
  sigungu: string | null;
}

let network: Promise<Map<string, NetworkLink>> | null = null;

/** Midpoint and sigungu of every network link, from `geo/roads/links.geojson` (relative to the app). */
function networkLinks(): Promise<Map<string, NetworkLink>> {
  network ??= fetch('geo/roads/links.geojson')
    .then((r) => r.json() as Promise<{ features: Array<{ properties: { linkId: string; sigunguCode?: string | null }; geometry: { coordinates: Array<[number, number]> } }> }>)
    .then((doc) => new Map(doc.features.map((f) => [f.properties.linkId, { mid: f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)]!, sigungu: f.properties.sigunguCode ?? null }] as const)))
    .catch(() => {
      network = null;
      return new Map<string, NetworkLink>();
    });
  return network;
}

function flyTo(lon: number, lat: number): void {
  getCurrentMap()?.flyTo({ center: [lon, lat], zoom: 11, duration: 800 });
}

/** The chosen region filter. */
interface RegionChoice {
  code: string;
  name: string;
}

function RegionFilter({ value, onChange }: { value: RegionChoice | null; onChange: (r: RegionChoice | null) => void }) {
  const { api } = useStores();
  const t = useT();
  const language = useUi((s) => s.language);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<RegionSearchHit[]>([]);
  const seq = useRef(0);
  useEffect(() => {
    const q = query.trim();
    if (!q) return setHits([]);
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      api
        .invoke('region:search', { query: q, limit: 10 })
        .then((r) => mine === seq.current && setHits(r.filter((h) => h.level !== 'emd' && h.code !== null)))
        .catch(() => undefined);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, api]);
  if (value) {
    return (
      <div className="its-region">
        {t('its.panel.region')}: <strong data-testid="its-panel-region">{value.name}</strong>
        <button type="button" onClick={() => onChange(null)}>
          {t('its.panel.clearRegion')}
        </button>
      </div>
    );
  }
  return (
    <div className="its-region">
      <label>
        {t('its.panel.region')}{' '}
        <input type="search" data-testid="its-panel-region-search" value={query} placeholder={t('its.panel.regionPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {hits.length > 0 && (
        <ul className="its-region-hits">
          {hits.map((h) => (
            <li key={`${h.level}:${h.code}`}>
              <button
                type="button"
                onClick={() => {
                  setQuery('');
                  setHits([]);
                  onChange({ code: h.code!, name: language === 'en' ? h.pathEn : h.path });
                }}
              >
                {language === 'en' ? h.pathEn : h.path}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ItsTrafficPanel() {
  const { api } = useStores();
  const t = useT();
  const traffic = useLive((s) => s.streams['its.traffic']);
  const incidents = useLive((s) => s.streams['its.events']);
  const [road, setRoad] = useState<string | null>(null);
  const [region, setRegion] = useState<RegionChoice | null>(null);
  const [links, setLinks] = useState<Map<string, NetworkLink> | null>(null);
  const [located, setLocated] = useState<ReadonlyMap<string, string | null>>(new Map());
  const asked = useRef(new Set<string>());

  const linkRegion = useMemo(() => (id: string) => links?.get(id)?.sigungu ?? null, [links]);
  // Incidents off the network: ask the core's region index once per incident.
  useEffect(() => {
    if (!links || !region) return;
    for (const i of incidentsToLocate(incidents, linkRegion, asked.current).slice(0, 50)) {
      asked.current.add(i.key);
      api
        .invoke('region:at', { lon: i.lon, lat: i.lat })
        .then((hit) => setLocated((m) => new Map(m).set(i.key, hit?.sigungu.code ?? null)))
        .catch(() => asked.current.delete(i.key));
    }
  }, [incidents, links, region, linkRegion, api]);
  const incidentRegion = (key: string): string | null => {
    const link = incidents?.[key]?.props['linkId'];
    return (typeof link === 'string' ? linkRegion(link) : null) ?? located.get(key) ?? null;
  };

  const filter = { road, region: region?.code ?? null };
  const roads = roadsOf(traffic, incidents);
  const slow = slowestLinks(traffic, filter, 8, linkRegion);
  const active = activeIncidents(incidents, filter, incidentRegion);
  return (
    <details className="its-panel" data-testid="its-panel" onToggle={(e) => e.currentTarget.open && !links && void networkLinks().then(setLinks)}>
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
      <RegionFilter value={region} onChange={setRegion} />
      <h4>{t('its.panel.slowest')}</h4>
      <ol data-testid="its-panel-slowest">
        {slow.map((l) => (
          <li key={l.linkId} data-link-id={l.linkId}>
            <button type="button" onClick={() => void networkLinks().then((m) => { const p = m.get(l.linkId)?.mid; if (p) flyTo(p[0], p[1]); })}>
              {l.roadName} · {l.speedKmh} km/h {l.congestion ? `· ${t(`its.congestion.${l.congestion === 'jammed' || l.congestion === 'congested' || l.congestion === 'slow' ? l.congestion : 'free'}`)}` : ''}
            </button>
          </li>
        ))}
      </ol>
      <h4>{t('its.panel.incidents')}</h4>
      {active.length === 0 ? <p>{t('its.panel.none')}</p> : null}
      <ul data-testid="its-panel-incidents">
        {active.map((i) => (
          <li key={i.key} data-key={i.key}>
            <button
              type="button"
              disabled={i.lon === null || i.lat === null}
              onClick={() => {
                if (i.lon === null || i.lat === null) return;
                flyTo(i.lon, i.lat);
                itsSelection.getState().selectItem({ kind: 'incident', key: i.key });
              }}
            >
              {i.roadName} · {i.message}
              {i.lanesBlocked ? ` (${i.lanesBlocked})` : ''}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

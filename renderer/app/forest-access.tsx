/**
 * Crew access to the selected fire by forest road (`forest:access-route`): the roads driven, the
 * distances and time, or why there is no access by forest road; the closed roads near the fire with who
 * closed them, and road actions whose signature did not verify here (flagged, not applied). Asked again
 * whenever a road action (`ops.forest-roads`, from any workstation), the road records or the fire change;
 * the route is drawn on the access source.
 */
import { useEffect } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import { useStore } from 'zustand';
import type { ForestAccessResult } from '../../main/common/forest/forest-ipc';
import { FOREST_ROADS_OPS_STREAM, forestMgmtPanel } from '../../main/common/panels/defs/forest-mgmt';
import { ACCESS_SOURCE } from '../domains/forest-disaster/access';
import { forestUi } from '../domains/forest-disaster/forest-ui-store';
import { getCurrentMap } from './map-access';
import { useLive, useStores, useT } from './stores';
import { VerificationBadge } from './verification-badge';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export function ForestAccessView({ access }: { access: ForestAccessResult }) {
  const t = useT();
  const route = access.route;
  return (
    <section className="forest-access" data-testid="forest-access" data-state={route ? 'route' : (access.noAccess ?? '')} data-roads={route ? route.roads.map((r) => r.key).join(' ') : ''}>
      <strong>{t('forest.access.title')}</strong>
      {route ? (
        <p data-testid="forest-access-route">
          {t('forest.access.route', { roads: route.roads.map((r) => r.name).join(' → '), roadKm: route.roadKm.toFixed(1), walkKm: route.walkKm.toFixed(1), minutes: route.minutes })}
        </p>
      ) : (
        <p className="forest-message" data-testid="forest-access-none">
          {access.noAccess === 'no-roads-nearby' ? t('forest.access.noRoadsNearby', { km: access.maxWalkKm }) : t('forest.access.roadsClosed')}
        </p>
      )}
      {(access.closedNearby.length > 0 || access.ignored.length > 0) && (
        <ul className="forest-dispatch" data-testid="forest-access-closures">
          {access.closedNearby.map((c) => (
            <li key={c.actionKey} data-testid="forest-access-closed" data-road={c.roadKey}>
              <VerificationBadge check={c} flagOnly />
              {t('forest.access.closed', { road: c.roadName })}
              {c.user ? ` · ${c.user}` : ''}
              {c.reason && <q>{c.reason}</q>}
            </li>
          ))}
          {access.ignored.map((c) => (
            <li key={c.actionKey} data-testid="forest-access-ignored" data-road={c.roadKey}>
              <VerificationBadge check={c} />
              {t('forest.access.ignored', { road: c.roadName })}
              {c.user ? ` · ${c.user}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ForestAccess() {
  const { api } = useStores();
  const fireKey = useStore(forestUi, (s) => s.fireKey);
  const access = useStore(forestUi, (s) => s.access);
  const roadActions = useLive((s) => s.streams[FOREST_ROADS_OPS_STREAM]);
  const roads = useLive((s) => s.streams[forestMgmtPanel.stream]);
  const fires = useLive((s) => s.streams['forest.fires']);
  const detections = useLive((s) => s.streams['forest.detections']);

  useEffect(() => {
    if (!fireKey) {
      forestUi.getState().setAccess(null);
      return;
    }
    let live = true;
    api.invoke('forest:access-route', { fireKey }).then(
      (r) => live && forestUi.getState().setAccess(r),
      (err: unknown) => console.warn('forest:access-route', err),
    );
    return () => {
      live = false;
    };
  }, [api, fireKey, roadActions, roads, fires, detections]);

  useEffect(() => {
    const source = getCurrentMap()?.getSource(ACCESS_SOURCE) as GeoJSONSource | undefined;
    source?.setData(access?.collection ?? EMPTY);
  }, [access]);

  return access ? <ForestAccessView access={access} /> : null;
}

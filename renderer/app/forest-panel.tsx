/**
 * The forest-fire panel: pick a fire (its status, containment and response stage), enter the wind and
 * get the 1/3/6-hour spread from the core (`forest:spread`, drawn as nested ellipses, with the model's
 * assumptions listed here), switch the danger-index day, and dispatch a helicopter: the available ones
 * by ETA (`forest:dispatch-options`) → `ops:submit` of the assignment built by `buildAssignCommand`,
 * drawn as a line from the helicopter to the fire on every workstation. Crew access by forest road
 * (forest-access.tsx) follows the roads marked impassable from any workstation.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { GeoJSONSource } from 'maplibre-gl';
import { buildAssignCommand } from '../../main/common/forest/dispatch-command';
import type { ForestDispatchResult } from '../../main/common/forest/forest-ipc';
import { SPREAD_ASSUMPTIONS, SPREAD_SOURCES } from '../../main/common/forest/spread-notes';
import type { OpsSubmitArgs } from '../../main/common/live-sync';
import { dangerFill } from '../domains/forest-disaster/risk';
import { SPREAD_SOURCE } from '../domains/forest-disaster/resources';
import { forestUi, type DangerDay } from '../domains/forest-disaster/forest-ui-store';
import { ForestAccess } from './forest-access';
import { ForestAssignments } from './forest-assignments';
import { ForestLegend } from './forest-legend';
import { ForestPestCard } from './forest-pest-card';
import { getCurrentMap } from './map-access';
import { useLive, useStores, useT } from './stores';
import './forest-panel.css';

const DAYS: readonly DangerDay[] = [0, 1, 2, 3, 4];
const CHANNELS = ['ranger', 'call119', 'app', 'satellite', 'kfs'] as const;

/** Reports per channel, in a fixed channel order. */
function channelCounts(reports: ForestDispatchResult['reports']): Array<[(typeof CHANNELS)[number], number]> {
  return CHANNELS.map((c) => [c, reports.filter((r) => r.channel === c).length] as [(typeof CHANNELS)[number], number]).filter(([, n]) => n > 0);
}
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

export function ForestPanel() {
  const { api } = useStores();
  const t = useT();
  const ui = useStore(forestUi);
  const firesStream = useLive((s) => s.streams['forest.fires']);
  const helicopters = useLive((s) => s.streams['forest.helicopters']);
  const dispatch = useLive((s) => s.streams['ops.dispatch']);
  const detections = useLive((s) => s.streams['forest.detections']);
  const fires = useMemo(() => Object.values(firesStream ?? {}).filter((f) => f.kind === 'fire').sort((a, b) => a.key.localeCompare(b.key)), [firesStream]);
  const [options, setOptions] = useState<ForestDispatchResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fire = fires.find((f) => f.key === ui.fireKey) ?? null;

  useEffect(() => {
    if (!ui.fireKey && fires[0]) forestUi.getState().selectFire(fires[0].key);
  }, [fires, ui.fireKey]);

  // The dispatch list (and the fire's reports) follow the fleet and the reports: a new position, an
  // assignment from any workstation, a detection that joins the fire.
  useEffect(() => {
    if (!ui.fireKey) return setOptions(null);
    let live = true;
    api.invoke('forest:dispatch-options', { fireKey: ui.fireKey }).then((r) => live && setOptions(r), (err: unknown) => live && setMessage(String(err)));
    return () => {
      live = false;
    };
  }, [api, ui.fireKey, helicopters, dispatch, detections, firesStream]);

  // The spread source shows the panel's prediction (also after the style rebuilt the source).
  useEffect(() => {
    const source = getCurrentMap()?.getSource(SPREAD_SOURCE) as GeoJSONSource | undefined;
    source?.setData(ui.spread?.collection ?? { type: 'FeatureCollection', features: [] });
  }, [ui.spread]);

  useEffect(() => {
    const map = getCurrentMap();
    if (map?.getLayer('forest-disaster:danger-fill')) map.setPaintProperty('forest-disaster:danger-fill', 'fill-color', dangerFill(ui.dangerDay));
  }, [ui.dangerDay]);

  const predict = () => {
    if (!ui.fireKey) return;
    setMessage(null);
    api.invoke('forest:spread', { fireKey: ui.fireKey, windFromDeg: ui.windFromDeg, windMs: ui.windMs }).then((r) => forestUi.getState().setSpread(r), (err: unknown) => setMessage(String(err)));
  };

  const assign = (helicopterId: string) => {
    const opt = options?.options.find((o) => o.helicopterId === helicopterId);
    if (!opt || !options || !ui.fireKey) return;
    const { id: _id, issuedAt: _at, ...cmd } = buildAssignCommand(`${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`, { helicopterId, fireKey: ui.fireKey, fireAt: options.fireAt, etaMin: opt.etaMin, distanceKm: opt.distanceKm }, Date.now());
    // The assignment carries the line from the helicopter to the fire, so every workstation can draw it.
    const at = helicopters?.[`helicopter:${helicopterId}`]?.geometry;
    const args: OpsSubmitArgs = at?.type === 'Point' ? { ...cmd, geometry: { type: 'LineString', coordinates: [at.coordinates, options.fireAt] } } : cmd;
    setBusy(true);
    api.invoke('ops:submit', args).then(() => setMessage(t('forest.assigned', { callsign: opt.callsign })), (err: unknown) => setMessage(String(err))).finally(() => setBusy(false));
  };

  return (
    <>
    <ForestPestCard />
    <aside className="forest-panel" data-testid="forest-panel" aria-label={t('forest.panel')}>
      <strong>{t('forest.panel')}</strong>
      {fires.length === 0 ? (
        <p>{t('forest.noFire')}</p>
      ) : (
        <label>
          {t('forest.fire')}
          <select data-testid="forest-fire-select" value={ui.fireKey ?? ''} onChange={(e) => forestUi.getState().selectFire(e.target.value)}>
            {fires.map((f) => (
              <option key={f.key} value={f.key}>{str(f.props['address']) ?? f.key}</option>
            ))}
          </select>
        </label>
      )}
      {fire && (
        <p data-testid="forest-fire-status">
          {[str(fire.props['statusName']), typeof fire.props['containmentPct'] === 'number' ? `${t('live.contained')} ${fire.props['containmentPct']}%` : null, str(fire.props['responseStage'])].filter(Boolean).join(' · ')}
        </p>
      )}
      {options && options.reports.length > 0 && (
        <p data-testid="forest-fire-reports" data-keys={options.reports.map((r) => r.key).join(' ')}>
          {t('forest.reports', { n: options.reports.length })}: {channelCounts(options.reports).map(([c, n]) => `${t(`forest.channel.${c}`)}${n > 1 ? ` ×${n}` : ''}`).join(', ')}
        </p>
      )}
      <div className="forest-wind">
        <label>
          {t('forest.windFrom')}
          <input data-testid="forest-wind-from" type="number" min={0} max={360} value={ui.windFromDeg} onChange={(e) => forestUi.getState().setWind(Number(e.target.value) || 0, ui.windMs)} />
        </label>
        <label>
          {t('forest.windMs')}
          <input data-testid="forest-wind-ms" type="number" min={0} max={60} step={0.5} value={ui.windMs} onChange={(e) => forestUi.getState().setWind(ui.windFromDeg, Number(e.target.value) || 0)} />
        </label>
        <button type="button" data-testid="forest-predict" disabled={!ui.fireKey} onClick={predict}>{t('forest.showSpread')}</button>
      </div>
      <details data-testid="forest-assumptions">
        <summary>{t('forest.assumptions')}</summary>
        <ul>
          {(ui.spread?.assumptions ?? SPREAD_ASSUMPTIONS).map((a) => <li key={a}>{a}</li>)}
        </ul>
        <em>{t('forest.sources')}</em>
        <ol data-testid="forest-sources">
          {(ui.spread?.sources ?? SPREAD_SOURCES).map((s) => <li key={s}>{s}</li>)}
        </ol>
      </details>
      {ui.spread && (
        <p data-testid="forest-spread-summary">
          {t('forest.spreadSummary', { fuel: t(`forest.fuel.${ui.spread.fuel}`), ros: ui.spread.headRosMpm.toFixed(1), lb: ui.spread.lengthToBreadth.toFixed(2) })}
          {ui.spread.fuelDefaulted ? ` ${t('forest.fuelDefaulted')}` : ''}
          {ui.spread.standDemo ? ` ${t('forest.standDemo')}` : ''}
        </p>
      )}
      <div className="forest-days" role="group" aria-label={t('forest.dangerDay')}>
        {DAYS.map((d) => (
          <button key={d} type="button" data-testid={`forest-day-${d}`} aria-pressed={ui.dangerDay === d} onClick={() => forestUi.getState().setDangerDay(d)}>{t(`forest.day.${d}`)}</button>
        ))}
      </div>
      <strong>{t('forest.dispatch')}</strong>
      {options && options.options.length === 0 && <p>{t('forest.noHelicopters')}</p>}
      <ul className="forest-dispatch" data-testid="forest-dispatch-list">
        {options?.options.map((o) => (
          <li key={o.helicopterId}>
            <span>{o.callsign} — {t('forest.eta', { eta: Math.round(o.etaMin), km: o.distanceKm })}</span>
            <button type="button" data-testid={`forest-assign-${o.helicopterId}`} disabled={busy} onClick={() => assign(o.helicopterId)}>{t('forest.assign')}</button>
          </li>
        ))}
      </ul>
      <ForestAssignments />
      <ForestAccess />
      <ForestLegend />
      {message && <p className="forest-message" data-testid="forest-message">{message}</p>}
    </aside>
    </>
  );
}

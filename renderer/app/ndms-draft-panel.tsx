/**
 * Drafting a disaster text alert (shown to supervisors only): map clicks toggle a sigungu or province
 * (or add polygon points while drawing), the step and type, Korean text with optional English and
 * Chinese versions, each text's length as the channel counts it (characters or EUC-KR bytes, with the
 * limit — both settings), the regions and adults the draft reaches (`ndms:draft-preview`), and send
 * (`ndms:alert-send`: the core builds the CAP 1.2 document and submits `ops.ndms` / `alert.send`).
 * Opened by "Update" on a drafted alert, it starts from that alert and sends a CAP Update
 * (`supersedes`: `alert.update`) that replaces it on every workstation.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { ALERT_LENGTH_SETTINGS, DEFAULT_ALERT_LENGTH, type AlertLengthMode, type AlertSendResult, type TextLength } from '../../main/common/ndms/alert-ipc';
import { ALERT_LEVELS, type AlertLevel } from '../../main/common/ndms/alerts';
import { alertUi, closedRing, DISASTER_TYPES, sendArgsOf } from '../domains/ndms/alert-ui-store';
import { setClickInterceptor } from '../map/click-intercept';
import { getCurrentMap } from './map-access';
import { kstShort } from './ndms-time';
import { useStores, useT } from './stores';

function LengthLine({ len, max, mode, testId }: { len: TextLength | null | undefined; max: number; mode: AlertLengthMode; testId: string }) {
  const t = useT();
  if (!len) return null;
  const over = len.length > max;
  return (
    <span className={`ndms-length${over || len.unencodable.length ? ' over' : ''}`} data-testid={testId} data-length={len.length}>
      {len.length} / {max} {mode === 'chars' ? t('ndmsAlerts.chars') : t('ndmsAlerts.bytes')}
      {len.unencodable.length > 0 && ` · ${t('ndmsAlerts.unencodable')} ${len.unencodable.join(' ')}`}
    </span>
  );
}

export function NdmsDraftPanel() {
  const { api } = useStores();
  const t = useT();
  const ui = useStore(alertUi);
  const [result, setResult] = useState<AlertSendResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [ruleVersion, setRuleVersion] = useState(0);
  const { form } = ui;

  // While the screen is open, map clicks belong to it: add a polygon point, or toggle the region under the click.
  useEffect(() => {
    const map = getCurrentMap();
    map?.doubleClickZoom.disable();
    setClickInterceptor((lon, lat) => {
      const s = alertUi.getState();
      if (s.drawing) {
        s.addPoint([Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5]);
        return true;
      }
      api.invoke('region:at', { lon, lat }).then((hit) => {
        if (!hit) return;
        const level = alertUi.getState().pickLevel;
        const r = level === 'sido' ? hit.sido : hit.sigungu;
        alertUi.getState().togglePicked({ level, code: r.code, name: level === 'sido' ? r.name : `${hit.sido.name} ${r.name}` });
      }, (err: unknown) => console.warn('region:at', err));
      return true;
    });
    return () => {
      setClickInterceptor(null);
      map?.doubleClickZoom.enable();
    };
  }, [api]);

  // The preview follows the regions, the area and the texts (debounced: typing is fast, area-weighting is not).
  const ring = ui.drawing ? undefined : closedRing(ui.polygon);
  const previewKey = JSON.stringify([ui.picked, ring, form.ko, form.en, form.zh]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api.invoke('ndms:draft-preview', { regions: ui.picked.map(({ level, code }) => ({ level, code })), ...(ring ? { polygon: ring } : {}), texts: { ko: form.ko, en: form.en, zh: form.zh } }).then(
        (p) => live && alertUi.getState().setPreview(p),
        (err: unknown) => console.warn('ndms:draft-preview', err),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // previewKey carries every input of the preview.
  }, [api, previewKey, ruleVersion]);

  // The channel's length rule lives in the settings; a change re-runs the preview, which carries the rule.
  const setLengthRule = async (patch: { mode?: AlertLengthMode; max?: number }) => {
    const s = await api.invoke('settings:get', {});
    const layout = { ...s.layout };
    if (patch.mode) layout[ALERT_LENGTH_SETTINGS.mode] = patch.mode;
    if (patch.max) layout[ALERT_LENGTH_SETTINGS.max] = patch.max;
    await api.invoke('settings:update', { layout });
    setRuleVersion((v) => v + 1);
  };

  const preview = ui.preview;
  const mode = preview?.mode ?? DEFAULT_ALERT_LENGTH.mode;
  const max = preview?.maxLength ?? DEFAULT_ALERT_LENGTH.max;
  const hasArea = ui.picked.length > 0 || ring !== undefined;
  const tooLong = !!preview && (preview.lengths.ko.length > max || (mode === 'euc-kr-bytes' && preview.lengths.ko.unencodable.length > 0));
  const canSend = hasArea && form.ko.trim() !== '' && !tooLong && !busy && !ui.drawing;

  const send = () => {
    setBusy(true);
    setResult(null);
    api
      .invoke('ndms:alert-send', sendArgsOf(alertUi.getState()))
      .then(
        (r) => {
          setResult(r);
          if (r.ok) alertUi.getState().resetDraft();
        },
        (err: unknown) => setResult({ ok: false, reason: String(err) }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <div className="ndms-draft" data-testid="ndms-draft-panel" data-updating={ui.updating?.key ?? ''}>
      {ui.updating && (
        <p className="ndms-updating" data-testid="ndms-draft-updating">
          {t('ndmsAlerts.updating', { time: `${kstShort(ui.updating.ts)} KST` })}
        </p>
      )}
      <p className="note">{ui.drawing ? t('ndmsAlerts.drawHint') : t('ndmsAlerts.pickHint')}</p>
      <div className="ndms-row" role="group" aria-label={t('ndmsAlerts.pickLevel')}>
        {(['sigungu', 'sido'] as const).map((l) => (
          <button key={l} type="button" data-testid={`ndms-pick-${l}`} aria-pressed={ui.pickLevel === l} onClick={() => alertUi.getState().setPickLevel(l)}>{t(`ndmsAlerts.pick.${l}`)}</button>
        ))}
        {ui.drawing ? (
          <button type="button" data-testid="ndms-draw-finish" onClick={() => alertUi.getState().finishDrawing()}>{t('ndmsAlerts.drawFinish')}</button>
        ) : (
          <button type="button" data-testid="ndms-draw-start" onClick={() => alertUi.getState().startDrawing()}>{t('ndmsAlerts.drawStart')}</button>
        )}
        <button type="button" data-testid="ndms-draft-clear" onClick={() => alertUi.getState().clearArea()}>{t('ndmsAlerts.clear')}</button>
      </div>
      <ul className="ndms-chips" data-testid="ndms-draft-regions">
        {ui.picked.map((r) => (
          <li key={`${r.level}:${r.code}`}>
            <button type="button" data-testid="ndms-draft-region" data-code={r.code} title={t('ndmsAlerts.remove')} onClick={() => alertUi.getState().togglePicked(r)}>{r.name} ×</button>
          </li>
        ))}
        {ring && <li className="note">{t('ndmsAlerts.polygonPoints', { n: ui.polygon.length })}</li>}
      </ul>
      <div className="ndms-row">
        <label>
          {t('ndmsAlerts.level')}
          <select data-testid="ndms-draft-level" value={form.level} onChange={(e) => alertUi.getState().setForm({ level: e.target.value as AlertLevel })}>
            {ALERT_LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
          </select>
        </label>
        <label>
          {t('ndmsAlerts.type')}
          <select data-testid="ndms-draft-type" value={form.typeIndex} onChange={(e) => alertUi.getState().setForm({ typeIndex: Number(e.target.value) })}>
            {DISASTER_TYPES.map((d, i) => <option key={d.code} value={i}>{d.name}</option>)}
          </select>
        </label>
      </div>
      <label>
        {t('ndmsAlerts.textKo')}
        <textarea data-testid="ndms-draft-ko" lang="ko" rows={3} value={form.ko} onChange={(e) => alertUi.getState().setForm({ ko: e.target.value })} />
        <LengthLine len={preview?.lengths.ko} max={max} mode={mode} testId="ndms-draft-length" />
      </label>
      <label>
        {t('ndmsAlerts.textEn')}
        <textarea data-testid="ndms-draft-en" lang="en" rows={2} value={form.en} onChange={(e) => alertUi.getState().setForm({ en: e.target.value })} />
        <LengthLine len={preview?.lengths.en} max={max} mode={mode} testId="ndms-draft-length-en" />
      </label>
      <label>
        {t('ndmsAlerts.textZh')}
        <textarea data-testid="ndms-draft-zh" lang="zh" rows={2} value={form.zh} onChange={(e) => alertUi.getState().setForm({ zh: e.target.value })} />
        <LengthLine len={preview?.lengths.zh} max={max} mode={mode} testId="ndms-draft-length-zh" />
      </label>
      <div className="ndms-row">
        <label>
          {t('ndmsAlerts.lengthMode')}
          <select data-testid="ndms-length-mode" value={mode} onChange={(e) => void setLengthRule({ mode: e.target.value as AlertLengthMode })}>
            <option value="chars">{t('ndmsAlerts.chars')}</option>
            <option value="euc-kr-bytes">{t('ndmsAlerts.bytes')}</option>
          </select>
        </label>
        <label>
          {t('ndmsAlerts.limit')}
          <input data-testid="ndms-length-max" type="number" min={1} max={2000} value={max} onChange={(e) => Number(e.target.value) > 0 && void setLengthRule({ max: Math.min(2000, Math.round(Number(e.target.value))) })} />
        </label>
      </div>
      <div className="ndms-preview" data-testid="ndms-draft-preview">
        <strong>{t('ndmsAlerts.preview')}</strong>
        <span>{preview && preview.regions.length ? preview.regions.map((r) => (r.level === 'sido' ? r.name : `${r.sidoName} ${r.name}`)).join(', ') : ring ? t('ndmsAlerts.drawnArea') : '—'}</span>
        <span data-testid="ndms-draft-adults" data-adults={preview?.adults2022 ?? 0}>
          {t('ndmsAlerts.adults')}: {(preview?.adults2022 ?? 0).toLocaleString('ko-KR')}{t('ndmsAlerts.people')}
          {preview?.method === 'area-weighted' && <span className="note"> {t('ndmsAlerts.areaWeighted')}</span>}
        </span>
      </div>
      <button type="button" className="ndms-send" data-testid="ndms-draft-send" disabled={!canSend} onClick={send}>{ui.updating ? t('ndmsAlerts.sendUpdate') : t('ndmsAlerts.send')}</button>
      {result && (
        <p className={`ndms-result${result.ok ? '' : ' error'}`} data-testid="ndms-draft-result" data-ok={result.ok}>
          {result.ok ? t(result.state === 'sent' ? 'ndmsAlerts.sent' : 'ndmsAlerts.queued', { id: result.alertId }) : result.reason}
        </p>
      )}
    </div>
  );
}

/**
 * A panel's actions: one button per `ops.*` command, disabled below the action's role (the hub checks
 * again) or without its target; a click opens the action's field form, and sending it is `ops:submit`
 * with the fields plus the target (`recordKey`, `area`, or `regionCode`).
 */
import { useState } from 'react';
import type { OpsSubmitArgs } from '../../../main/common/live-sync';
import type { PanelAction, PanelDefinition } from '../../../main/common/panels/panel-definition';
import { compactAreaGeometry } from '../../../main/common/panels/aoi';
import { roleAtLeast, type Role } from '../../../main/common/roles';
import { useStores, useT } from '../stores';
import { useBi, useHubUser, usePanelUi, usePanelView } from './panel-hooks';
import type { MessageKey } from '../../i18n';

const newId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Why an action cannot be taken now (a message key and params), or null when it can. */
export function actionBlocker(action: PanelAction, role: Role | null, target: { record: boolean; area: boolean; region: boolean }): { key: MessageKey; params?: Record<string, string> } | null {
  const need = action.role ?? 'operator';
  if (!role || !roleAtLeast(role, need)) return { key: 'panels.action.needRole', params: { role: need } };
  if (action.target === 'record' && !target.record) return { key: 'panels.action.needRecord' };
  if (action.target === 'area' && !target.area) return { key: 'panels.action.needArea' };
  if (action.target === 'region' && !target.region) return { key: 'panels.action.needRecord' };
  return null;
}

function ActionForm({ def, action, onDone }: { def: PanelDefinition; action: PanelAction; onDone: (message: string) => void }) {
  const t = useT();
  const bi = useBi();
  const { api } = useStores();
  const { byKey } = usePanelView(def);
  const selected = usePanelUi((s) => (s.selected?.panelId === def.id ? s.selected.key : null));
  const aoi = usePanelUi((s) => s.aoi);
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = () => {
    const props: Record<string, unknown> = { panelId: def.id, actionId: action.id };
    for (const f of action.fields) {
      const raw = (values[f.key] ?? '').trim();
      if (f.required && raw === '') return setError(t('panels.action.required', { field: bi(f.label) }));
      if (raw === '') continue;
      props[f.key] = f.type === 'number' ? Number(raw) : f.type === 'date' ? Date.parse(raw) : raw.slice(0, f.maxLength ?? 2000);
    }
    const record = selected ? byKey.get(selected) : undefined;
    let geometry: OpsSubmitArgs['geometry'] = null;
    if (action.target === 'record' && record) {
      props['recordKey'] = record.key;
      geometry = record.geometry;
    }
    if (action.target === 'area' && aoi) {
      props['area'] = compactAreaGeometry(aoi.geometry);
      props['areaLabel'] = aoi.label;
    }
    if (action.target === 'region') {
      const code = (def.regionKey && record ? record.props[def.regionKey] : null) ?? (aoi?.spec.type === 'region' ? aoi.spec.code : null);
      props['regionCode'] = code;
    }
    const args: OpsSubmitArgs = { stream: action.stream, kind: action.kind, key: `${def.id}:${action.id}:${newId()}`, op: 'upsert', geometry, props };
    setBusy(true);
    api.invoke('ops:submit', args).then(
      (r) => onDone(t('panels.action.sent', { id: r.id })),
      (err: unknown) => setError(String(err)),
    ).finally(() => setBusy(false));
  };

  return (
    <form className="panel-action-form" data-testid={`panel-action-form-${action.id}`} onSubmit={(e) => (e.preventDefault(), submit())}>
      {action.fields.map((f) => (
        <label key={f.key}>
          {bi(f.label)}
          {f.required ? ' *' : ''}
          {f.type === 'enum' ? (
            <select data-field={f.key} value={values[f.key] ?? ''} onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}>
              <option value="" />
              {(f.values ?? []).map((v) => (
                <option key={v.value} value={v.value}>
                  {bi(v.label)}
                </option>
              ))}
            </select>
          ) : (
            <input data-field={f.key} type={f.type === 'number' ? 'number' : f.type === 'date' ? 'datetime-local' : 'text'} maxLength={f.maxLength} value={values[f.key] ?? ''} onChange={(e) => setValues({ ...values, [f.key]: e.target.value })} />
          )}
        </label>
      ))}
      {error && <p className="panel-error">{error}</p>}
      <div className="panel-form-buttons">
        <button type="submit" data-testid="panel-action-submit" disabled={busy}>
          {t('panels.action.submit')}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {t('panels.action.cancel')}
        </button>
      </div>
    </form>
  );
}

export function PanelActions({ def }: { def: PanelDefinition }) {
  const t = useT();
  const bi = useBi();
  const user = useHubUser();
  const { byKey } = usePanelView(def);
  const selected = usePanelUi((s) => (s.selected?.panelId === def.id ? s.selected.key : null));
  const aoi = usePanelUi((s) => s.aoi);
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (def.actions.length === 0) return null;
  const record = selected ? byKey.get(selected) : undefined;
  const target = { record: record !== undefined, area: aoi !== null, region: Boolean((def.regionKey && record?.props[def.regionKey]) || aoi?.spec.type === 'region') };
  const action = def.actions.find((a) => a.id === open);
  return (
    <div className="panel-actions" data-testid="panel-actions">
      <span className="muted">{t('panels.actions')}</span>
      {def.actions.map((a) => {
        const blocker = actionBlocker(a, user?.role ?? null, target);
        const why = blocker ? t(blocker.key, blocker.params?.['role'] ? { role: t(`panels.role.${blocker.params['role'] as Role}`) } : undefined) : undefined;
        return (
          <button key={a.id} type="button" data-action={a.id} disabled={blocker !== null} title={why} aria-pressed={open === a.id} onClick={() => (setOpen(open === a.id ? null : a.id), setMessage(null))}>
            {bi(a.label)}
          </button>
        );
      })}
      {action && <ActionForm def={def} action={action} onDone={(m) => (setOpen(null), setMessage(m || null))} />}
      {message && (
        <p className="muted" data-testid="panel-action-message">
          {message}
        </p>
      )}
    </div>
  );
}

/**
 * Hub settings: the embedded demo hub, or a remote hub's address and the user's token. The token
 * field always starts empty (the core only ever returns it masked) and is a password field; the
 * result of `hub:connect` (the new status, a refusal or an error) is shown in the dialog.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { HubConnection } from '../../main/common/settings';
import { useLive, useStores, useT, useUi } from './stores';

const URL_PATTERN = /^(https?|wss?):\/\/[^\s/]+/i;

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok' } | { kind: 'error'; message: string };

export function HubDialog() {
  const t = useT();
  const { ui, api, live } = useStores();
  const open = useUi((s) => s.hubDialogOpen);
  const feeds = useLive((s) => s.feeds);
  const [mode, setMode] = useState<'demo' | 'remote'>('demo');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  // Each opening starts from the current connection; the token is never filled in.
  useEffect(() => {
    if (!open) return;
    const hub = live.getState().feeds?.hub;
    setMode(hub?.mode === 'remote' ? 'remote' : 'demo');
    setUrl(hub?.url ?? '');
    setToken('');
    setOutcome({ kind: 'idle' });
  }, [open, live]);

  if (!open) return null;
  const close = () => ui.getState().setHubDialogOpen(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let target: HubConnection;
    if (mode === 'demo') target = { mode: 'demo' };
    else {
      if (!URL_PATTERN.test(url.trim()) || token.length === 0) {
        setOutcome({ kind: 'error', message: t('hub.needUrl') });
        return;
      }
      target = { mode: 'remote', url: url.trim(), token };
    }
    setOutcome({ kind: 'busy' });
    try {
      const status = await api.invoke('hub:connect', target);
      live.getState().setFeeds(status);
      setToken('');
      setOutcome(status.hub.refusal ? { kind: 'error', message: t('hub.refused', { message: status.hub.refusal.message }) } : { kind: 'ok' });
    } catch (err) {
      setOutcome({ kind: 'error', message: t('hub.error', { message: err instanceof Error ? err.message : String(err) }) });
    }
  };

  const refusal = feeds?.hub.refusal;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('hub.title')} onClick={close}>
      <form className="dialog hub-dialog" data-testid="hub-dialog" onClick={(e) => e.stopPropagation()} onSubmit={(e) => void submit(e)}>
        <h2>{t('hub.title')}</h2>
        {feeds && (
          <p className="muted" data-testid="hub-current">
            {t('hub.current', { mode: t(`hub.mode.${feeds.hub.mode}`), state: t(`feeds.hub.${feeds.hub.state}`) })}
            {feeds.hub.url ? ` · ${feeds.hub.url}` : ''}
          </p>
        )}
        <label className="choice">
          <input type="radio" name="hub-mode" value="demo" checked={mode === 'demo'} onChange={() => setMode('demo')} />
          {t('hub.demo')}
        </label>
        <label className="choice">
          <input type="radio" name="hub-mode" value="remote" checked={mode === 'remote'} onChange={() => setMode('remote')} />
          {t('hub.remote')}
        </label>
        <fieldset disabled={mode !== 'remote'} className="remote-fields">
          <label>
            {t('hub.url')}
            <input type="url" value={url} placeholder="wss://hub.example:8443" autoComplete="off" spellCheck={false} onChange={(e) => setUrl(e.target.value)} />
          </label>
          <label>
            {t('hub.token')}
            <input type="password" value={token} autoComplete="off" onChange={(e) => setToken(e.target.value)} />
          </label>
          <p className="muted small">{t('hub.tokenHint')}</p>
        </fieldset>
        {outcome.kind === 'error' && (
          <p className="hub-error" role="alert">
            {outcome.message}
          </p>
        )}
        {outcome.kind === 'ok' && <p role="status">{t('hub.switched')}</p>}
        {outcome.kind !== 'error' && refusal && (
          <p className="hub-error" role="alert">
            {t('hub.refused', { message: refusal.message })}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="submit" disabled={outcome.kind === 'busy'}>
            {outcome.kind === 'busy' ? t('hub.connecting') : t('hub.connect')}
          </button>
          <button type="button" onClick={close}>
            {t('hub.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

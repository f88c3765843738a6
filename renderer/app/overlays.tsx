/** The keyboard help (?), the data sources (about) and the "disconnected from core" banner. */
import type { AppInfo } from '../../main/common/ipc-contract';
import { SHORTCUTS } from './shortcuts';
import { useStores, useT, useUi } from './stores';

export function HelpOverlay() {
  const t = useT();
  const { ui } = useStores();
  const open = useUi((s) => s.helpOpen);
  if (!open) return null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('help.title')} onClick={() => ui.getState().setHelpOpen(false)}>
      <div className="dialog" onClick={(e) => e.stopPropagation()}>
        <h2>{t('help.title')}</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td>
                  {s.keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </td>
                <td>{t(s.help)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => ui.getState().setHelpOpen(false)}>
          {t('help.close')}
        </button>
      </div>
    </div>
  );
}

export function AboutOverlay({ info }: { info: AppInfo | null }) {
  const t = useT();
  const { ui } = useStores();
  const open = useUi((s) => s.aboutOpen);
  if (!open) return null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('about.title')} onClick={() => ui.getState().setAboutOpen(false)}>
      <div className="dialog" onClick={(e) => e.stopPropagation()}>
        <h2>{t('about.title')}</h2>
        <ul className="attributions">
          {(info?.attributions ?? []).map((a) => (
            <li key={a.name}>
              <strong>{a.name}</strong> — {a.attribution}
              <div className="muted">
                {t('about.licence')}: {a.licence} · <span className="mono">{a.url}</span>
              </div>
            </li>
          ))}
        </ul>
        {info && <p className="muted">Situation Room {info.version} · {info.shell}</p>}
        <button type="button" onClick={() => ui.getState().setAboutOpen(false)}>
          {t('about.close')}
        </button>
      </div>
    </div>
  );
}

export function ConnectionBanner() {
  const t = useT();
  const connection = useUi((s) => s.connection);
  if (connection === 'connected') return null;
  return (
    <div className="connection-banner" role="alert" data-connection={connection}>
      {connection === 'connecting' ? t('conn.connecting') : t('conn.disconnected')}
    </div>
  );
}

/**
 * Detached panel windows: the renderer opens `index.html?panel=<id>` of its own origin with
 * `window.open`; the shell allows exactly that (any other window.open stays denied) and opens it as a
 * real BrowserWindow with the same secure options and preload as the main window, so it can be moved
 * to another monitor. Plain functions, testable under Node.
 */
import { APP_ORIGIN } from './app-origin.js';
import { windowOptions, type MainWindowOptions } from './window-options.js';

/** The panel id when `url` is a detached-panel page of the app, else null. */
export function panelWindowId(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== APP_ORIGIN && `${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null;
  if (parsed.username || parsed.password || parsed.port || parsed.hash) return null;
  if (parsed.pathname !== '/index.html' && parsed.pathname !== '/') return null;
  const keys = [...parsed.searchParams.keys()];
  if (keys.length !== 1 || keys[0] !== 'panel') return null;
  const id = parsed.searchParams.get('panel') ?? '';
  return /^[a-z0-9-]{1,64}$/.test(id) ? id : null;
}

/** What `setWindowOpenHandler` answers for a window.open of `url`. */
export type WindowOpenDecision = { action: 'deny' } | { action: 'allow'; overrideBrowserWindowOptions: Omit<MainWindowOptions, 'show'> & { show: true } };

export function windowOpenDecision(url: string, preloadPath: string): WindowOpenDecision {
  const id = panelWindowId(url);
  if (!id) return { action: 'deny' };
  return { action: 'allow', overrideBrowserWindowOptions: { ...windowOptions(preloadPath, { width: 960, height: 720 }), show: true, title: `Situation Room — ${id}` } };
}

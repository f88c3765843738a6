/**
 * The renderer's origin in Electron and what may talk to main or navigate: only pages served by our
 * own `app://sitroom/` handler.
 */
import { resolveStaticPath, type StaticRoots } from '../../core/web/static-path.js';

export const APP_SCHEME = 'app';
export const APP_HOST = 'sitroom';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Whether a URL string belongs to the app origin (exact scheme and host, no credentials or port). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '' && parsed.port === '';
}

/** Only frames loaded from app://sitroom/ may invoke the contract (not an injected or navigated frame). */
export function isAllowedSender(frameUrl: string | undefined | null): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}

/** Navigation away from the app is never allowed; within the app origin it is (a reload). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Map an `app://sitroom/…` URL to a file under the renderer or geo-data folder, or null (404).
 * The path is taken from the URL string as sent, before any URL normalisation, so `..` and `%2e%2e`
 * are refused rather than silently folded away.
 */
export function resolveAppPath(roots: StaticRoots, url: string): string | null {
  const prefix = `${APP_ORIGIN}/`;
  if (!url.toLowerCase().startsWith(prefix)) return null;
  const rest = url.slice(prefix.length - 1);
  const cut = rest.search(/[?#]/);
  const rawPath = cut === -1 ? rest : rest.slice(0, cut);
  return resolveStaticPath(roots, rawPath);
}

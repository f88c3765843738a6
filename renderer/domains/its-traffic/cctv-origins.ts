/**
 * Camera URLs are opened only from the configured origins (settings `its.cctvOrigins`): the viewer
 * decides here before it creates any <img>/<video>, so a URL from another origin is never requested
 * (the CSP, which admits exactly the same origins, is the second line of defence).
 */

/** Whether and how a camera URL may be loaded. */
export type CameraUrlDecision =
  | { ok: true; url: string; origin: string }
  | { ok: false; reason: 'bad-url'; origin: null }
  | { ok: false; reason: 'not-configured'; origin: string };

/** `scheme://host[:port]` of a URL, lower-cased as browsers compare it; null when it is not http(s). */
function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Decide on a camera URL against the configured origins (exact origin match: scheme, host and port). */
export function decideCameraUrl(url: string, configured: readonly string[]): CameraUrlDecision {
  const origin = originOf(url);
  if (origin === null) return { ok: false, reason: 'bad-url', origin: null };
  const allowed = new Set(configured.map(originOf).filter((o): o is string => o !== null));
  return allowed.has(origin) ? { ok: true, url, origin } : { ok: false, reason: 'not-configured', origin };
}

/**
 * The `app://sitroom/` origin: the renderer and geo-data are served by our handler, never via file://,
 * with the CSP header on every response. The logic is policy/app-response.ts (tested under Node).
 */
import { protocol } from 'electron';
import type { StaticRoots } from '../core/web/static-path.js';
import { APP_SCHEME } from './policy/app-origin.js';
import { appProtocolResponse } from './policy/app-response.js';
import { buildCsp } from './policy/csp.js';

/** Must run before `app.whenReady()`: privileges cannot be granted later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true, codeCache: true } },
  ]);
}

/** Serve the app origin from the given folders; `mediaOrigins`: the configured camera origins (its.cctvOrigins). */
export function handleAppProtocol(roots: StaticRoots, mediaOrigins: readonly string[] = []): void {
  const csp = buildCsp({ mediaOrigins });
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(roots, csp, request));
}

/**
 * The `app://sitroom/` origin: the renderer and geo-data are served by our handler, never via file://,
 * with the CSP header on every response. Path resolution is policy/app-origin.ts (tested under Node).
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import type { StaticRoots } from '../core/web/static-path.js';
import { contentTypeFor } from '../core/web/mime.js';
import { APP_SCHEME, resolveAppPath } from './policy/app-origin.js';
import { buildCsp } from './policy/csp.js';

/** Must run before `app.whenReady()`: privileges cannot be granted later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true, codeCache: true } },
  ]);
}

/** Serve the app origin from the given folders. */
export function handleAppProtocol(roots: StaticRoots): void {
  const csp = buildCsp();
  protocol.handle(APP_SCHEME, async (request) => {
    const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('method not allowed', { status: 405, headers });
    const file = resolveAppPath(roots, request.url);
    if (!file) return new Response('not found', { status: 404, headers });
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { ...headers, 'Content-Type': contentTypeFor(file) } });
    } catch {
      return new Response('not found', { status: 404, headers });
    }
  });
}

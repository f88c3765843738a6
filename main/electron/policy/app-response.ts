/**
 * The answer to one `app://sitroom/…` request, as a fetch Response: the file under the app's folders
 * with its content type and the CSP, or 404/405. Plain function (Node has Response too), so the Electron
 * protocol handler only forwards requests here.
 */
import { readFile } from 'node:fs/promises';
import { contentTypeFor } from '../../core/web/mime.js';
import type { StaticRoots } from '../../core/web/static-path.js';
import { resolveAppPath } from './app-origin.js';

/** The parts of a Request this needs. */
export interface AppRequest {
  method: string;
  url: string;
}

export async function appProtocolResponse(roots: StaticRoots, csp: string, request: AppRequest): Promise<Response> {
  const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('method not allowed', { status: 405, headers: { ...headers, Allow: 'GET, HEAD' } });
  const file = resolveAppPath(roots, request.url);
  if (!file) return new Response('not found', { status: 404, headers });
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return new Response('not found', { status: 404, headers });
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: { ...headers, 'Content-Type': contentTypeFor(file) } });
}

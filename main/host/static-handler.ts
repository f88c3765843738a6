/** Serves the built renderer and the geo-data over HTTP, with the renderer's CSP on every response. */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeFor } from '../core/web/mime.js';
import { requestPath, resolveStaticPath, type StaticRoots } from '../core/web/static-path.js';

/** Headers on every response. The page URL carries the session secret, so it must never leak as a referrer. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/** Answer one static request. */
export function serveStatic(req: IncomingMessage, res: ServerResponse, roots: StaticRoots, headers: Record<string, string>): void {
  const send = (status: number, text: string): void => {
    res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(text);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(405, 'method not allowed');
    return;
  }
  const file = resolveStaticPath(roots, requestPath(req.url ?? '/'));
  if (!file) {
    send(404, 'not found');
    return;
  }
  // The page itself is small and may change with a rebuild; hashed assets and data are cacheable per session.
  const cache = file.endsWith('.html') ? 'no-store' : 'no-cache';
  res.writeHead(200, { ...headers, 'Content-Type': contentTypeFor(file), 'Cache-Control': cache });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

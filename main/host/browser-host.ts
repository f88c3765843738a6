/**
 * The browser host: the built renderer and the IPC contract served on 127.0.0.1, for wall displays,
 * thin clients and the end-to-end tests. The URL it returns carries the per-launch secret.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/create-core.js';
import { buildCsp } from '../core/web/csp.js';
import type { StaticRoots } from '../core/web/static-path.js';
import { newSessionSecret } from './session-secret.js';
import { securityHeaders, serveStatic } from './static-handler.js';
import { createWsIpc } from './ws-ipc.js';

/** What the host needs. */
export interface BrowserHostOptions {
  core: Core;
  roots: StaticRoots;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed secret (tests); a fresh random one otherwise. */
  secret?: string;
}

/** A running host. */
export interface BrowserHost {
  /** `http://127.0.0.1:<port>/?secret=<hex>`: what an operator opens. */
  url: string;
  /** `http://127.0.0.1:<port>`: the only origin allowed to connect. */
  origin: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

export async function startBrowserHost(opts: BrowserHostOptions): Promise<BrowserHost> {
  const secret = opts.secret ?? newSessionSecret();
  let origin = '';
  let headers: Record<string, string> = {};
  const ws = createWsIpc(opts.core, () => origin, secret);

  const server: Server = createServer((req, res) => {
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 would send its own Host.
    if (req.headers.host !== origin.slice('http://'.length)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('misdirected request');
      return;
    }
    serveStatic(req, res, opts.roots, headers);
  });
  server.on('upgrade', (req, socket, head) => ws.handleUpgrade(req, socket, head));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${LOOPBACK}:${port}`;
  // Camera origins from the settings file (read at start; `settings:update` cannot change them).
  const its = (await opts.core.handlers['settings:get']({})).its;
  headers = securityHeaders(buildCsp({ connectOrigins: [`ws://${LOOPBACK}:${port}`], mediaOrigins: its?.cctvOrigins ?? [] }));

  return {
    url: `${origin}/?secret=${secret}`,
    origin,
    port,
    secret,
    async close() {
      await ws.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

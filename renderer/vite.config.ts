/* eslint-disable no-restricted-imports -- build configuration: runs under Node at build time and is never bundled into the renderer. */
/**
 * Builds the renderer into dist/renderer (base './' so it works under app:// and the browser host).
 * `vite dev` and `vite preview` also serve geo-data/out at /geo/, as both hosts do. No Node polyfills: the renderer
 * runs in a sandboxed page and talks to the core only through the IPC contract.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const geoRoot = resolve(here, '../geo-data/out');

const TYPES: Record<string, string> = { '.json': 'application/json', '.geojson': 'application/geo+json', '.pbf': 'application/x-protobuf' };

/** Dev-server only: /geo/<path> → geo-data/out/<path>, refusing anything outside that folder. */
function serveGeoData(): Plugin {
  const handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = normalize(join(geoRoot, path));
    if (!file.startsWith(geoRoot + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'sitroom-serve-geo-data',
    configureServer: (server) => void server.middlewares.use('/geo/', handler),
    configurePreviewServer: (server) => void server.middlewares.use('/geo/', handler),
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), serveGeoData()],
  build: {
    outDir: resolve(here, '../dist/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    // Fonts stay files (font-src 'self'); maplibre is one large chunk by nature.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    sourcemap: false,
  },
  server: { host: '127.0.0.1', fs: { allow: [resolve(here, '..')] } },
});

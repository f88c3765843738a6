// The browser host's CSP admits exactly the camera origins of the settings (its.cctvOrigins) for
// images, media and fetch (hls.js), and nothing else. The core is reduced to the one handler the host reads at start.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../core/create-core.js';
import { getDefaultSettings, type Settings } from '../common/settings.js';
import { startBrowserHost } from './browser-host.js';

function fakeCore(settings: Settings): Core {
  const handlers = { 'settings:get': async () => settings } as unknown as Core['handlers'];
  return { handlers, on: () => () => undefined, close: async () => undefined };
}

function cspOf(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/' }, (res) => {
      res.resume();
      resolve(String(res.headers['content-security-policy'] ?? ''));
    });
    req.on('error', reject);
    req.end();
  });
}

const directive = (csp: string, name: string): string[] => csp.split('; ').find((d) => d.startsWith(`${name} `))?.split(' ').slice(1) ?? [];

describe('browser host CSP and camera origins', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'sitroom-host-csp-'));
    mkdirSync(join(tmp, 'renderer'), { recursive: true });
    writeFileSync(join(tmp, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('admits the configured camera origins for img and media, and only those', async () => {
    const settings = { ...getDefaultSettings(), its: { cctvOrigins: ['http://127.0.0.1:8123', 'https://cctv.example.go.kr'] } };
    const host = await startBrowserHost({ core: fakeCore(settings), roots: { renderer: join(tmp, 'renderer'), geo: tmp } });
    try {
      const csp = await cspOf(host.port);
      expect(directive(csp, 'img-src')).toEqual(["'self'", 'data:', 'blob:', 'http://127.0.0.1:8123', 'https://cctv.example.go.kr']);
      expect(directive(csp, 'media-src')).toEqual(["'self'", 'blob:', 'http://127.0.0.1:8123', 'https://cctv.example.go.kr']);
      // hls.js fetches playlists and segments (connect-src) and runs without a worker: no blob: workers.
      expect(directive(csp, 'connect-src')).toEqual(expect.arrayContaining(['http://127.0.0.1:8123', 'https://cctv.example.go.kr']));
      expect(directive(csp, 'worker-src')).toEqual(["'self'"]);
    } finally {
      await host.close();
    }
  });

  it('admits no camera origin when none is configured', async () => {
    const host = await startBrowserHost({ core: fakeCore(getDefaultSettings()), roots: { renderer: join(tmp, 'renderer'), geo: tmp } });
    try {
      const csp = await cspOf(host.port);
      expect(directive(csp, 'img-src')).toEqual(["'self'", 'data:', 'blob:']);
      expect(directive(csp, 'media-src')).toEqual(["'self'", 'blob:']);
    } finally {
      await host.close();
    }
  });
});

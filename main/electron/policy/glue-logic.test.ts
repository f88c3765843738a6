// The logic behind the Electron protocol handler and ipcMain binding, run under Node.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InvokeHandlers } from '../../common/ipc-contract.js';
import { getDefaultSettings } from '../../common/settings.js';
import { appProtocolResponse } from './app-response.js';
import { buildCsp } from './csp.js';
import { guardedInvoke } from './ipc-guard.js';

let base: string;
let roots: { renderer: string; geo: string };
const csp = buildCsp();

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'sitroom-glue-'));
  roots = { renderer: join(base, 'renderer'), geo: join(base, 'geo') };
  mkdirSync(join(roots.renderer, 'assets'), { recursive: true });
  mkdirSync(join(roots.geo, 'glyphs'), { recursive: true });
  writeFileSync(join(roots.renderer, 'index.html'), '<!doctype html><p>app</p>');
  writeFileSync(join(roots.renderer, 'assets', 'maplibre-gl-worker.mjs'), 'export {}');
  writeFileSync(join(roots.geo, 'glyphs', '0-255.pbf'), Buffer.from([1, 2, 3]));
  writeFileSync(join(base, 'outside.txt'), 'no');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// responses', () => {
  it('serves files with their type and the CSP', async () => {
    const page = await appProtocolResponse(roots, csp, { method: 'GET', url: 'app://sitroom/' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(csp);
    expect(await page.text()).toContain('<p>app</p>');
    const worker = await appProtocolResponse(roots, csp, { method: 'GET', url: 'app://sitroom/assets/maplibre-gl-worker.mjs' });
    expect(worker.headers.get('content-type')).toMatch(/^text\/javascript/);
    const glyphs = await appProtocolResponse(roots, csp, { method: 'GET', url: 'app://sitroom/geo/glyphs/0-255.pbf' });
    expect(glyphs.headers.get('content-type')).toBe('application/x-protobuf');
    expect([...new Uint8Array(await glyphs.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('answers 404 with the CSP to traversal attempts and 405 to other methods', async () => {
    for (const url of ['app://sitroom/../outside.txt', 'app://sitroom/%2e%2e/outside.txt', 'app://sitroom/geo/..%2f..%2foutside.txt']) {
      const r = await appProtocolResponse(roots, csp, { method: 'GET', url });
      expect(r.status).toBe(404);
      expect(r.headers.get('content-security-policy')).toBe(csp);
    }
    expect((await appProtocolResponse(roots, csp, { method: 'POST', url: 'app://sitroom/' })).status).toBe(405);
  });
});

describe('ipcMain guard', () => {
  let calls = 0;
  const handlers = {
    'region:at': async () => {
      calls += 1;
      return null;
    },
    'settings:get': async () => getDefaultSettings(),
  } as unknown as InvokeHandlers;

  it('calls the core only for the app frame with valid arguments', async () => {
    await expect(guardedInvoke(handlers, 'region:at', 'app://sitroom/index.html', { lon: 127, lat: 37 })).resolves.toBeNull();
    expect(calls).toBe(1);
  });

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'app://other/', null, undefined])('refuses a message from %s', async (frame) => {
    await expect(guardedInvoke(handlers, 'region:at', frame, { lon: 127, lat: 37 })).rejects.toThrow(/refused region:at/);
    expect(calls).toBe(1);
  });

  it('validates arguments from the app frame too', async () => {
    await expect(guardedInvoke(handlers, 'region:at', 'app://sitroom/', { lon: 'x', lat: 37 })).rejects.toThrow(/invalid arguments/);
    expect(calls).toBe(1);
  });
});

// The browser host against the real core (real geo-data, settings in a temp folder) and real sockets.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { WsServerMessage } from '../common/ws-protocol.js';
import { defaultAppDirs } from '../core/app-paths.js';
import { createCore, type Core } from '../core/create-core.js';
import { startBrowserHost, type BrowserHost } from './browser-host.js';
import { MAX_MESSAGE_BYTES } from './ws-ipc.js';

let tmp: string;
let core: Core;
let host: BrowserHost;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'sitroom-host-'));
  const renderer = join(tmp, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(renderer, 'assets', 'worker.mjs'), 'export {}');
  writeFileSync(join(tmp, 'outside.txt'), 'secret');
  const { geoDataDir } = defaultAppDirs();
  core = await createCore({ dataDir: join(tmp, 'data'), geoDataDir, shell: 'browser-host' });
  host = await startBrowserHost({ core, roots: { renderer, geo: geoDataDir } });
});

afterAll(async () => {
  await host.close();
  await core.close();
  rmSync(tmp, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Try to open the IPC socket; resolves with the socket or the HTTP status it was refused with. */
function connect(opts: { origin?: string; secret?: string | null; path?: string }): Promise<{ ws: WebSocket } | { status: number }> {
  const secret = opts.secret === undefined ? host.secret : opts.secret;
  const url = `ws://127.0.0.1:${host.port}${opts.path ?? '/ipc'}${secret === null ? '' : `?secret=${secret}`}`;
  const ws = new WebSocket(url, { origin: opts.origin ?? host.origin });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', reject);
  });
}

async function open(): Promise<WebSocket> {
  const r = await connect({});
  if (!('ws' in r)) throw new Error(`refused with ${r.status}`);
  return r.ws;
}

function nextMessage(ws: WebSocket, match: (m: WsServerMessage) => boolean = () => true): Promise<WsServerMessage> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData): void => {
      const msg = JSON.parse(data.toString()) as WsServerMessage;
      if (match(msg)) {
        ws.off('message', onMessage);
        resolve(msg);
      }
    };
    ws.on('message', onMessage);
  });
}

async function invoke(ws: WebSocket, id: number, channel: string, args: unknown): Promise<WsServerMessage> {
  const reply = nextMessage(ws, (m) => m.t === 'result' && m.id === id);
  ws.send(JSON.stringify({ t: 'invoke', id, channel, args }));
  return reply;
}

describe('browser host', () => {
  it('listens on 127.0.0.1 and prints a URL with a 64-hex secret', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?secret=[0-9a-f]{64}$/);
  });

  it('serves the renderer with the CSP and no-referrer headers, and JS modules as JavaScript', async () => {
    const page = await get('/?secret=x');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>t</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    expect(page.headers['content-security-policy']).toContain(`ws://127.0.0.1:${host.port}`);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect((await get('/assets/worker.mjs')).headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('serves geo-data under /geo/', async () => {
    const manifest = await get('/geo/manifest.json');
    expect(manifest.status).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/json/);
  });

  it.each(['/../outside.txt', '/%2e%2e/outside.txt', '/geo/..%2f..%2fpackage.json', '/assets%5c..%5c..%5coutside.txt', '/geo/%2e%2e/%2e%2e/package.json'])('answers 404 to %s', async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  it('refuses requests for another Host name (DNS rebinding)', async () => {
    expect((await get('/', { host: `evil.example:${host.port}` })).status).toBe(421);
  });

  it('refuses a WebSocket from another origin, even with the right secret', async () => {
    expect(await connect({ origin: 'http://evil.example' })).toEqual({ status: 403 });
    expect(await connect({ origin: `http://localhost:${host.port}` })).toEqual({ status: 403 });
  });

  it('refuses a WebSocket with a wrong or missing secret', async () => {
    expect(await connect({ secret: null })).toEqual({ status: 403 });
    expect(await connect({ secret: '' })).toEqual({ status: 403 });
    expect(await connect({ secret: host.secret.slice(0, -1) + (host.secret.endsWith('0') ? '1' : '0') })).toEqual({ status: 403 });
    expect(await connect({ secret: host.secret + '00' })).toEqual({ status: 403 });
  });

  it('refuses other upgrade paths', async () => {
    expect(await connect({ path: '/other' })).toEqual({ status: 403 });
  });

  it('answers region:at over the socket with the right origin and secret', async () => {
    const ws = await open();
    const reply = await invoke(ws, 1, 'region:at', { lon: 126.9784, lat: 37.5796 });
    ws.close();
    expect(reply).toMatchObject({ t: 'result', id: 1, ok: true, result: { sido: { name: '서울특별시' }, sigungu: { name: '종로구', code: '11110', sgisCode: '11010' } } });
  });

  it('answers invalid arguments and unknown channels with an error result', async () => {
    const ws = await open();
    expect(await invoke(ws, 2, 'region:at', { lon: 126.9, lat: 200 })).toMatchObject({ id: 2, ok: false, error: expect.stringMatching(/invalid arguments for region:at/) });
    expect(await invoke(ws, 3, 'region:at', { lon: 126.9, lat: 37, extra: 1 })).toMatchObject({ id: 3, ok: false });
    expect(await invoke(ws, 4, 'fs:read', { path: '/etc/passwd' })).toMatchObject({ id: 4, ok: false, error: expect.stringMatching(/unknown channel/) });
    expect(await invoke(ws, 5, 'constructor', {})).toMatchObject({ id: 5, ok: false, error: expect.stringMatching(/unknown channel/) });
    ws.close();
  });

  it('closes a connection that sends a malformed or oversized message', async () => {
    const ws1 = await open();
    const closed1 = new Promise<number>((r) => ws1.once('close', (code) => r(code)));
    ws1.send('{"t":"hello"}');
    expect(await closed1).toBe(1008);
    const ws2 = await open();
    const closed2 = new Promise<number>((r) => ws2.once('close', (code) => r(code)));
    ws2.send(JSON.stringify({ t: 'invoke', id: 9, channel: 'region:search', args: { query: 'x'.repeat(MAX_MESSAGE_BYTES) } }));
    expect(await closed2).toBe(1009);
  });

  it('pushes settings:changed to connected clients', async () => {
    const ws = await open();
    const event = nextMessage(ws, (m) => m.t === 'event');
    expect(await invoke(ws, 10, 'settings:update', { theme: 'light' })).toMatchObject({ ok: true, result: { theme: 'light' } });
    expect(await event).toMatchObject({ t: 'event', channel: 'settings:changed', payload: { theme: 'light' } });
    ws.close();
  });
});

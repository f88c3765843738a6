// End to end, the ITS roadside layers in Debian's Chromium: a standalone hub and one app instance whose
// settings file configures one camera origin (a tiny HTTP server of this test). Events go to the hub
// through its admin hook. Proves, on one page:
// - an incident is drawn with its kind's icon (pixels of the accident colour where it is) and a click
//   opens its card (lanes blocked, start in KST, message as text); its full closure marks its link;
// - a variable message sign's current text is rendered on the map;
// - a camera on the configured origin shows its still (loaded from that server); a camera on another
//   origin is refused with a visible message and that origin receives no request at all;
// - a live HLS camera on the configured origin plays through hls.js (its lazily loaded chunk): the
//   playlist and segments are fetched from that server, the manifest is parsed, and frames are decoded
//   (the segments are real H.264 in MPEG-TS, see helpers/hls-fixture.ts: the picture's colour is read
//   back); switching camera destroys the player, so the live playlist is no longer reloaded; a missing
//   playlist (404) shows a message with a retry that asks again.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { startHubWithClients, type HubWithClients } from './helpers/two-clients.js';
import { livePlaylist, tsSegment } from './helpers/hls-fixture.js';
import { ROOT } from './helpers/processes.js';
import { pixelsAround, waitMapIdle } from './helpers/map-page.js';

type HookWindow = Window & { __sitroomMap?: MaplibreMap; __sitroomLive?: () => { counts: Record<string, number> } };

// ---- a tiny PNG, and two camera servers ----
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** A solid-colour RGB PNG of w×h. */
function png(w: number, h: number, rgb: [number, number, number]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

interface CameraServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}
// The live stream: three 2-second segments of 64×48 pure red (BT.601 Y 81, Cb 90, Cr 240) at 5 fps.
const SEGMENTS = ['seg0.ts', 'seg1.ts', 'seg2.ts'];
const segment = (i: number) => tsSegment({ width: 64, height: 48, colour: { y: 81, cb: 90, cr: 240 }, frames: 10, fps: 5, start90k: 90_000 + i * 180_000 });
/** A camera server: stills under /still/, the live stream at /live/cam.m3u8, 404 for anything else. */
async function cameraServer(): Promise<CameraServer> {
  const requests: string[] = [];
  const image = png(64, 36, [0, 158, 115]);
  const media = new Map<string, [string, Buffer]>([
    ['/live/cam.m3u8', ['application/vnd.apple.mpegurl', Buffer.from(livePlaylist(2, SEGMENTS))]],
    ...SEGMENTS.map((name, i): [string, [string, Buffer]] => [`/live/${name}`, ['video/mp2t', segment(i)]]),
  ]);
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    const [type, body] = url.startsWith('/still/') ? ['image/png', image] : (media.get(url) ?? ['text/plain', Buffer.from('not found')]);
    // hls.js fetches cross-origin (the app is served from another origin), so CORS applies.
    res.writeHead(url.startsWith('/still/') || media.has(url) ? 200 : 404, { 'content-type': type, 'content-length': body.length, 'access-control-allow-origin': '*' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

// ---- the events ----
interface LinkFeature {
  properties: { linkId: string; route: number; roadName: string; dir: 'F' | 'B' };
  geometry: { coordinates: [number, number][] };
}
const links = (JSON.parse(readFileSync(join(ROOT, 'geo-data/out/roads/links.geojson'), 'utf8')) as { features: LinkFeature[] }).features;
const mid = (f: LinkFeature): [number, number] => {
  const [a, b] = f.geometry.coordinates;
  return [(a![0] + b![0]) / 2, (a![1] + b![1]) / 2];
};
// A 경부 link near 천안: the incident closes it.
const link = links.filter((f) => f.properties.route === 1 && f.properties.dir === 'B' && mid(f)[1] > 36.75 && mid(f)[1] < 36.85)[0]!;
const at = mid(link);
const P = {
  incident: at,
  vms: [at[0] + 0.06, at[1] + 0.03] as [number, number],
  camOk: [at[0] - 0.06, at[1] - 0.03] as [number, number],
  camOther: [at[0] + 0.06, at[1] - 0.04] as [number, number],
  camHls: [at[0] - 0.06, at[1] + 0.05] as [number, number],
  camMissing: [at[0] - 0.1, at[1] + 0.01] as [number, number],
};
const START = Date.UTC(2026, 10, 26, 23, 40); // 08:40 KST on the 27th
const VMS_TEXT = '전방 3km 사고\n전 차로 통제';
const MESSAGE = '<b>추돌</b> 사고로 부산방향 전 차로 통제';

function envelope(stream: string, key: string, kind: string, props: Record<string, unknown>, point: [number, number]) {
  return { stream, id: `e2e-roadside:${key}`, key, kind, op: 'upsert', ts: START, status: 'actual', geometry: { type: 'Point', coordinates: point }, props, source: 'e2e:its-roadside' };
}

let ok: CameraServer;
let other: CameraServer;
let rig: HubWithClients;
let page: Page;
const requested: string[] = [];
const cspViolations: string[] = [];

beforeAll(async () => {
  ok = await cameraServer();
  other = await cameraServer();
  rig = await startHubWithClients('its-roadside', { users: [{ name: 'kim', role: 'operator' }], settings: { its: { cctvOrigins: [ok.origin] } }, viewport: { width: 1100, height: 760 } });
  await rig.ingest([
    envelope('its.events', 'e2e-incident', 'incident.accident', { kind: 'accident', eventType: 'acc', eventDetailType: '추돌', type: '고속도로', startTs: START, endTs: null, linkId: link.properties.linkId, roadName: link.properties.roadName, roadNo: '1', roadDrcType: '2', lanesBlock: 'full', lanesBlocked: '전차로', message: MESSAGE }, P.incident),
    envelope('its.vms', 'vms:e2e', 'vms.message', { vmsId: 'e2e', name: '경부 천안 VMS', text: VMS_TEXT, linkId: null, roadName: '경부고속도로', updatedTs: START }, P.vms),
    envelope('its.cctv', 'cctv:ok', 'cctv.still', { name: '천안 카메라', kind: 'still', url: `${ok.origin}/still/cheonan.png`, format: 'PNG', resolution: null, roadSectionId: null, fileCreatedTs: null }, P.camOk),
    envelope('its.cctv', 'cctv:other', 'cctv.still', { name: '타 출처 카메라', kind: 'still', url: `${other.origin}/still/other.png`, format: 'PNG', resolution: null, roadSectionId: null, fileCreatedTs: null }, P.camOther),
    envelope('its.cctv', 'cctv:hls', 'cctv.live-hls', { name: '천안 실시간', kind: 'live-hls', url: `${ok.origin}/live/cam.m3u8`, format: 'HLS', resolution: null, roadSectionId: null, fileCreatedTs: null }, P.camHls),
    envelope('its.cctv', 'cctv:missing', 'cctv.live-hls', { name: '없는 스트림', kind: 'live-hls', url: `${ok.origin}/live/missing.m3u8`, format: 'HLS', resolution: null, roadSectionId: null, fileCreatedTs: null }, P.camMissing),
  ]);
  const kim = rig.clients[0]!;
  page = kim.page;
  page.on('request', (r) => requested.push(r.url()));
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && cspViolations.push(m.text()));
  await kim.open();
}, 400_000);

afterAll(async () => {
  await rig?.close();
  await ok?.close();
  await other?.close();
});

const live = (stream: string) => page.evaluate((s) => (window as HookWindow).__sitroomLive?.().counts[s] ?? 0, stream);
const rendered = (layer: string) => page.evaluate((l) => (window as HookWindow).__sitroomMap?.queryRenderedFeatures({ layers: [l] }).map((f) => f.properties) ?? [], layer);


/** Screen point (page coordinates) of a lon/lat. */
const screen = (p: [number, number]) => page.evaluate(([lon, lat]) => {
  const map = (window as HookWindow).__sitroomMap!;
  const r = map.getCanvas().getBoundingClientRect();
  const q = map.project([lon, lat]);
  return { x: r.left + q.x, y: r.top + q.y };
}, p);


/**
 * Clicks a lon/lat on the map: first moves the map so the point sits in the upper right of the canvas
 * (panels and cards dock at the left and bottom), then checks that nothing covers it.
 */
async function clickMap(p: [number, number]): Promise<void> {
  await page.evaluate(([lon, lat]) => {
    const map = (window as HookWindow).__sitroomMap!;
    const c = map.getCanvas();
    const q = map.project([lon, lat]);
    map.panBy([q.x - c.clientWidth * 0.72, q.y - c.clientHeight * 0.35], { duration: 0 });
  }, p);
  await waitMapIdle(page);
  const pt = await screen(p);
  const cover = await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    return el instanceof HTMLCanvasElement ? null : `${el?.tagName ?? 'nothing'}.${el?.className ?? ''} ${el?.closest('[data-testid]')?.getAttribute('data-testid') ?? ''}`;
  }, pt);
  if (cover) {
    await page.screenshot({ path: join(ROOT, 'e2e', 'artifacts', 'its-roadside-covered.png') });
    throw new Error(`the map point is covered by ${cover}`);
  }
  await page.mouse.click(pt.x, pt.y);
}

const near = (px: number[], [r, g, b]: [number, number, number], tol = 30) => {
  let n = 0;
  for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - r) <= tol && Math.abs(px[i + 1]! - g) <= tol && Math.abs(px[i + 2]! - b) <= tol) n++;
  return n;
};

describe('ITS roadside layers (standalone hub, one app instance with a configured camera origin)', () => {
  it('draws the incident with its icon and opens its card; its full closure marks the link', async () => {
    await expect.poll(() => live('its.cctv'), { timeout: 60_000, interval: 1000 }).toBe(4);
    await page.evaluate(([lon, lat]) => (window as HookWindow).__sitroomMap?.jumpTo({ center: [lon, lat], zoom: 10.5 }), at);
    await waitMapIdle(page);
    await page.screenshot({ path: join(ROOT, 'e2e', 'artifacts', 'its-roadside.png') });
    await expect.poll(async () => (await rendered('its-traffic:incidents-icon')).length, { timeout: 60_000, interval: 1000 }).toBe(1);
    // The accident icon is a vermillion triangle (#d55e00): its colour is on screen where the incident is.
    expect(near(await pixelsAround(page, P.incident, 10), [0xd5, 0x5e, 0x00])).toBeGreaterThan(20);
    const closed = await page.evaluate((id) => (window as HookWindow).__sitroomMap?.getFeatureState({ source: 'its-traffic:links-network', id }), link.properties.linkId);
    expect(closed?.['closedInc']).toBe(true);

    await clickMap(P.incident);
    const card = page.locator('[data-testid=its-item-card][data-kind=incident]');
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => card.locator('[data-testid=its-incident-lanes]').textContent()).toBe('전면 통제 · 전차로');
    expect(await card.locator('[data-testid=its-incident-start]').textContent()).toBe('2026-11-27 08:40 KST');
    // The message is text: its markup shows as characters, no <b> element.
    expect(await card.locator('[data-testid=its-incident-message]').textContent()).toBe(MESSAGE);
    expect(await card.locator('[data-testid=its-incident-message] b').count()).toBe(0);
  }, 300_000);

  it('renders the sign\u2019s current text on the map', async () => {
    await expect.poll(async () => (await rendered('its-traffic:vms-text')).map((p) => p?.['text']), { timeout: 30_000, interval: 1000 }).toEqual([VMS_TEXT]);
    await clickMap(P.vms);
    await expect.poll(() => page.locator('[data-testid=its-vms-text]').textContent(), { timeout: 20_000 }).toBe(VMS_TEXT);
  }, 120_000);

  it('shows a still from the configured origin and refuses another origin without requesting it', async () => {
    await expect.poll(async () => (await rendered('its-traffic:cctv-icon')).length, { timeout: 30_000, interval: 1000 }).toBe(4);
    await clickMap(P.camOk);
    const still = page.locator('[data-testid=its-cctv-still]');
    await still.waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 }).toBe(64);
    expect(ok.requests).toContain('/still/cheonan.png');

    await clickMap(P.camOther);
    const refused = page.locator('[data-testid=its-cctv-refused]');
    await refused.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await refused.textContent()).toContain(other.origin);
    expect(await page.locator('[data-testid=its-item-card] img, [data-testid=its-item-card] video').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(other.requests).toEqual([]);
    expect(requested.filter((u) => u.startsWith(other.origin))).toEqual([]);
    expect(rig.clients[0]!.pageErrors).toEqual([]);
  }, 120_000);

  it('plays a live HLS camera through hls.js from the configured origin, stops it on switching camera, and offers a retry on a missing stream', async () => {
    expect(requested.some((u) => /\/hls\.light-[\w-]+\.js$/.test(u))).toBe(false); // not loaded before a live camera is opened
    await clickMap(P.camHls);
    const video = page.locator('[data-testid=its-cctv-hls]');
    await video.waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => video.getAttribute('data-manifest'), { timeout: 30_000 }).toBe('parsed');
    await expect.poll(async () => Number(await video.getAttribute('data-fragments')), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    expect(requested.some((u) => /\/hls\.light-[\w-]+\.js$/.test(u))).toBe(true);
    expect(ok.requests).toContain('/live/cam.m3u8');
    expect(ok.requests).toContain('/live/seg0.ts');
    // Decoded frames: the video has the stream's size, frames were presented, and its picture is red.
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => [v.videoWidth, v.videoHeight]), { timeout: 30_000 }).toEqual([64, 48]);
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.getVideoPlaybackQuality().totalVideoFrames), { timeout: 30_000 }).toBeGreaterThan(0);
    const pixel = await video.evaluate((v: HTMLVideoElement) => {
      const c = document.createElement('canvas');
      c.width = v.videoWidth;
      c.height = v.videoHeight;
      const g = c.getContext('2d')!;
      g.drawImage(v, 0, 0);
      return Array.from(g.getImageData(32, 24, 1, 1).data);
    });
    expect(pixel[0]).toBeGreaterThan(200);
    expect(pixel[1]).toBeLessThan(70);
    expect(pixel[2]).toBeLessThan(70);
    // The live playlist (no ENDLIST) is reloaded while the camera is open.
    const reloads = () => ok.requests.filter((u) => u === '/live/cam.m3u8').length;
    await expect.poll(reloads, { timeout: 20_000, interval: 500 }).toBeGreaterThanOrEqual(2);

    // Switching camera tears hls.js down: no more playlist reloads or segment fetches.
    await clickMap(P.camMissing);
    const failed = page.locator('[data-testid=its-cctv-failed]');
    await failed.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await video.count()).toBe(0);
    expect(await failed.textContent()).toContain('HTTP 404');
    const liveAfterSwitch = ok.requests.filter((u) => u.startsWith('/live/') && u !== '/live/missing.m3u8').length;
    const missingAsked = ok.requests.filter((u) => u === '/live/missing.m3u8').length;
    expect(missingAsked).toBeGreaterThanOrEqual(1);
    // A negative needs a window: hls.js reloads this unchanged live playlist about every second, so 3 s
    // would see two or three reloads had the player leaked.
    await page.waitForTimeout(3000);
    expect(ok.requests.filter((u) => u.startsWith('/live/') && u !== '/live/missing.m3u8').length).toBe(liveAfterSwitch);

    // Retry asks the server again and, still missing, shows the message again.
    await page.locator('[data-testid=its-cctv-retry]').click();
    await expect.poll(() => ok.requests.filter((u) => u === '/live/missing.m3u8').length, { timeout: 30_000 }).toBeGreaterThan(missingAsked);
    await failed.waitFor({ state: 'visible', timeout: 30_000 });
    expect(requested.filter((u) => u.startsWith(other.origin))).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(rig.clients[0]!.pageErrors).toEqual([]);
  }, 180_000);
});

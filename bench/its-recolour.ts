/**
 * ITS benchmark (issue 4): recolouring 10,000 road links in Chromium, feature-state versus `setData`
 * of the same collection, in one run. The page (`bench/its-recolour/`) is built with vite from the
 * app's own road layer module and served from loopback; Debian's Chromium draws it with real
 * maplibre. Per recolour it measures (a) the time until the new colours are on screen (first frame
 * whose sampled line pixels all show the new colour) and until `idle`, and (b) main-thread time:
 * the renderer's CDP `Performance.getMetrics` TaskDuration and ScriptDuration deltas around the
 * recolour (CPU time of the main thread, `threadTicks`), plus long tasks (wall time, which includes
 * waiting for the GPU process). A plain repaint is timed too, for context. The two modes alternate, after one
 * warm-up pair each; the medians count.
 *
 * `npx tsx bench/its-recolour.ts [--reps N]` (default 9, or BENCH_RECOLOUR_REPS; canvas size
 * BENCH_RECOLOUR_SIZE, default 960x600); also part of `npm run bench` (bench/run-all.ts).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../e2e/helpers/chromium.js';
import type { Mode, RepResult, Target } from './its-recolour/page.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const pageRoot = join(here, 'its-recolour');
const outDir = join(here, 'out', 'its-recolour-page');

/** One recolour with the main-thread figures from CDP. */
export interface RecolourRep extends RepResult {
  /** Renderer main-thread task time during the recolour, CPU time (CDP TaskDuration in thread ticks, ms). */
  mainThreadMs: number;
  scriptMs: number;
}

export interface ModeSummary {
  callMs: number;
  screenMs: number;
  idleMs: number;
  mainThreadMs: number;
  scriptMs: number;
  longTaskMs: number;
  frames: number;
}

export interface RecolourSummary {
  links: number;
  /** Size of each map's canvas (CSS px = device px). */
  canvas: { width: number; height: number };
  reps: number;
  samples: Record<Mode, number>;
  median: Record<Mode, ModeSummary>;
  /**
   * setData ÷ feature-state of the medians. `beyondFrame`: derived, the same for the time to screen
   * less one plain repaint of that map (the drawing both need at the end; on this machine's software
   * WebGL a frame alone costs about a second).
   */
  ratios: { screen: number; idle: number; mainThread: number; script: number; beyondFrame: number };
  runs: RecolourRep[];
  /** Context: median ms of one repaint with nothing changed (frame drawn and read back). */
  plainFrameMs: Record<Mode, number>;
  chromium: string;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function buildPage(): Promise<void> {
  await build({
    configFile: false,
    root: pageRoot,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 4000, sourcemap: false },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function measure(page: Page, cdp: CDPSession, mode: Mode, to: Target): Promise<RecolourRep> {
  const before = await metrics(cdp);
  const r = await page.evaluate(([m, t]) => window.__bench!.rep(m, t), [mode, to] as const);
  const after = await metrics(cdp);
  const task = ((after['TaskDuration'] ?? 0) - (before['TaskDuration'] ?? 0)) * 1000;
  const script = ((after['ScriptDuration'] ?? 0) - (before['ScriptDuration'] ?? 0)) * 1000;
  return { ...r, mainThreadMs: task, scriptMs: script };
}

/** Canvas size from BENCH_RECOLOUR_SIZE (`960x600` by default). */
export function canvasSize(spec = process.env.BENCH_RECOLOUR_SIZE ?? '960x600'): { width: number; height: number } {
  const m = /^(\d+)x(\d+)$/.exec(spec);
  if (!m) throw new Error(`BENCH_RECOLOUR_SIZE must look like 960x600, not ${spec}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

export async function benchRecolour(reps = Number(process.env.BENCH_RECOLOUR_REPS ?? 9), canvas = canvasSize()): Promise<RecolourSummary> {
  await buildPage();
  const server = await serve(outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: canvas.width, height: canvas.height * 2 }, deviceScaleFactor: 1 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/?w=${canvas.width}&h=${canvas.height}`);
    await page.waitForFunction(() => window.__bench !== undefined || window.__benchError !== undefined, undefined, { timeout: 300_000, polling: 250 });
    const failed = await page.evaluate(() => window.__benchError);
    if (failed) throw new Error(`benchmark page failed: ${failed}`);
    const info = await page.evaluate(() => ({ links: window.__bench!.links, samples: window.__bench!.samples }));

    // Warm-up pair (shaders, first tile work), not counted; both maps end at A.
    for (const to of ['B', 'A'] as const) for (const mode of ['feature-state', 'set-data'] as const) await measure(page, cdp, mode, to);
    const runs: RecolourRep[] = [];
    for (let i = 0; i < reps; i++) {
      const to: Target = i % 2 === 0 ? 'B' : 'A';
      // Alternate which mode goes first, so neither always follows the other.
      const order: Mode[] = i % 2 === 0 ? ['feature-state', 'set-data'] : ['set-data', 'feature-state'];
      for (const mode of order) runs.push(await measure(page, cdp, mode, to));
    }
    const plainFrame = async (mode: Mode) => {
      const xs: number[] = [];
      for (let i = 0; i < 5; i++) xs.push(await page.evaluate((m) => window.__bench!.frame(m), mode));
      return median(xs);
    };
    const plainFrameMs = { 'feature-state': await plainFrame('feature-state'), 'set-data': await plainFrame('set-data') };
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);

    const summary = (mode: Mode): ModeSummary => {
      const mine = runs.filter((r) => r.mode === mode);
      const pick = (k: keyof ModeSummary) => median(mine.map((r) => r[k]));
      return { callMs: pick('callMs'), screenMs: pick('screenMs'), idleMs: pick('idleMs'), mainThreadMs: pick('mainThreadMs'), scriptMs: pick('scriptMs'), longTaskMs: pick('longTaskMs'), frames: pick('frames') };
    };
    const fs = summary('feature-state');
    const sd = summary('set-data');
    return {
      links: info.links,
      canvas,
      reps,
      samples: info.samples,
      median: { 'feature-state': fs, 'set-data': sd },
      ratios: {
        screen: sd.screenMs / fs.screenMs,
        idle: sd.idleMs / fs.idleMs,
        mainThread: sd.mainThreadMs / fs.mainThreadMs,
        script: sd.scriptMs / fs.scriptMs,
        beyondFrame: (sd.screenMs - plainFrameMs['set-data']) / (fs.screenMs - plainFrameMs['feature-state']),
      },
      runs,
      plainFrameMs,
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

/** Human-readable table of a summary. */
export function formatRecolour(s: RecolourSummary): string {
  const f = (n: number) => n.toFixed(1).padStart(9);
  const lines = [
    `ITS recolour of ${s.links.toLocaleString('en-US')} links in Chromium ${s.chromium}, canvas ${s.canvas.width}×${s.canvas.height}: feature-state vs setData, median of ${s.reps} each (ms)`,
    'mode            call ms  screen ms    idle ms  main-thr ms  script ms  long-task ms  frames',
  ];
  for (const mode of ['feature-state', 'set-data'] as const) {
    const m = s.median[mode];
    lines.push(`${mode.padEnd(13)} ${f(m.callMs)} ${f(m.screenMs)} ${f(m.idleMs)} ${f(m.mainThreadMs).padStart(12)} ${f(m.scriptMs).padStart(10)} ${f(m.longTaskMs).padStart(13)} ${String(m.frames).padStart(7)}`);
  }
  lines.push(`a plain repaint (nothing changed) takes ${s.plainFrameMs['feature-state'].toFixed(1)} / ${s.plainFrameMs['set-data'].toFixed(1)} ms on the two maps`);
  lines.push(
    `ratios setData / feature-state: on screen ${s.ratios.screen.toFixed(1)}× (target ≥ 10×: ${s.ratios.screen >= 10 ? 'met' : 'MISSED'}), idle ${s.ratios.idle.toFixed(1)}×, main-thread ${s.ratios.mainThread.toFixed(1)}×, script ${s.ratios.script.toFixed(1)}×; on screen less one plain repaint (derived) ${s.ratios.beyondFrame.toFixed(1)}×`,
  );
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const i = process.argv.indexOf('--reps');
  const s = await benchRecolour(i > 0 ? Number(process.argv[i + 1]) : undefined);
  console.log(formatRecolour(s));
  console.log(JSON.stringify({ itsRecolour: { ...s, runs: undefined } }));
}

// One browser page on a real `sitroom serve` (with its own temporary data folder): the set-up every
// renderer end-to-end test shares.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startSitroomServe, type SitroomServer } from '../sitroom-server.js';
import { launchChromium } from './chromium.js';

/** Where the e2e tests write their screenshots (git-ignored). */
export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

export interface AppSession {
  server: SitroomServer;
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page so far. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Starts `sitroom serve` (plus `serveArgs`) on a fresh data folder and opens one page at `viewport`. */
export async function openAppSession(name: string, viewport: { width: number; height: number }, serveArgs: readonly string[] = []): Promise<AppSession> {
  const tmp = mkdtempSync(join(tmpdir(), `sitroom-${name}-e2e-`));
  mkdirSync(artifactsDir, { recursive: true });
  const server = await startSitroomServe(join(tmp, 'data'), 60_000, serveArgs);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return {
    server,
    browser,
    page,
    pageErrors,
    async close() {
      await browser.close();
      await server.stop();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

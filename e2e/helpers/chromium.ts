// Debian's Chromium for the end-to-end tests (playwright-core never downloads a browser here).
import { chromium, type Browser } from 'playwright-core';

/**
 * Headless Chromium with WebGL through ANGLE on llvmpipe (faster than SwiftShader) and no background
 * networking (this machine has no internet; Chromium's own connections would only be refused).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--ignore-gpu-blocklist', '--use-gl=angle', '--use-angle=gl-egl', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/* eslint-disable no-restricted-imports -- this test runs under Node and reads the built bundle from disk; it is never bundled. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanBundleCode } from './bundle-scan';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist', 'renderer');

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return /\.(m?js|cjs)$/.test(name) ? [path] : [];
  });
}

describe('renderer bundle', () => {
  beforeAll(async () => {
    if (existsSync(join(outDir, 'index.html'))) return;
    // Not built yet (e.g. a fresh checkout running this file alone): build it rather than pass vacuously.
    const { build } = await import('vite');
    await build({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  }, 180_000);

  it('the scanner catches what it is meant to catch', () => {
    const bad = 'import{a}from"electron";const f=require("fs");import("node:path");import"better-sqlite3";import {io} from "socket.io-client";eval("1");new Function("x")';
    expect(scanBundleCode(bad).map((f) => f.kind)).toEqual(['import', 'import', 'import', 'import', 'import', 'eval', 'eval']);
    expect(scanBundleCode('const electron="x";x.from("fs-extra");retrieval(1);evaluate(2)')).toEqual([]);
  });

  it('has no electron, node, sqlite or socket.io imports and no eval', () => {
    expect(existsSync(outDir), `${outDir} missing: run \`vite build --config renderer/vite.config.ts\``).toBe(true);
    const files = jsFiles(outDir);
    // The app chunk and maplibre's worker at least.
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files.some((f) => /maplibre-gl-worker/.test(f))).toBe(true);
    const findings = files.flatMap((file) => scanBundleCode(readFileSync(file, 'utf8')).map((f) => `${relative(root, file)}: ${f.text}`));
    expect(findings).toEqual([]);
  });
});

/**
 * Runs a real `sitroom serve` child process for the end-to-end tests and hands back the URL it prints.
 * The build must exist (`npm test` runs scripts/prepare.mjs first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** A started server. */
export interface SitroomServer {
  url: string;
  origin: string;
  port: number;
  secret: string;
  /** Everything the process wrote to stderr so far (for failure messages). */
  stderr(): string;
  stop(): Promise<void>;
}

/** `extraArgs`: more `sitroom serve` flags, e.g. `['--demo-speed', '1200']`. */
export async function startSitroomServe(dataDir: string, timeoutMs = 60_000, extraArgs: readonly string[] = []): Promise<SitroomServer> {
  for (const built of ['dist/main/cli/index.js', 'dist/renderer/index.html', 'geo-data/out/manifest.json']) {
    if (!existsSync(new URL(`../${built}`, import.meta.url))) throw new Error(`${built} is missing: run \`node scripts/prepare.mjs\` (npm test does) before the e2e tests`);
  }
  const child: ChildProcess = spawn(process.execPath, ['bin/sitroom.mjs', 'serve', '--data', dataDir, ...extraArgs], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sitroom serve printed no URL within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      // The URL is printed on a line by itself.
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/\?secret=[0-9a-f]{64})$/m.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sitroom serve exited with ${code}; stderr: ${err}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    secret: parsed.searchParams.get('secret') ?? '',
    stderr: () => err,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * `sitroom serve [--port P] [--data DIR]`: start the browser host and print its URL (with the session
 * secret) on a line by itself. Runs until interrupted.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAppDirs } from '../../core/app-paths.js';
import { createCore } from '../../core/create-core.js';
import { startBrowserHost } from '../../host/browser-host.js';

export const summary = 'start the browser host on 127.0.0.1 and print its URL  [--port P] [--data DIR]';

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    console.log(`sitroom serve: ${summary}\n  --port P    listen on port P (default: a free port)\n  --data DIR  data folder (default: ~/.sitroom)`);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`sitroom serve: --port must be a port number, not ${JSON.stringify(values.port)}`);
    return 1;
  }
  const dataDir = resolve(values.data ?? join(homedir(), '.sitroom'));
  const dirs = defaultAppDirs();
  for (const [what, dir, fix] of [
    ['the built renderer', join(dirs.rendererDir, 'index.html'), 'npm run build'],
    ['the geo-data', join(dirs.geoDataDir, 'manifest.json'), 'npm run geo-data'],
  ] as const) {
    if (!existsSync(dir)) {
      console.error(`sitroom serve: ${what} is missing (${dir}); run \`${fix}\` first`);
      return 1;
    }
  }

  const core = await createCore({ dataDir, geoDataDir: dirs.geoDataDir, shell: 'browser-host' });
  const host = await startBrowserHost({ core, roots: { renderer: dirs.rendererDir, geo: dirs.geoDataDir }, port });
  console.error(`sitroom serve: data in ${dataDir}; open this URL (it carries this launch's secret):`);
  console.log(host.url);

  await new Promise<void>((done) => {
    const stop = (): void => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  await core.close();
  return 0;
}

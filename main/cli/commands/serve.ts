/**
 * `sitroom serve [--port P] [--data DIR] [--hub URL --token T | --no-demo] [--demo-speed X]`: start the
 * browser host and print its URL (with the session secret) on a line by itself. Runs until interrupted.
 * By default the core syncs from the hub chosen in settings (the embedded demo hub on a fresh machine);
 * `--hub/--token` and `--no-demo` choose for this launch only.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAppDirs } from '../../core/app-paths.js';
import { hubConnectionSchema, type HubConnection } from '../../common/settings.js';
import { createCore } from '../../core/create-core.js';
import { startBrowserHost } from '../../host/browser-host.js';

export const summary = 'start the browser host on 127.0.0.1 and print its URL  [--port P] [--data DIR] [--hub URL --token T | --no-demo]';

const HELP = `sitroom serve: start the browser host on 127.0.0.1 and print its URL
  --port P          listen on port P (default: a free port)
  --data DIR        data folder (default: ~/.sitroom)
  --hub URL         sync from this hub for this launch (needs --token)
  --token T         your user's token on that hub
  --no-demo         start with no hub at all (the app can still choose one)
  --demo-speed X    speed of the demo day on the embedded hub (default 60: 24 hours in 24 minutes)
Without --hub or --no-demo the hub chosen in the app's settings is used; on a fresh machine that is
the embedded demo hub, and everything it shows is marked as an exercise.`;

/** The hub for this launch from the flags, undefined for "as in settings", or an error message. */
export function hubFromFlags(values: { hub?: string | undefined; token?: string | undefined; 'no-demo'?: boolean | undefined }): HubConnection | 'off' | undefined | { error: string } {
  if (values['no-demo'] && values.hub !== undefined) return { error: '--no-demo and --hub exclude each other' };
  if (values['no-demo']) return 'off';
  if (values.hub === undefined) return values.token === undefined ? undefined : { error: '--token needs --hub' };
  if (!values.token) return { error: '--hub needs --token (your user token on that hub; see `sitroom user add`)' };
  const parsed = hubConnectionSchema.safeParse({ mode: 'remote', url: values.hub, token: values.token ?? '' });
  if (!parsed.success) return { error: `--hub/--token: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` };
  return parsed.data;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      hub: { type: 'string' },
      token: { type: 'string' },
      'no-demo': { type: 'boolean' },
      'demo-speed': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const hub = hubFromFlags(values);
  if (typeof hub === 'object' && 'error' in hub) {
    console.error(`sitroom serve: ${hub.error}`);
    return 1;
  }
  const demoSpeed = values['demo-speed'] === undefined ? undefined : Number(values['demo-speed']);
  if (demoSpeed !== undefined && !(demoSpeed > 0 && Number.isFinite(demoSpeed))) {
    console.error(`sitroom serve: --demo-speed must be a positive number, not ${JSON.stringify(values['demo-speed'])}`);
    return 1;
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

  const core = await createCore({ dataDir, geoDataDir: dirs.geoDataDir, shell: 'browser-host', live: { hub, demoSpeed } });
  const host = await startBrowserHost({ core, roots: { renderer: dirs.rendererDir, geo: dirs.geoDataDir }, port });
  const source = hub === 'off' ? 'no hub (--no-demo)' : hub ? `hub ${hub.mode === 'remote' ? hub.url : 'demo'}` : 'the hub chosen in settings (the embedded demo hub unless changed; exercise data)';
  console.error(`sitroom serve: data in ${dataDir}; live data from ${source}; open this URL (it carries this launch's secret):`);
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

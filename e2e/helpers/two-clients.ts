// "A second client" done properly: one standalone `sitroom hub` process, and for each workstation its
// own `sitroom serve` process with its own data folder, connected to that hub with its own user's token,
// and its own browser context. Every cross-workstation e2e test starts from here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startSitroomServe, type SitroomServer } from '../sitroom-server.js';
import { artifactsDir } from './app-session.js';
import { launchChromium } from './chromium.js';
import { ingest, spawnCli, startHub, type CliProcess } from './processes.js';
import type { Role } from '../../main/common/roles.js';

/** One workstation: its app process, its page, and the hub user it signs in as. */
export interface Workstation {
  name: string;
  user: { name: string; role: Role; token: string };
  server: SitroomServer;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page so far. */
  pageErrors: string[];
  /** Opens the app and waits until the map and the first live snapshot are ready. */
  open(timeoutMs?: number): Promise<void>;
}

export interface HubWithClients {
  hub: CliProcess & { port: number; url: string };
  hubDir: string;
  /** The hub's admin (supervisor) token, for `/admin/ingest`. */
  adminToken: string;
  browser: Browser;
  clients: Workstation[];
  /** Appends events (envelopes without seq) to the hub through its loopback admin hook. */
  ingest(events: unknown[]): Promise<{ appended: number }>;
  /** Adds a hub user and starts one more workstation for them (e.g. a viewer). */
  addClient(user: { name: string; role: Role }): Promise<Workstation>;
  close(): Promise<void>;
}

export interface HubWithClientsOptions {
  /** The users of the workstations to start, one workstation each (default: kim and lee, operators). */
  users?: Array<{ name: string; role: Role; sensitive?: boolean }>;
  viewport?: { width: number; height: number };
  /** More `sitroom hub` flags (e.g. `['--scenario', 'demo-day', '--speed', '600']`). */
  hubArgs?: readonly string[];
  /** More `sitroom serve` flags for every workstation. */
  serveArgs?: readonly string[];
  /** A settings file written into every workstation's data folder before it starts (e.g. `its.cctvOrigins`). */
  settings?: Record<string, unknown>;
}

type HookWindow = Window & { __sitroomReady?: boolean };

async function addUser(hubDir: string, user: { name: string; role: Role; sensitive?: boolean }): Promise<string> {
  const p = spawnCli(['user', 'add', user.name, '--role', user.role, ...(user.sensitive ? ['--sensitive'] : []), '--data', hubDir, '--json']);
  const line = await p.waitLine((l) => typeof l['token'] === 'string', 60_000);
  await p.exited;
  return String(line['token']);
}

/** Starts a standalone hub and one app instance per user, each with its own data folder. */
export async function startHubWithClients(name: string, opts: HubWithClientsOptions = {}): Promise<HubWithClients> {
  const tmp = mkdtempSync(join(tmpdir(), `sitroom-${name}-multi-`));
  mkdirSync(artifactsDir, { recursive: true });
  const hubDir = join(tmp, 'hub');
  const adminToken = `admin-${Math.random().toString(16).slice(2)}-${Date.now()}`;
  const users = opts.users ?? [
    { name: 'kim', role: 'operator' },
    { name: 'lee', role: 'operator' },
  ];
  const started: { hub?: CliProcess & { port: number; url: string }; browser?: Browser; servers: SitroomServer[] } = { servers: [] };
  const closeAll = async (): Promise<void> => {
    await started.browser?.close().catch(() => undefined);
    for (const s of started.servers) await s.stop().catch(() => undefined);
    await started.hub?.kill('SIGTERM').catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    mkdirSync(hubDir, { recursive: true });
    const hub = (started.hub = await startHub(hubDir, adminToken, 0, opts.hubArgs ?? []));
    const browser = (started.browser = await launchChromium());
    const viewport = opts.viewport ?? { width: 1280, height: 800 };
    const startClient = async (user: { name: string; role: Role; sensitive?: boolean }): Promise<Workstation> => {
      const token = await addUser(hubDir, user);
      if (opts.settings) {
        mkdirSync(join(tmp, `data-${user.name}`), { recursive: true });
        writeFileSync(join(tmp, `data-${user.name}`, 'settings.json'), JSON.stringify(opts.settings));
      }
      const server = await startSitroomServe(join(tmp, `data-${user.name}`), 90_000, ['--hub', hub.url, `--token=${token}`, ...(opts.serveArgs ?? [])]);
      started.servers.push(server);
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      return {
        name: user.name,
        user: { name: user.name, role: user.role, token },
        server,
        context,
        page,
        pageErrors,
        async open(timeoutMs = 300_000) {
          await page.goto(server.url);
          await page.waitForFunction(() => (window as HookWindow).__sitroomReady === true, undefined, { timeout: timeoutMs, polling: 500 });
        },
      };
    };
    const clients: Workstation[] = [];
    for (const u of users) clients.push(await startClient(u));
    return {
      hub,
      hubDir,
      adminToken,
      browser,
      clients,
      ingest: (events) => ingest(hub.url, adminToken, events),
      async addClient(user) {
        const w = await startClient(user);
        clients.push(w);
        return w;
      },
      close: closeAll,
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

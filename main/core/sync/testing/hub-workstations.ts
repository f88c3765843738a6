/**
 * A real hub and real sync clients (each with its own SQLite store) for core tests that need several
 * workstations. `useHubWorkstations` registers its own beforeEach/afterEach, so a test file only says what
 * it needs; `hubWorkstationRig` is the same rig for a file that starts it once (beforeAll) with its own
 * hub options.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createHub, type Hub, type HubOptions } from '../../../../hub/index.js';
import { EventStore } from '../../store/event-store.js';
import { SyncClient } from '../sync-client.js';

export interface TestWorkstation {
  client: SyncClient;
  store: EventStore;
}

export interface HubWorkstations {
  /** The hub of the current test. */
  readonly hub: Hub;
  /** The current test's temporary folder. */
  readonly dir: string;
  /** Starts a sync client for `token` with its own store in the test folder. */
  workstation(name: string, token: string, opts?: { ackTimeoutMs?: number }): TestWorkstation;
}

export interface HubWorkstationRig extends HubWorkstations {
  /** Makes the folder and starts the hub (`dataDir` and `logger` are the rig's). */
  start(hubOptions?: Omit<HubOptions, 'dataDir' | 'logger'>): Promise<Hub>;
  /** Closes every workstation, then the hub, and removes the folder. */
  close(): Promise<void>;
}

/** The rig without test hooks: the caller starts and closes it. */
export function hubWorkstationRig(prefix: string): HubWorkstationRig {
  let dir = '';
  let hub: Hub | null = null;
  const open: TestWorkstation[] = [];
  return {
    async start(hubOptions = {}) {
      dir = mkdtempSync(join(tmpdir(), `sitroom-${prefix}-`));
      hub = await createHub({ ...hubOptions, dataDir: join(dir, 'hub'), logger: () => {} });
      return hub;
    },
    async close() {
      for (const p of open.splice(0)) {
        await p.client.close();
        p.store.close();
      }
      await hub?.close();
      hub = null;
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    get hub(): Hub {
      if (!hub) throw new Error('the hub has not been started');
      return hub;
    },
    get dir(): string {
      return dir;
    },
    workstation(name, token, opts = {}) {
      const store = EventStore.open(join(dir, `${name}.sqlite`));
      const client = new SyncClient({ hubUrl: this.hub.url, token, store, clientId: name, reconnectMinMs: 50, reconnectMaxMs: 200, diffIntervalMs: 50, checkIntervalMs: 100, ackTimeoutMs: opts.ackTimeoutMs ?? 2000 });
      open.push({ client, store });
      client.start();
      return { client, store };
    },
  };
}

/** Call at the top of a test file (or describe): a fresh hub and folder for every test. */
export function useHubWorkstations(prefix: string): HubWorkstations {
  const rig = hubWorkstationRig(prefix);
  beforeEach(async () => {
    await rig.start();
  });
  afterEach(() => rig.close());
  return rig;
}

/**
 * A real hub and real sync clients (each with its own SQLite store) for core tests that need several
 * workstations: registers its own beforeEach/afterEach, so a test file only says what it needs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createHub, type Hub } from '../../../../hub/index.js';
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
  workstation(name: string, token: string): TestWorkstation;
}

/** Call at the top of a test file (or describe). */
export function useHubWorkstations(prefix: string): HubWorkstations {
  let dir = '';
  let hub: Hub | null = null;
  const open: TestWorkstation[] = [];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), `sitroom-${prefix}-`));
    hub = await createHub({ dataDir: join(dir, 'hub'), logger: () => {} });
  });
  afterEach(async () => {
    for (const p of open.splice(0)) {
      await p.client.close();
      p.store.close();
    }
    await hub?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get hub(): Hub {
      if (!hub) throw new Error('the hub starts in beforeEach');
      return hub;
    },
    get dir(): string {
      return dir;
    },
    workstation(name, token) {
      const store = EventStore.open(join(dir, `${name}.sqlite`));
      const client = new SyncClient({ hubUrl: this.hub.url, token, store, clientId: name, reconnectMinMs: 50, reconnectMaxMs: 200, diffIntervalMs: 50, checkIntervalMs: 100, ackTimeoutMs: 2000 });
      open.push({ client, store });
      client.start();
      return { client, store };
    },
  };
}

/**
 * `sitroom sync --hub URL --token T --data DIR [--once]`: a headless client syncing into
 * DIR/store.sqlite. With --once it takes the hub's heads at connect time, applies everything up to
 * them, prints `{"streams": {"<stream>": {"lastSeq": n, "count": m}}}` and exits 0; otherwise it runs
 * until SIGTERM/SIGINT, printing one JSON line per connection state change.
 */
import type { EventStore } from '../../core/store/event-store.js';
import { openSync } from '../../core/sync/open-sync.js';
import type { SyncClient } from '../../core/sync/sync-client.js';

export const summary = 'sync a local store from a hub (--hub URL --token T --data DIR [--once])';

const USAGE = `usage: sitroom sync --hub URL --token T --data DIR [--once] [--timeout SECONDS]
                    [--reconnect-min-ms N] [--reconnect-max-ms N] [--verbose]`;

interface SyncArgs {
  hub: string;
  token: string;
  data: string;
  once: boolean;
  timeoutMs: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  verbose: boolean;
}

function parse(args: string[]): SyncArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"\n${USAGE}`);
    const name = a.slice(2);
    if (name === 'once' || name === 'verbose') flags.add(name);
    else if (['hub', 'token', 'data', 'timeout', 'reconnect-min-ms', 'reconnect-max-ms'].includes(name)) {
      const v = args[++i];
      if (v === undefined) throw new Error(`--${name} needs a value\n${USAGE}`);
      values.set(name, v);
    } else throw new Error(`unknown option --${name}\n${USAGE}`);
  }
  const need = (n: string): string => {
    const v = values.get(n);
    if (!v) throw new Error(`--${n} is required\n${USAGE}`);
    return v;
  };
  const num = (n: string, d: number): number => {
    const v = values.get(n);
    if (v === undefined) return d;
    const x = Number(v);
    if (!Number.isFinite(x) || x < 0) throw new Error(`--${n} must be a non-negative number`);
    return x;
  };
  return {
    hub: need('hub'),
    token: need('token'),
    data: need('data'),
    once: flags.has('once'),
    verbose: flags.has('verbose'),
    timeoutMs: num('timeout', 120) * 1000,
    reconnectMinMs: num('reconnect-min-ms', 250),
    reconnectMaxMs: num('reconnect-max-ms', 5000),
  };
}

export async function run(argv: string[]): Promise<number> {
  const args = parse(argv);
  const { store, client, close } = openSync({
    dataDir: args.data,
    hubUrl: args.hub,
    token: args.token,
    reconnectMinMs: args.reconnectMinMs,
    reconnectMaxMs: Math.max(args.reconnectMinMs, args.reconnectMaxMs),
    log: args.verbose ? (m) => console.error(`[sync] ${m}`) : () => {},
  });
  try {
    return args.once ? await runOnce(client, store, args) : await runForever(client);
  } finally {
    await close();
  }
}

/** Waits for the first connection, takes the heads, applies up to them. */
async function runOnce(client: SyncClient, store: EventStore, args: SyncArgs): Promise<number> {
  let refused: string | null = null;
  const outcome = new Promise<'done' | 'refused'>((resolve) => {
    let target: Record<string, number> | null = null;
    const settle = (heads: Record<string, number>): void => {
      if (target) return;
      target = heads;
      void client.waitForCursors(heads).then(() => resolve('done'));
    };
    // The replay ends with sync:caught-up carrying the heads; sync:heads is asked too, first answer wins.
    client.on('caughtUp', settle);
    client.on('status', (s) => {
      if (s.state === 'refused') {
        refused = `${s.refusal?.code}: ${s.refusal?.message}`;
        resolve('refused');
      }
      if (s.state === 'replaying' && !target) client.heads().then(settle, () => {});
    });
  });
  client.start();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), args.timeoutMs)));
  const r = await Promise.race([outcome, timeout]);
  clearTimeout(timer);
  if (r === 'refused') {
    console.error(`sitroom sync: the hub refused the connection (${refused})`);
    return 3;
  }
  if (r === 'timeout') {
    console.error(`sitroom sync: not caught up with ${args.hub} within ${args.timeoutMs / 1000} s (state ${client.state.state}${client.state.lastError ? `, ${client.state.lastError}` : ''})`);
    return 2;
  }
  console.log(JSON.stringify({ streams: store.streamStats() }));
  return 0;
}

async function runForever(client: SyncClient): Promise<number> {
  client.on('status', (s) => console.log(JSON.stringify({ event: 'status', state: s.state, ...(s.refusal ? { refusal: s.refusal } : {}), ...(s.lastError ? { error: s.lastError } : {}) })));
  client.on('caughtUp', (heads) => console.log(JSON.stringify({ event: 'caught-up', heads })));
  client.start();
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  return 0;
}

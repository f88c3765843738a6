/**
 * Assembles a hub: database (log + users + quarantine), HTTP(S) server with socket.io, replay and
 * live sessions, operator commands, retention timer, optional scenario and upstream connectors.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Server as IoServer } from 'socket.io';
import type { EventEnvelope } from '../../main/common/events.js';
import { SyncEvent, backfillRequestSchema, type BackfillResponse, type HubIdentity, type HubNotice, type OpsAck, type SyncHeads } from '../../main/common/sync-protocol.js';
import { KeyStore } from '../auth/keys.js';
import { UserStore } from '../auth/users.js';
import { EventLog, type AppendResult } from '../log/event-log.js';
import { openHubDb } from '../log/open-db.js';
import { compactAll, snapshotAtFloor, type RetentionPolicy } from '../log/retention.js';
import { adaptersWith } from '../connectors/adapters/index.js';
import { Quarantine } from '../connectors/quarantine.js';
import { startConnectors, type ConnectorHandle, type SourceDefinition, type SourceState } from '../connectors/runner.js';
import { createScenarioPlayer, type ScenarioPlayer } from '../scenario/player.js';
import { loadScenario } from '../scenario/load.js';
import { seedPanelData } from '../scenario/demo/seed-panels.js';
import { createForestReactor, type ForestReactor } from '../forest/forest-reactor.js';
import { createAdminHandler } from './admin-http.js';
import { attachKeyRegistration } from './gcma-socket.js';
import { createNirsFeed } from './nirs-feed.js';
import { checkHandshake, refusalError, type AcceptedHandshake } from './handshake.js';
import { LiveBatcher } from './live-batcher.js';
import { handleCommand } from './ops-commands.js';
import { TokenBucket } from './rate-limit.js';
import { forUser } from './redact.js';
import { SyncSession } from './sync-session.js';
import { DEFAULT_LIMITS, type HubLimits, type HubOptions } from './hub-options.js';

export type { HubLimits, HubOptions };

/** A running hub. */
export interface Hub {
  url: string;
  port: number;
  host: string;
  log: EventLog;
  users: UserStore;
  /** GCMA signing keys (hub/auth/keys.ts). */
  keys: KeyStore;
  /** Resolves when the service panels' datasets are seeded (at once when the hub seeds none). */
  panelDataReady: Promise<void>;
  quarantine: Quarantine;
  scenario: ScenarioPlayer | null;
  /** Validates, dedupes, appends and broadcasts; throws InputRefusedError when the disk failed. */
  ingest(inputs: readonly unknown[]): AppendResult;
  health(): HubHealth;
  /** Runs compaction now under the configured retention (tests; a timer does it otherwise). */
  compact(): Record<string, number>;
  close(): Promise<void>;
}

/** `GET /health` body. */
export interface HubHealth {
  ok: boolean;
  refusingInput: { reason: string; since: number } | null;
  heads: Record<string, number>;
  clients: number;
  scenario: ReturnType<ScenarioPlayer['status']> | null;
  quarantine: Record<string, number>;
  /** Upstream sources: failures, last outcome, next poll delay. */
  sources: SourceState[];
}

export async function createHub(opts: HubOptions): Promise<Hub> {
  const limits: HubLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const host = opts.host ?? '127.0.0.1';
  const db = openHubDb(join(opts.dataDir, 'hub.db'), { ...(opts.maxPageCount !== undefined ? { maxPageCount: opts.maxPageCount } : {}), nativeBinding: opts.nativeBinding });
  const log = new EventLog(db, opts.now);
  const users = new UserStore(db);
  const keys = new KeyStore(db);
  const quarantine = new Quarantine(db);
  const sessions = new Set<SyncSession>();
  const say = opts.logger ?? ((m: string) => console.error(`[hub] ${m}`));
  const retention: RetentionPolicy | null = opts.retention ? { ...opts.retention } : null;

  const batcher = new LiveBatcher((events: EventEnvelope[]) => {
    for (const s of sessions) s.deliverLive(events);
  }, limits.liveBatchDelayMs, limits.liveBatchMax);

  const notify = (n: HubNotice): void => {
    for (const s of sessions) s.notice(n);
  };
  log.onRefusing((st) => {
    say(`REFUSING INPUT: ${st.reason}`);
    notify({ level: 'critical', code: 'input-refused', message: `hub is refusing new input: ${st.reason}`, at: Date.now() });
  });

  let forest: ForestReactor | null = null;
  const ingest = (inputs: readonly unknown[]): AppendResult => {
    const r = log.append(inputs);
    batcher.push(r.appended);
    forest?.observe(r.appended);
    return r;
  };

  let scenario: ScenarioPlayer | null = null;
  let connectors: ConnectorHandle | null = null;
  const health = (): HubHealth => ({
    ok: log.refusing === null,
    refusingInput: log.refusing,
    heads: log.heads(),
    clients: sessions.size,
    scenario: scenario?.status() ?? null,
    quarantine: quarantine.countsBySource(),
    sources: connectors?.runners.map((r) => r.state()) ?? [],
  });

  const admin = createAdminHandler({ users, health, ingest, heads: () => log.heads(), maxBodyBytes: limits.maxAdminBodyBytes, scenario: () => scenario });
  const http: HttpServer = opts.tls ? createHttpsServer({ cert: readFileSync(opts.tls.cert), key: readFileSync(opts.tls.key) }, admin) : createHttpServer(admin);
  const io = new IoServer(http, { maxHttpBufferSize: limits.maxHttpBufferSize, serveClient: false, cors: { origin: false } });

  io.use((socket, next) => {
    const r = checkHandshake(socket.handshake.auth, users);
    if (!r.ok) {
      say(`refused ${socket.handshake.address}: ${r.refusal.code}: ${r.refusal.message}`);
      return next(refusalError(r.refusal));
    }
    socket.data = r.value;
    next();
  });

  const opsStatus = opts.scenario ? 'exercise' : 'actual';
  const isRevoked = (name: string): boolean => {
    const u = users.get(name);
    return !u || u.revokedAt !== null;
  };
  io.on('connection', (socket) => {
    const { handshake, user } = socket.data as AcceptedHandshake;
    const session = new SyncSession(socket, log, user, handshake.cursors, { batchSize: limits.replayBatchSize, maxQueuedPackets: limits.maxQueuedPackets }, say);
    sessions.add(session);
    const bucket = new TokenBucket(limits.ratePerSecond, limits.rateBurst);
    socket.on('disconnect', () => {
      session.close();
      sessions.delete(session);
    });
    socket.on(SyncEvent.command, (raw: unknown, ack?: (a: OpsAck) => void) => {
      if (typeof ack !== 'function') return;
      if (!bucket.take()) {
        const id = typeof (raw as { id?: unknown } | null)?.id === 'string' ? (raw as { id: string }).id : '';
        return ack({ ok: false, id, reason: `rate limit: more than ${limits.ratePerSecond} requests/s (burst ${limits.rateBurst}); retry later` });
      }
      if (isRevoked(user.name)) return ack({ ok: false, id: '', reason: `the token of user "${user.name}" was revoked` });
      const out = handleCommand({ log, user, maxCommandBytes: limits.maxCommandBytes, status: opsStatus, keys }, raw);
      ack(out.ack);
      if (out.appended.length > 0) {
        batcher.push(out.appended);
        batcher.flush();
        forest?.observe(out.appended);
      }
    });
    attachKeyRegistration(socket, { log, keys, user, status: opsStatus, say, publish: (events) => { batcher.push(events); batcher.flush(); } });
    socket.on(SyncEvent.heads, (...args: unknown[]) => {
      const ack = args.find((a): a is (h: SyncHeads) => void => typeof a === 'function');
      ack?.({ heads: log.heads(), at: Date.now() });
    });
    socket.on(SyncEvent.backfill, (raw: unknown, ack?: (a: BackfillResponse) => void) => {
      if (typeof ack !== 'function') return;
      if (!bucket.take()) return ack({ ok: false, reason: `rate limit: more than ${limits.ratePerSecond} requests/s; retry later` });
      const req = backfillRequestSchema.safeParse(raw);
      if (!req.success) return ack({ ok: false, reason: `invalid backfill request: ${req.error.issues.map((i) => i.message).join('; ')}` });
      const { stream, afterSeq, limit } = req.data;
      const r = log.after(stream, afterSeq, limit ?? limits.replayBatchSize);
      if (r.kind === 'snapshot-needed') {
        const snap = snapshotAtFloor(log, stream);
        return ack({ ok: true, kind: 'snapshot', stream, head: r.head, snapshot: { stream, seq: snap.seq, events: forUser(snap.events, user) } });
      }
      ack({ ok: true, kind: 'events', stream, head: r.head, events: forUser(r.events, user) });
    });
    say(`client ${handshake.clientId} connected as ${user.name} (${user.role})`);
    socket.emit(SyncEvent.identity, { name: user.name, role: user.role, sensitive: user.sensitive } satisfies HubIdentity);
    if (log.refusing) session.notice({ level: 'critical', code: 'input-refused', message: `hub is refusing new input: ${log.refusing.reason}`, at: Date.now() });
    session.replay().catch((err: unknown) => say(`replay to ${user.name} failed: ${String(err)}`));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.port ?? 0, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const url = `${opts.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const compact = (): Record<string, number> => (retention ? compactAll(log, retention, (opts.now ?? Date.now)()) : {});
  const retentionTimer = retention
    ? setInterval(() => {
        try {
          const n = compact();
          if (Object.keys(n).length > 0) say(`compacted ${JSON.stringify(n)}`);
        } catch (err) {
          say(`compaction failed: ${String(err)}`);
        }
      }, limits.compactEveryMs)
    : null;
  retentionTimer?.unref();
  const headsTimer = setInterval(() => {
    batcher.flush(); // after this, every logged event has been sent to every live client
    const msg = { heads: log.heads(), at: Date.now() };
    for (const s of sessions) {
      // A token revoked while connected stops working within one heartbeat.
      if (isRevoked(s.user.name)) {
        s.notice({ level: 'critical', code: 'revoked', message: `the token of user "${s.user.name}" was revoked`, at: msg.at });
        s.disconnect();
        sessions.delete(s);
      } else s.heads(msg);
    }
  }, limits.headsEveryMs);
  headsTimer.unref();

  // Helicopter tracks on every hub; on a scenario hub the simulator flies assigned helicopters (hub/forest/).
  const simulate = opts.helicopterSim ?? Boolean(opts.scenario);
  forest = createForestReactor({
    ingest,
    current: (stream) => {
      const st = log.stateAt(stream, (opts.now ?? Date.now)());
      return st.ok ? st.events : [];
    },
    scenarioSpeed: simulate ? () => (scenario?.status().playing ? scenario.status().speed : 0) : null,
    ...(opts.now ? { now: opts.now } : {}),
    log: say,
  });
  connectors = opts.sources?.length ? startConnectors(opts.sources, { ingest, quarantine, log: say, ...opts.connectorOptions }) : null;
  // The service panels' datasets (issue 8): with the demo day, or when asked for (a real hub gets the real ones only).
  const panelData = opts.panelData ?? opts.scenario === 'demo';
  let nirsTimer: NodeJS.Timeout | null = null;
  let closing = false;
  let panelDataReady: Promise<void> = Promise.resolve();
  let seedTimer: NodeJS.Timeout | null = null;
  let cancelSeed = (): void => {};
  if (panelData) {
    // A moment after start and in chunks: the first clients catch up on the (small) live picture first
    // and receive the panels' datasets as live batches, and the hub keeps answering meanwhile.
    panelDataReady = new Promise<void>((resolve) => {
      const run = (): void => {
        seedTimer = null;
        if (closing) return resolve();
        seedPanelData(ingest, { status: opts.scenario ? 'exercise' : 'actual', demoRecords: opts.scenario === 'demo', log: say, cancelled: () => closing, ...(opts.geoDataDir !== undefined ? { geoDataDir: opts.geoDataDir } : {}) }).then(
          () => resolve(),
          (err: unknown) => {
            say(`panel datasets not seeded: ${err instanceof Error ? err.message : String(err)}`);
            resolve();
          },
        );
      };
      seedTimer = setTimeout(run, limits.panelDataDelayMs);
      cancelSeed = () => {
        if (seedTimer) clearTimeout(seedTimer);
        if (seedTimer) resolve();
        seedTimer = null;
      };
    });
    // The NIRS panel: this hub's own feed health and quarantine, republished when it changes.
    const nirs = createNirsFeed({ log, quarantine, sources: () => connectors?.runners.map((r) => r.state()) ?? [], status: opsStatus, ...(opts.now ? { now: opts.now } : {}) }, (inputs) => ingest(inputs));
    const publishNirs = (): void => {
      try {
        nirs.publish();
      } catch (err) {
        say(`NIRS feed health not published: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
    void panelDataReady.then(() => {
      if (!closing) publishNirs();
    });
    nirsTimer = setInterval(publishNirs, limits.nirsEveryMs);
    nirsTimer.unref();
  }
  if (opts.scenario) {
    const timeline = loadScenario(opts.scenario, opts.scenarioSeed, opts.roadLinksFile);
    scenario = createScenarioPlayer({ timeline, speed: opts.speed ?? 1, adapters: adaptersWith(opts.regionLookup), quarantine, sink: (inputs) => ingest(inputs), log: say, loop: opts.scenarioLoop ?? true });
    scenario.play();
  }

  let closed = false;
  return {
    url,
    port,
    host,
    log,
    users,
    keys,
    panelDataReady,
    quarantine,
    scenario,
    ingest,
    health,
    compact,
    async close() {
      if (closed) return;
      closed = true;
      closing = true;
      cancelSeed();
      await panelDataReady;
      scenario?.close();
      forest?.close();
      connectors?.stop();
      if (retentionTimer) clearInterval(retentionTimer);
      if (nirsTimer) clearInterval(nirsTimer);
      clearInterval(headsTimer);
      batcher.close();
      for (const s of sessions) s.close();
      await new Promise<void>((r) => io.close(() => r()));
      http.closeAllConnections?.();
      db.close();
    },
  };
}

export type { SourceDefinition };

/**
 * A small in-process hub speaking the sync protocol, for the client's unit tests and the benchmarks
 * (which must measure the client, not a hub). The fault tests run against the real `sitroom hub`.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { EventEnvelope, EventInput } from '../../../common/events.js';
import { PROTOCOL_VERSION, SyncEvent, handshakeSchema, opsCommandSchema, protocolMajor, type BackfillRequest, type BackfillResponse, type OpsAck, type SyncBatch } from '../../../common/sync-protocol.js';

export interface MiniHubOptions {
  token?: string;
  batchSize?: number;
}

export class MiniHub {
  readonly log = new Map<string, EventEnvelope[]>();
  readonly commandIds = new Map<string, number>();
  /** Every ops:command received, duplicates included (to prove retries happen). */
  readonly commandsReceived: string[] = [];
  private readonly http: HttpServer;
  readonly io: Server;
  private readonly liveSockets = new Set<string>();
  /** When set, commands get no ack (simulates a hub that dies before answering). */
  dropAcks = false;

  constructor(private readonly opts: MiniHubOptions = {}) {
    this.http = createServer();
    this.io = new Server(this.http, { maxHttpBufferSize: 64 * 1024 * 1024 });
    this.io.use((socket, next) => {
      const hs = handshakeSchema.safeParse(socket.handshake.auth);
      if (!hs.success) return next(Object.assign(new Error('bad handshake'), { data: { code: 'bad-handshake', message: 'bad handshake' } }));
      if (protocolMajor(hs.data.protocol) !== protocolMajor(PROTOCOL_VERSION)) return next(Object.assign(new Error('protocol'), { data: { code: 'protocol', message: 'upgrade' } }));
      if (hs.data.token !== (opts.token ?? 't')) return next(Object.assign(new Error('auth'), { data: { code: 'auth', message: 'bad token' } }));
      next();
    });
    this.io.on('connection', (socket) => {
      const cursors = { ...(socket.handshake.auth as { cursors: Record<string, number> }).cursors };
      const size = opts.batchSize ?? 1000;
      for (const [stream, list] of this.log) {
        for (let i = cursors[stream] ?? 0; i < list.length; i += size) socket.emit(SyncEvent.batch, { events: list.slice(i, i + size), live: false } satisfies SyncBatch);
      }
      socket.emit(SyncEvent.caughtUp, { heads: this.heads() });
      this.liveSockets.add(socket.id);
      socket.on('disconnect', () => this.liveSockets.delete(socket.id));
      socket.on(SyncEvent.heads, (ack: (h: Record<string, number>) => void) => ack(this.heads()));
      socket.on(SyncEvent.backfill, (req: BackfillRequest, ack: (r: BackfillResponse) => void) => {
        const list = this.log.get(req.stream) ?? [];
        ack({ ok: true, kind: 'events', stream: req.stream, events: list.slice(req.afterSeq, req.afterSeq + (req.limit ?? 1000)), head: list.length });
      });
      socket.on(SyncEvent.command, (raw: unknown, ack: (a: OpsAck) => void) => {
        const c = opsCommandSchema.safeParse(raw);
        if (!c.success) return ack({ ok: false, id: String((raw as { id?: unknown })?.id), reason: 'invalid command' });
        this.commandsReceived.push(c.data.id);
        if (this.dropAcks) return;
        const seen = this.commandIds.get(c.data.id);
        if (seen !== undefined) return ack({ ok: true, id: c.data.id, stream: c.data.stream, seq: seen, duplicate: true });
        const [e] = this.publish([{ stream: c.data.stream, id: c.data.id, key: c.data.key, kind: c.data.kind, op: c.data.op, ts: c.data.issuedAt, status: 'actual', geometry: c.data.geometry ?? null, props: c.data.props, source: 'user:test' }]);
        this.commandIds.set(c.data.id, (e as EventEnvelope).seq);
        ack({ ok: true, id: c.data.id, stream: c.data.stream, seq: (e as EventEnvelope).seq, duplicate: false });
      });
    });
  }

  async listen(port = 0): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(port, '127.0.0.1', resolve);
    });
    return `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  heads(): Record<string, number> {
    return Object.fromEntries([...this.log].map(([s, l]) => [s, l.length]));
  }

  /** Appends to the log (seq assigned here) without broadcasting. */
  append(inputs: EventInput[], receivedAt = Date.now()): EventEnvelope[] {
    const out: EventEnvelope[] = [];
    for (const input of inputs) {
      const list = this.log.get(input.stream) ?? [];
      this.log.set(input.stream, list);
      const e: EventEnvelope = { ...input, seq: list.length + 1, receivedAt };
      list.push(e);
      out.push(e);
    }
    return out;
  }

  /** Appends and sends live to connected clients; `skip` drops those seqs from the live frame (gap test). */
  publish(inputs: EventInput[], skip: (e: EventEnvelope) => boolean = () => false): EventEnvelope[] {
    const out = this.append(inputs);
    const live = out.filter((e) => !skip(e));
    for (const id of this.liveSockets) this.io.sockets.sockets.get(id)?.emit(SyncEvent.batch, { events: live, live: true } satisfies SyncBatch);
    return out;
  }

  /** Sends a prepared batch to every connected client as is (benchmarks). */
  broadcast(batch: SyncBatch): void {
    this.io.emit(SyncEvent.batch, batch);
  }

  disconnectAll(): void {
    this.io.disconnectSockets(true);
  }

  async close(): Promise<void> {
    this.io.disconnectSockets(true);
    await new Promise<void>((r) => this.io.close(() => r()));
  }
}

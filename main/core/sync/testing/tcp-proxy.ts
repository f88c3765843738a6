/**
 * A TCP proxy for fault injection (tests and bench only): forwards client connections to a target
 * port and can cut them mid-frame — after a given number of bytes it forwards the partial chunk, then
 * destroys both sockets, so the peers see a torn socket.io frame, not a clean close.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

interface Pair {
  client: Socket;
  upstream: Socket;
  /** Bytes still allowed through (both directions together) before the cut; null = unlimited. */
  budget: number | null;
}

export class TcpProxy {
  private readonly server: Server;
  private readonly pairs = new Set<Pair>();
  /** Byte budget handed to the next connections, one value each, consumed in order. */
  private readonly nextBudgets: number[] = [];
  /** Connections cut so far. */
  cuts = 0;
  connections = 0;

  constructor(
    public targetPort: number,
    public targetHost = '127.0.0.1',
  ) {
    this.server = createServer((client) => this.accept(client));
  }

  async listen(port = 0): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  /** Cuts every open connection once `bytes` more bytes have passed through it. */
  cutOpenAfter(bytes: number): void {
    for (const p of this.pairs) p.budget = Math.max(0, bytes);
    for (const p of [...this.pairs]) if (p.budget === 0) this.cut(p);
  }

  /** The next connections each get one of these budgets (a replay cut mid-frame, for instance). */
  cutNextAfter(...bytes: number[]): void {
    this.nextBudgets.push(...bytes);
  }

  /** Cuts every open connection now. */
  cutAll(): void {
    for (const p of [...this.pairs]) this.cut(p);
  }

  get open(): number {
    return this.pairs.size;
  }

  async close(): Promise<void> {
    this.cutAll();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private accept(client: Socket): void {
    this.connections++;
    const upstream = connect(this.targetPort, this.targetHost);
    const pair: Pair = { client, upstream, budget: this.nextBudgets.shift() ?? null };
    this.pairs.add(pair);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const forward = (from: Socket, to: Socket) => {
      from.on('data', (chunk: Buffer) => {
        if (!this.pairs.has(pair)) return;
        if (pair.budget !== null && chunk.length >= pair.budget) {
          if (pair.budget > 0) to.write(chunk.subarray(0, pair.budget));
          this.cut(pair);
          return;
        }
        if (pair.budget !== null) pair.budget -= chunk.length;
        to.write(chunk);
      });
    };
    forward(client, upstream);
    forward(upstream, client);
    const end = () => this.drop(pair);
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  }

  private cut(p: Pair): void {
    if (!this.pairs.has(p)) return;
    this.cuts++;
    this.drop(p);
  }

  private drop(p: Pair): void {
    if (!this.pairs.delete(p)) return;
    // destroy(), not end(): the peers get a reset mid-stream, as on a real network cut.
    for (const s of [p.client, p.upstream]) {
      try {
        s.resetAndDestroy();
      } catch {
        s.destroy();
      }
    }
  }
}

/** A fake upstream API on 127.0.0.1 that serves scripted responses, and a fake forward proxy. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** One scripted response. */
export interface FakeResponse {
  status?: number;
  body: string;
  /** Wait before answering (timeouts). */
  delayMs?: number;
}

export interface FakeUpstream {
  url: string;
  requests: { url: string; headers: IncomingMessage['headers'] }[];
  /** Responses served in order; the last one repeats. */
  script: FakeResponse[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return (server.address() as AddressInfo).port;
}

export async function startFakeUpstream(script: FakeResponse[]): Promise<FakeUpstream> {
  const state: FakeUpstream = { url: '', requests: [], script, close: async () => {} };
  const server = createServer((req, res) => {
    state.requests.push({ url: req.url ?? '', headers: req.headers });
    const r = state.script.length > 1 ? state.script.shift()! : state.script[0]!;
    const answer = () => {
      if (res.destroyed) return;
      res.writeHead(r.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(r.body);
    };
    if (r.delayMs) setTimeout(answer, r.delayMs).unref();
    else answer();
  });
  const port = await listen(server);
  state.url = `http://127.0.0.1:${port}`;
  state.close = () => new Promise((r) => (server.closeAllConnections(), server.close(() => r())));
  return state;
}

/** A forward proxy handling CONNECT tunnels and absolute-URI requests; records what it carried. */
export async function startFakeProxy(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    seen.push(`GET ${req.url}`);
    const target = new URL(req.url ?? '');
    const upstream = connect(Number(target.port), target.hostname, () => {
      upstream.write(`GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nConnection: close\r\n\r\n`);
    });
    upstream.pipe(res.socket!);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host!, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise((r) => (sockets.forEach((s) => s.destroy()), server.closeAllConnections(), server.close(() => r()))) };
}

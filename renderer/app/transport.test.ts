import { WebSocketServer, WebSocket as NodeWebSocket } from 'ws';
import { createWsTransport, wsUrlFor, type WebSocketLike } from './transport';
import type { WsClientMessage, WsServerMessage } from '../../main/common/ws-protocol';

const factory = (url: string) => new NodeWebSocket(url) as unknown as WebSocketLike;

function until(check: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => (check() ? resolve() : Date.now() - start > ms ? reject(new Error('timed out')) : setTimeout(tick, 10));
    tick();
  });
}

describe('WebSocket transport', () => {
  it('builds the host URL with the secret from the page query', () => {
    expect(wsUrlFor({ protocol: 'http:', host: '127.0.0.1:5123', search: '?secret=ab12' })).toBe('ws://127.0.0.1:5123/ipc?secret=ab12');
  });

  it('matches answers to requests by id, delivers events, and reconnects after a drop', async () => {
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as { port: number }).port;
    const sockets: NodeWebSocket[] = [];
    server.on('connection', (ws) => {
      sockets.push(ws);
      ws.on('message', (raw) => {
        const msg = JSON.parse(String(raw)) as WsClientMessage;
        const reply: WsServerMessage =
          msg.channel === 'region:search'
            ? { t: 'result', id: msg.id, ok: false, error: 'bad query' }
            : { t: 'result', id: msg.id, ok: true, result: { echo: msg.args } };
        // Answer out of order to prove matching is by id.
        setTimeout(() => ws.send(JSON.stringify(reply)), msg.channel === 'region:at' ? 30 : 0);
      });
    });
    const states: string[] = [];
    const t = createWsTransport({ url: `ws://127.0.0.1:${port}/ipc?secret=x`, createSocket: factory, backoffMs: [20] });
    t.onConnection((s) => states.push(s));
    const events: unknown[] = [];
    t.on('settings:changed', (s) => events.push(s));
    try {
      const slow = t.invoke('region:at', { lon: 127, lat: 37 });
      const fast = t.invoke('app:info', {});
      await expect(fast).resolves.toEqual({ echo: {} });
      await expect(slow).resolves.toEqual({ echo: { lon: 127, lat: 37 } });
      await expect(t.invoke('region:search', { query: 'x' })).rejects.toThrow('bad query');
      sockets[0]?.send(JSON.stringify({ t: 'event', channel: 'settings:changed', payload: { theme: 'light' } }));
      await until(() => events.length === 1);

      sockets[0]?.terminate();
      await until(() => states.includes('disconnected'));
      await until(() => t.connection() === 'connected');
      await expect(t.invoke('app:info', {})).resolves.toEqual({ echo: {} });
      expect(states).toEqual(['connected', 'disconnected', 'connected']);
    } finally {
      t.close();
      for (const ws of server.clients) ws.terminate();
      await new Promise((r) => server.close(r));
    }
  });
});

/**
 * The IPC contract over a WebSocket (see main/common/ws-protocol.ts). Connections are accepted only
 * from the host's own origin with the per-launch secret; every message is validated before the core
 * sees it.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import { eventChannels } from '../common/ipc-contract.js';
import { WS_PATH, type WsServerMessage } from '../common/ws-protocol.js';
import { bindInvoke } from '../core/bind-invoke.js';
import type { Core } from '../core/create-core.js';
import { secretMatches } from './session-secret.js';

/** Largest accepted message: invokes are small argument objects. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

const clientMessageSchema = z
  .object({ t: z.literal('invoke'), id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), channel: z.string().max(64), args: z.unknown() })
  .strict();

/** Why an upgrade was refused, or null if it may proceed. */
export function upgradeRefusal(req: IncomingMessage, expectedOrigin: string, secret: string): string | null {
  const url = new URL(req.url ?? '/', expectedOrigin);
  if (url.pathname !== WS_PATH) return 'wrong path';
  // Browsers always send Origin on WebSocket handshakes; any web page can reach loopback, so only our own page may connect.
  if (req.headers.origin !== expectedOrigin) return 'wrong origin';
  if (!secretMatches(secret, url.searchParams.get('secret'))) return 'wrong secret';
  return null;
}

function refuse(socket: Duplex, reason: string): void {
  socket.end(`HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`);
}

/** The WebSocket side of the host. */
export interface WsIpc {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
}

export function createWsIpc(core: Core, expectedOrigin: () => string, secret: string): WsIpc {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });

  wss.on('connection', (ws: WebSocket) => {
    const send = (msg: WsServerMessage): void => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
    };
    const offs = eventChannels.map((channel) => core.on(channel, (payload) => send({ t: 'event', channel, payload } as WsServerMessage)));
    ws.on('close', () => offs.forEach((off) => off()));
    // ws reports protocol violations (an oversized frame: close 1009) as 'error' before closing; without a
    // listener that would be an uncaught exception that takes the whole host down.
    ws.on('error', () => undefined);
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) {
        ws.close(1003, 'text messages only');
        return;
      }
      let parsed: z.infer<typeof clientMessageSchema>;
      try {
        parsed = clientMessageSchema.parse(JSON.parse(data.toString()));
      } catch {
        // Not our protocol at all: there is no id to answer, so end the connection.
        ws.close(1008, 'malformed message');
        return;
      }
      const { id, channel, args } = parsed;
      bindInvoke(core.handlers, channel, args).then(
        (result) => send({ t: 'result', id, ok: true, result }),
        (err: unknown) => send({ t: 'result', id, ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
    });
  });

  return {
    handleUpgrade(req, socket, head) {
      const reason = upgradeRefusal(req, expectedOrigin(), secret);
      if (reason) {
        refuse(socket, reason);
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}

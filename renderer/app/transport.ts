/**
 * How the renderer reaches the core: `window.sitroom` (Electron's preload) when present, otherwise
 * the browser host's WebSocket (`ws://<host>/ipc?secret=…`, see main/common/ws-protocol.ts) with
 * request ids, automatic reconnection and an observable connection state for the UI.
 */
import type { EventChannel, Events, InvokeArgs, InvokeChannel, InvokeResult, SitroomApi } from '../../main/common/ipc-contract';
import { WS_PATH, type WsClientMessage, type WsServerMessage } from '../../main/common/ws-protocol';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

/** The contract plus the connection state (always 'connected' for Electron's in-process bridge). */
export interface Transport extends SitroomApi {
  connection(): ConnectionState;
  onConnection(listener: (state: ConnectionState) => void): () => void;
  close(): void;
}

/** The subset of the browser WebSocket the client needs (tests pass the `ws` package's class). */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}
export type WebSocketFactory = (url: string) => WebSocketLike;

export interface WsClientOptions {
  url: string;
  createSocket?: WebSocketFactory;
  /** Reconnect delays in ms, the last one repeating. */
  backoffMs?: readonly number[];
  /** An invoke waiting longer than this is rejected (the core answers in milliseconds). */
  requestTimeoutMs?: number;
}

const OPEN = 1;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** A WebSocket client for the contract. Invokes made while disconnected wait for the connection. */
export function createWsTransport(options: WsClientOptions): Transport {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url) as unknown as WebSocketLike);
  const backoff = options.backoffMs ?? [250, 500, 1000, 2000, 4000];
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  let state: ConnectionState = 'connecting';
  let socket: WebSocketLike | null = null;
  let attempt = 0;
  let closed = false;
  let nextId = 1;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, Pending>();
  const queue: string[] = [];
  const connectionListeners = new Set<(s: ConnectionState) => void>();
  const eventListeners = new Map<string, Set<(payload: never) => void>>();

  const setState = (next: ConnectionState) => {
    if (state === next) return;
    state = next;
    for (const l of connectionListeners) l(next);
  };

  const onMessage = (raw: unknown) => {
    let msg: WsServerMessage;
    try {
      msg = JSON.parse(String(raw)) as WsServerMessage;
    } catch {
      return;
    }
    if (msg.t === 'result') {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
    } else if (msg.t === 'event') {
      for (const l of eventListeners.get(msg.channel) ?? []) (l as (payload: unknown) => void)(msg.payload);
    }
  };

  const connect = () => {
    if (closed) return;
    setState(attempt === 0 ? 'connecting' : 'disconnected');
    const ws = createSocket(options.url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setState('connected');
      while (queue.length > 0 && ws.readyState === OPEN) ws.send(queue.shift() as string);
    };
    ws.onmessage = (ev) => onMessage(ev.data);
    ws.onerror = () => {
      /* followed by close */
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      // Requests in flight on this connection get no answer: fail them rather than hang.
      for (const [id, p] of pending) {
        clearTimeout(p.timer);
        p.reject(new Error('disconnected from core'));
        pending.delete(id);
      }
      if (closed) return;
      setState('disconnected');
      const delay = backoff[Math.min(attempt, backoff.length - 1)] ?? 1000;
      attempt++;
      retryTimer = setTimeout(connect, delay);
    };
  };
  connect();

  return {
    invoke<K extends InvokeChannel>(channel: K, args: InvokeArgs<K>): Promise<InvokeResult<K>> {
      if (closed) return Promise.reject(new Error('transport closed'));
      const id = nextId++;
      const message: WsClientMessage = { t: 'invoke', id, channel, args };
      return new Promise<InvokeResult<K>>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${channel}: no answer from core within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
        const text = JSON.stringify(message);
        if (socket && socket.readyState === OPEN) socket.send(text);
        else queue.push(text);
      });
    },
    on<K extends EventChannel>(channel: K, listener: (payload: Events[K]) => void): () => void {
      const set = eventListeners.get(channel) ?? new Set();
      eventListeners.set(channel, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    connection: () => state,
    onConnection(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    close() {
      closed = true;
      clearTimeout(retryTimer);
      socket?.close();
      for (const p of pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error('transport closed'));
      }
      pending.clear();
    },
  };
}

/** Wrap Electron's bridge: in-process, so always connected. */
export function fromBridge(api: SitroomApi): Transport {
  return {
    invoke: (channel, args) => api.invoke(channel, args),
    on: (channel, listener) => api.on(channel, listener),
    connection: () => 'connected',
    onConnection: () => () => undefined,
    close: () => undefined,
  };
}

/** The WebSocket URL of the browser host for a page location (secret taken from its query). */
export function wsUrlFor(location: { protocol: string; host: string; search: string }): string {
  const secret = new URLSearchParams(location.search).get('secret') ?? '';
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WS_PATH}?secret=${encodeURIComponent(secret)}`;
}

declare global {
  interface Window {
    /** Electron's preload bridge (contextBridge), absent in the browser host. */
    sitroom?: SitroomApi;
  }
}

let cached: Transport | null = null;

/** The app's transport, created once. */
export function getApi(): Transport {
  if (cached) return cached;
  cached = window.sitroom ? fromBridge(window.sitroom) : createWsTransport({ url: wsUrlFor(window.location) });
  return cached;
}

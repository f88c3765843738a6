/**
 * How the browser host carries the IPC contract over a WebSocket (`/ipc?secret=…`).
 * Same channels, same argument validation as Electron's ipcMain.
 */
import type { EventChannel, Events, InvokeChannel } from './ipc-contract.js';

export type WsClientMessage = { t: 'invoke'; id: number; channel: InvokeChannel; args: unknown };

export type WsServerMessage =
  | { t: 'result'; id: number; ok: true; result: unknown }
  | { t: 'result'; id: number; ok: false; error: string }
  | { [K in EventChannel]: { t: 'event'; channel: K; payload: Events[K] } }[EventChannel];

/** Path of the WebSocket endpoint; the per-launch secret travels as `?secret=`. */
export const WS_PATH = '/ipc';

/**
 * The one place an untrusted invoke (from Electron's ipcMain or the browser host's WebSocket) meets
 * the core: check the channel, validate the arguments with the contract's zod schema, call the handler.
 */
import { isInvokeChannel, parseInvokeArgs, type InvokeChannel, type InvokeHandlers, type InvokeResult } from '../common/ipc-contract.js';

/** Call the handler of `channel` with validated arguments. Throws on an unknown channel or invalid arguments. */
export async function bindInvoke(handlers: InvokeHandlers, channel: unknown, rawArgs: unknown): Promise<InvokeResult<InvokeChannel>> {
  if (!isInvokeChannel(channel)) throw new Error(`unknown channel ${typeof channel === 'string' ? JSON.stringify(channel.slice(0, 64)) : typeof channel}`);
  return callHandler(handlers, channel, rawArgs);
}

function callHandler<K extends InvokeChannel>(handlers: InvokeHandlers, channel: K, rawArgs: unknown): Promise<InvokeResult<K>> {
  const args = parseInvokeArgs(channel, rawArgs);
  // The mapped type cannot correlate K across handlers[K] and args; both come from the same K here.
  const handler = handlers[channel] as (a: typeof args) => Promise<InvokeResult<K>>;
  return handler(args);
}

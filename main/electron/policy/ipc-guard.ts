/**
 * What ipcMain.handle does with every message: refuse it unless the sending frame is the app's own
 * page, then validate the arguments and call the core (bindInvoke). Plain function for Node tests.
 */
import type { InvokeHandlers } from '../../common/ipc-contract.js';
import { bindInvoke } from '../../core/bind-invoke.js';
import { isAllowedSender } from './app-origin.js';

export function guardedInvoke(handlers: InvokeHandlers, channel: string, senderFrameUrl: string | null | undefined, args: unknown): Promise<unknown> {
  if (!isAllowedSender(senderFrameUrl)) return Promise.reject(new Error(`refused ${channel} from ${senderFrameUrl ?? 'an unknown frame'}`));
  return bindInvoke(handlers, channel, args);
}

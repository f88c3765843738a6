/**
 * Binds every invoke channel of the contract to ipcMain, and forwards core events to the windows.
 * Each message's sender frame is checked and its arguments validated (bindInvoke) before the core runs.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { eventChannels, invokeChannels, type EventChannel } from '../common/ipc-contract.js';
import type { Core } from '../core/create-core.js';
import { isAllowedSender } from './policy/app-origin.js';
import { guardedInvoke } from './policy/ipc-guard.js';

/** Register the handlers; returns a function that removes them and the event forwarding. */
export function bindIpc(core: Core): () => void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, args: unknown) => guardedInvoke(core.handlers, channel, event.senderFrame?.url, args));
  }
  const unsubscribes = eventChannels.map((channel: EventChannel) =>
    core.on(channel, (payload) => {
      for (const win of BrowserWindow.getAllWindows()) {
        if (!win.isDestroyed() && isAllowedSender(win.webContents.getURL())) win.webContents.send(channel, payload);
      }
    }),
  );
  return () => {
    for (const channel of invokeChannels) ipcMain.removeHandler(channel);
    for (const off of unsubscribes) off();
  };
}

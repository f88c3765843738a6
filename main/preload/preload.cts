/**
 * The sandboxed preload: exposes exactly the IPC contract as `window.sitroom` through contextBridge.
 * A sandboxed preload cannot require our other files, so the channel lists are written out here and
 * checked against the contract by the compiler (below) and by preload.test.ts.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EventChannel, Events, InvokeChannel, SitroomApi } from '../common/ipc-contract.js';

/** Every invoke channel of the contract. */
export const preloadInvokeChannels = [
  'app:info',
  'region:at',
  'region:card',
  'region:search',
  'settings:get',
  'settings:update',
  'sync:snapshot',
  'feeds:status',
  'ops:submit',
  'hub:connect',
  'forest:spread',
  'forest:dispatch-options',
  'forest:access-route',
  'aoi:resolve',
  'impact:summary',
  'ndms:reports',
  'ndms:report-audit',
  'ndms:alerts',
  'ndms:draft-preview',
  'ndms:alert-send',
  'ndms:alert-cancel',
  'ndms:damage-summary',
] as const satisfies readonly InvokeChannel[];
/** Every event channel of the contract. */
export const preloadEventChannels = ['settings:changed', 'sync:diff', 'feeds:changed', 'impact:changed'] as const satisfies readonly EventChannel[];

// A channel added to the contract but not listed above fails to compile here.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : { missing: Exclude<All, Listed> };
const invokeListComplete: Missing<InvokeChannel, (typeof preloadInvokeChannels)[number]> = true;
const eventListComplete: Missing<EventChannel, (typeof preloadEventChannels)[number]> = true;
void invokeListComplete;
void eventListComplete;

const invokeSet: ReadonlySet<string> = new Set(preloadInvokeChannels);
const eventSet: ReadonlySet<string> = new Set(preloadEventChannels);

const api: SitroomApi = {
  invoke(channel, args) {
    if (!invokeSet.has(channel)) return Promise.reject(new Error(`unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, args);
  },
  on<K extends EventChannel>(channel: K, listener: (payload: Events[K]) => void) {
    if (!eventSet.has(channel)) throw new Error(`unknown event channel ${String(channel)}`);
    // The renderer gets the payload only, never the IpcRendererEvent (it carries `sender`).
    const wrapped = (_event: IpcRendererEvent, payload: Events[K]): void => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('sitroom', api);

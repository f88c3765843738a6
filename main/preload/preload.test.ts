// The preload runs only inside Electron's sandbox as CommonJS. Here its source is transpiled the same
// way and evaluated with a `require` that hands it a recorder instead of electron, so the exposed API
// can be checked against the contract under Node.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { eventChannels, invokeChannels, type SitroomApi } from '../common/ipc-contract.js';

const exposed = new Map<string, unknown>();
const invoked: Array<[string, unknown]> = [];
const listeners = new Map<string, Set<(...a: unknown[]) => void>>();

const fakeElectron = {
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: (channel: string, args: unknown) => {
      invoked.push([channel, args]);
      return Promise.resolve({ channel });
    },
    on: (channel: string, fn: (...a: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(fn);
    },
    removeListener: (channel: string, fn: (...a: unknown[]) => void) => listeners.get(channel)?.delete(fn),
  },
};

const source = readFileSync(new URL('./preload.cts', import.meta.url), 'utf8');
const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
const requireSeen: string[] = [];
const preloadModule = { exports: {} as { preloadInvokeChannels: readonly string[]; preloadEventChannels: readonly string[] } };
new Function('require', 'module', 'exports', outputText)(
  (name: string) => {
    requireSeen.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return fakeElectron;
  },
  preloadModule,
  preloadModule.exports,
);
const preload = preloadModule.exports;
const api = exposed.get('sitroom') as SitroomApi;

describe('preload', () => {
  it('requires nothing but electron (a sandboxed preload cannot load local files)', () => {
    expect(requireSeen).toEqual(['electron']);
  });

  it('lists exactly the contract channels', () => {
    expect([...preload.preloadInvokeChannels].sort()).toEqual([...invokeChannels].sort());
    expect([...preload.preloadEventChannels].sort()).toEqual([...eventChannels].sort());
  });

  it('exposes only invoke and on as window.sitroom', () => {
    expect([...exposed.keys()]).toEqual(['sitroom']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract invokes and refuses others without reaching ipcRenderer', async () => {
    await expect(api.invoke('region:at', { lon: 127, lat: 37 })).resolves.toEqual({ channel: 'region:at' });
    const smuggled = api as unknown as { invoke(channel: string, args: unknown): Promise<unknown> };
    await expect(smuggled.invoke('fs:read', { path: '/etc/passwd' })).rejects.toThrow(/unknown channel/);
    expect(invoked).toEqual([['region:at', { lon: 127, lat: 37 }]]);
  });

  it('delivers event payloads without the IPC event and unsubscribes', () => {
    const got: unknown[] = [];
    const off = api.on('settings:changed', (payload) => got.push(payload));
    for (const fn of listeners.get('settings:changed') ?? []) fn({ sender: 'secret' }, { theme: 'light' });
    off();
    expect(listeners.get('settings:changed')?.size).toBe(0);
    expect(got).toEqual([{ theme: 'light' }]);
    const smuggled = api as unknown as { on(channel: string, fn: () => void): () => void };
    expect(() => smuggled.on('ipc:anything', () => undefined)).toThrow(/unknown event channel/);
  });
});

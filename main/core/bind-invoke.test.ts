import type { InvokeHandlers } from '../common/ipc-contract.js';
import { getDefaultSettings } from '../common/settings.js';
import { bindInvoke } from './bind-invoke.js';

const calls: Array<[string, unknown]> = [];
const record = <T>(channel: string, result: T) => async (args: unknown): Promise<T> => {
  calls.push([channel, args]);
  return result;
};
// Only the channels these tests call; the domain channels added over time need no entry here.
const known: Partial<InvokeHandlers> = {
  'app:info': record('app:info', { version: '1', shell: 'browser-host' as const, attributions: [] }),
  'region:at': record('region:at', null),
  'region:card': record('region:card', null),
  'region:search': record('region:search', []),
  'settings:get': record('settings:get', getDefaultSettings()),
  'settings:update': record('settings:update', getDefaultSettings()),
  'sync:snapshot': record('sync:snapshot', { serial: 0, exercise: false, streams: [] }),
  'feeds:status': record('feeds:status', {
    exercise: false,
    hub: { mode: 'off' as const, url: null, state: 'off' as const, refusal: null, lastError: null, lastHeartbeatAt: null },
    demo: null,
    outboxPending: 0,
    user: null,
    streams: [],
    at: 0,
  }),
  'ops:submit': record('ops:submit', { id: 'cmd-1' }),
  'hub:connect': record('hub:connect', {
    exercise: true,
    hub: { mode: 'demo' as const, url: null, state: 'starting' as const, refusal: null, lastError: null, lastHeartbeatAt: null },
    demo: null,
    outboxPending: 0,
    user: null,
    streams: [],
    at: 0,
  }),
  'forest:spread': record('forest:spread', null),
  'forest:dispatch-options': record('forest:dispatch-options', null),
  'forest:access-route': record('forest:access-route', null),
};
const handlers = known as InvokeHandlers;

beforeEach(() => {
  calls.length = 0;
});

describe('bindInvoke', () => {
  it('calls the handler with validated arguments', async () => {
    await bindInvoke(handlers, 'region:at', { lon: 127, lat: 37.5 });
    await bindInvoke(handlers, 'app:info', undefined);
    expect(calls).toEqual([['region:at', { lon: 127, lat: 37.5 }], ['app:info', {}]]);
  });

  it.each([['__proto__'], ['constructor'], ['toString'], ['hasOwnProperty'], ['fs:read'], [42], [null], [{}]])('refuses the channel %s without calling anything', async (channel) => {
    await expect(bindInvoke(handlers, channel, {})).rejects.toThrow(/unknown channel/);
    expect(calls).toEqual([]);
  });

  it.each([
    ['region:at', { lon: '127', lat: 37 }],
    ['region:at', { lon: Number.NaN, lat: 37 }],
    ['region:at', { lon: 127, lat: 37, __proto__: { polluted: true }, extra: 1 }],
    ['region:card', { level: 'country', code: '11' }],
    ['region:card', { level: 'sido', code: '../../etc' }],
    ['region:search', { query: 'x'.repeat(101) }],
    ['settings:update', { theme: 'neon' }],
    ['settings:update', { layers: { a: { visible: true, opacity: 2 } } }],
    ['app:info', { unexpected: true }],
    // The hub connection is changed only through hub:connect, never smuggled in as a settings patch.
    ['settings:update', { hub: { mode: 'remote', url: 'http://evil.example', token: 't' } }],
    ['sync:snapshot', { streams: ['not a stream'] }],
    ['ops:submit', { stream: 'forest.fires', kind: 'note', key: 'k', props: {} }],
    ['ops:submit', { stream: 'ops.notes', kind: 'note', key: 'k' }],
    ['hub:connect', { mode: 'remote', url: 'file:///etc/passwd', token: 't' }],
    ['hub:connect', { mode: 'remote', url: 'http://127.0.0.1:1' }],
    ['hub:connect', { mode: 'demo', url: 'http://127.0.0.1:1' }],
  ])('refuses invalid arguments for %s', async (channel, args) => {
    await expect(bindInvoke(handlers, channel, args)).rejects.toThrow(new RegExp(`invalid arguments for ${channel}`));
    expect(calls).toEqual([]);
  });
});

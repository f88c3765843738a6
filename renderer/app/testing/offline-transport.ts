/** A transport for component tests that render without a core: every invoke rejects, no events arrive. */
import type { Transport } from '../transport';

export const offlineTransport: Transport = {
  invoke: (() => Promise.reject(new Error('not in this test'))) as Transport['invoke'],
  on: () => () => undefined,
  connection: () => 'connected',
  onConnection: () => () => undefined,
  close: () => undefined,
};

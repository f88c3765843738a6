/**
 * Embedded mode: the hub the desktop main process and `sitroom serve` start for themselves — loopback
 * only, a random port, and a local supervisor user whose token is regenerated on every start (only
 * this process knows it). By default it plays the built-in demo day, so everything is `exercise`.
 */
import { createHub, type Hub, type HubOptions } from './create-hub.js';

/** An embedded hub plus the token of its local user. */
export interface EmbeddedHub extends Hub {
  localUser: string;
  localToken: string;
}

export const LOCAL_USER = 'local';

export async function createEmbeddedHub(opts: Omit<HubOptions, 'host' | 'port' | 'tls' | 'scenario'> & { scenario?: string | null }): Promise<EmbeddedHub> {
  // scenario: absent → the demo day; null → none (a real-data embedded hub).
  const { scenario, ...rest } = opts;
  const options: HubOptions = { retention: { keepMs: 48 * 3600_000 }, ...rest, host: '127.0.0.1', port: 0 };
  if (scenario !== null) options.scenario = scenario ?? 'demo';
  if (options.scenario && options.speed === undefined) options.speed = 1;
  const hub = await createHub(options);
  const localToken = hub.users.rotateToken(LOCAL_USER, 'supervisor', { sensitive: true });
  return Object.assign(hub, { localUser: LOCAL_USER, localToken });
}

/**
 * Source definitions for the ITS open API endpoints, so the connector runner polls them every
 * 5 minutes (trafficInfo refreshes every 5 minutes upstream). The key comes from configuration or
 * the environment variable `ITS_API_KEY`; without one the URL cannot be built and the runner
 * reports that instead of calling out.
 */
import type { SourceDefinition } from '../types.js';
import { itsCctvAdapter } from './its-cctv.js';
import { itsEventsAdapter } from './its-events.js';
import { itsTrafficAdapter } from './its-traffic.js';

export const ITS_BASE_URL = 'https://openapi.its.go.kr:9443';
export const ITS_POLL_MS = 5 * 60_000;
/** South Korea, as the API's bounding-box parameters. */
const BOX = { minX: '124', maxX: '132', minY: '33', maxY: '39' };

function itsUrl(endpoint: string, extra: Record<string, string>, base: string) {
  return ({ apiKey }: { apiKey: string | undefined }): string => {
    if (!apiKey) throw new Error(`no ITS API key (set ITS_API_KEY or configure apiKey) for ${endpoint}`);
    const q = new URLSearchParams({ apiKey, ...extra, ...BOX, getType: 'json' });
    return `${base}/${endpoint}?${q.toString()}`;
  };
}

export interface ItsSourceOptions {
  apiKey?: string;
  /** Another base URL (a relay on a separated network, a test server). */
  baseUrl?: string;
  intervalMs?: number;
}

/** The three ITS sources: `its-openapi:trafficInfo`, `its-openapi:eventInfo`, `its-openapi:cctvInfo`. */
export function itsSources(opts: ItsSourceOptions = {}): SourceDefinition[] {
  const base = opts.baseUrl ?? ITS_BASE_URL;
  const common = { intervalMs: opts.intervalMs ?? ITS_POLL_MS, apiKeyEnv: 'ITS_API_KEY', ...(opts.apiKey ? { apiKey: opts.apiKey } : {}) };
  return [
    { id: 'its-openapi:trafficInfo', url: itsUrl('trafficInfo', { type: 'all', drcType: 'all' }, base), parse: itsTrafficAdapter.payload, ...common },
    { id: 'its-openapi:eventInfo', url: itsUrl('eventInfo', { type: 'all', eventType: 'all' }, base), parse: itsEventsAdapter.payload, ...common },
    { id: 'its-openapi:cctvInfo', url: itsUrl('cctvInfo', { type: 'all', cctvType: '1' }, base), parse: itsCctvAdapter.payload, ...common },
  ];
}

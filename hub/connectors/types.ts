/** The adapter and source contracts the domain issues plug their upstream APIs into. */
import type { EventInput } from '../../main/common/events.js';

/** A record the adapter could not turn into an event, kept in quarantine. */
export interface Reject {
  raw: unknown;
  reason: string;
}

/** What an upstream response said about itself, beyond its records. */
export type UpstreamStatus = { kind: 'ok' } | { kind: 'quota'; message: string } | { kind: 'error'; message: string };

/** Result of parsing one upstream response. */
export interface ParseResult {
  events: EventInput[];
  rejects: Reject[];
  /** Errors signalled inside a 200 response (e.g. ITS resultCode 4001 = quota). Default ok. */
  upstream?: UpstreamStatus;
}

/** Context an adapter may use (time of receipt; never the wall clock directly, for tests). */
export interface AdapterContext {
  now: number;
}

/**
 * Turns upstream records into events. `record` handles one record (used by the scenario engine);
 * `payload` a whole response body (used by connectors), usually by unwrapping and calling `record`.
 */
export interface Adapter {
  id: string;
  record(raw: unknown, ctx: AdapterContext): EventInput | Reject;
  payload(text: string, ctx: AdapterContext): ParseResult;
}


/** An upstream source polled on a schedule. */
export interface SourceDefinition {
  /** Also the quarantine source name. */
  id: string;
  /** The request URL for this poll; `apiKey` comes from config or the environment. */
  url(params: { apiKey: string | undefined; now: number }): string;
  /** Poll interval, ms. */
  intervalMs: number;
  /** Key from configuration; otherwise read from the environment variable `apiKeyEnv`. */
  apiKey?: string;
  apiKeyEnv?: string;
  timeoutMs?: number;
  parse(payload: string, ctx: AdapterContext): ParseResult;
}

/**
 * Polls upstream sources on their schedules. A failure (HTTP error, timeout, quota or error code in a
 * 200 response, unparseable body) backs the source off exponentially; quota errors back off at least
 * `quotaBackoffMs` because retrying sooner only burns the agency's daily quota. Rejected records go to
 * the quarantine; good ones are ingested.
 */
import type { AppendResult } from '../log/event-log.js';
import { httpGet, proxyFor } from './http-get.js';
import type { Quarantine } from './quarantine.js';
import type { SourceDefinition } from './types.js';

export type { SourceDefinition };

/** Runner tuning; defaults suit real APIs, tests shrink them. */
export interface ConnectorOptions {
  ingest(inputs: readonly unknown[]): AppendResult;
  quarantine: Quarantine;
  log(msg: string): void;
  /** First retry delay after a failure; doubles per consecutive failure. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  quotaBackoffMs: number;
  defaultTimeoutMs: number;
  env: NodeJS.ProcessEnv;
  now(): number;
}

/** One poll's outcome. */
export type PollOutcome =
  | { kind: 'ok'; appended: number; duplicates: number; rejected: number }
  | { kind: 'http-error' | 'timeout' | 'network' | 'quota' | 'upstream-error' | 'malformed'; message: string };

/** Per-source state, for health displays and tests. */
export interface SourceState {
  id: string;
  consecutiveFailures: number;
  lastOutcome: PollOutcome | null;
  lastOkAt: number | null;
  /** Delay before the next poll, ms. */
  nextDelayMs: number;
}

export class SourceRunner {
  private readonly st: SourceState;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;

  constructor(
    private readonly def: SourceDefinition,
    private readonly o: ConnectorOptions,
  ) {
    this.st = { id: def.id, consecutiveFailures: 0, lastOutcome: null, lastOkAt: null, nextDelayMs: def.intervalMs };
  }

  state(): SourceState {
    return { ...this.st };
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Polls once and updates the backoff state. Never throws. */
  async pollOnce(): Promise<PollOutcome> {
    let out: PollOutcome;
    try {
      out = await this.fetchAndParse();
    } catch (err) {
      // Ingest refused (disk full) or the hub is closing: a failure like any other, retried later.
      out = { kind: 'upstream-error', message: `could not store: ${err instanceof Error ? err.message : String(err)}` };
    }
    this.st.lastOutcome = out;
    if (out.kind === 'ok') {
      this.st.consecutiveFailures = 0;
      this.st.lastOkAt = this.o.now();
      this.st.nextDelayMs = this.def.intervalMs;
    } else {
      this.st.consecutiveFailures++;
      const exp = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (this.st.consecutiveFailures - 1));
      this.st.nextDelayMs = Math.max(this.def.intervalMs, out.kind === 'quota' ? Math.max(exp, this.o.quotaBackoffMs) : exp);
      this.o.log(`source ${this.def.id}: ${out.kind}: ${out.message}; next try in ${this.st.nextDelayMs} ms`);
    }
    return out;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.pollOnce().then(() => this.schedule(this.st.nextDelayMs));
    }, delay);
    this.timer.unref();
  }

  private async fetchAndParse(): Promise<PollOutcome> {
    const now = this.o.now();
    const apiKey = this.def.apiKey ?? (this.def.apiKeyEnv ? this.o.env[this.def.apiKeyEnv] : undefined);
    let url: string;
    try {
      url = this.def.url({ apiKey, now });
    } catch (err) {
      return { kind: 'upstream-error', message: `cannot build URL: ${String(err)}` };
    }
    let body: string;
    try {
      const res = await httpGet(url, { timeoutMs: this.def.timeoutMs ?? this.o.defaultTimeoutMs, proxy: proxyFor(url, this.o.env) });
      if (res.status === 429) return { kind: 'quota', message: 'HTTP 429' };
      if (res.status < 200 || res.status >= 300) return { kind: 'http-error', message: `HTTP ${res.status}` };
      body = res.body;
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout', message: `no answer within ${this.def.timeoutMs ?? this.o.defaultTimeoutMs} ms` };
      return { kind: 'network', message: err instanceof Error ? `${err.message}${err.cause ? ` (${String(err.cause)})` : ''}` : String(err) };
    }
    let parsed;
    try {
      parsed = this.def.parse(body, { now });
    } catch (err) {
      this.o.quarantine.add(this.def.id, [{ raw: body, reason: `adapter threw: ${String(err)}` }], now);
      return { kind: 'malformed', message: `adapter threw: ${String(err)}` };
    }
    this.o.quarantine.add(this.def.id, parsed.rejects, now);
    const up = parsed.upstream ?? { kind: 'ok' };
    if (up.kind === 'quota') return { kind: 'quota', message: up.message };
    if (up.kind === 'error') return { kind: parsed.events.length === 0 && parsed.rejects.length > 0 ? 'malformed' : 'upstream-error', message: up.message };
    const r = this.o.ingest(parsed.events);
    for (const bad of r.invalid) this.o.quarantine.add(this.def.id, [{ raw: parsed.events[bad.index], reason: `envelope: ${bad.reason}` }], now);
    return { kind: 'ok', appended: r.appended.length, duplicates: r.duplicates, rejected: parsed.rejects.length + r.invalid.length };
  }
}

/** Handle on the started runners. */
export interface ConnectorHandle {
  runners: SourceRunner[];
  stop(): void;
}

export function startConnectors(sources: readonly SourceDefinition[], opts: Partial<ConnectorOptions> & Pick<ConnectorOptions, 'ingest' | 'quarantine' | 'log'>): ConnectorHandle {
  const full: ConnectorOptions = {
    backoffBaseMs: 30_000,
    backoffMaxMs: 30 * 60_000,
    quotaBackoffMs: 15 * 60_000,
    defaultTimeoutMs: 15_000,
    env: process.env,
    now: Date.now,
    ...opts,
  };
  const runners = sources.map((s) => new SourceRunner(s, full));
  for (const r of runners) r.start();
  return { runners, stop: () => runners.forEach((r) => r.stop()) };
}

/**
 * Plain HTTP routes beside socket.io: `GET /health` (public: state, heads, refusal) and the test/admin
 * hook `POST /admin/ingest` — loopback callers only, `Authorization: Bearer <supervisor token>`, body
 * NDJSON or a JSON array of EventInput; answers `{appended, duplicates, invalid, heads}`.
 * `POST /admin/scenario` (same guard) with `{"action":"play"|"pause"}` or `{"speed":X}` controls the
 * scenario player and answers its status.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UserStore } from '../auth/users.js';
import type { ScenarioPlayer } from '../scenario/player.js';
import { InputRefusedError, type AppendResult } from '../log/event-log.js';

/** What the routes need from the hub. */
export interface AdminDeps {
  users: UserStore;
  health(): unknown;
  ingest(inputs: unknown[]): AppendResult;
  heads(): Record<string, number>;
  maxBodyBytes: number;
  scenario(): ScenarioPlayer | null;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function isLoopback(addr: string | undefined): boolean {
  return addr === '127.0.0.1' || addr === '::1' || addr === '::ffff:127.0.0.1';
}

/** Parses NDJSON or a JSON array into records; throws with the line number on bad JSON. */
export function parseIngestBody(text: string): unknown[] {
  const t = text.trim();
  if (t.startsWith('[')) return JSON.parse(t) as unknown[];
  return t
    .split('\n')
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l.length > 0)
    .map(([l, n]) => {
      try {
        return JSON.parse(l) as unknown;
      } catch {
        throw new Error(`line ${n}: not JSON`);
      }
    });
}

export function createAdminHandler(deps: AdminDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://hub');
    if (req.method === 'GET' && url.pathname === '/health') return send(res, 200, deps.health());
    if (url.pathname !== '/admin/ingest' && url.pathname !== '/admin/scenario') return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'POST only' });
    if (!isLoopback(req.socket.remoteAddress)) return send(res, 403, { error: 'admin routes answer loopback callers only' });
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    const who = auth?.[1] ? deps.users.authenticate(auth[1]) : null;
    if (!who || !who.ok) return send(res, 401, { error: who && !who.ok ? who.message : 'missing bearer token' });
    if (who.user.role !== 'supervisor') return send(res, 403, { error: 'admin routes need a supervisor token' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > deps.maxBodyBytes) {
        send(res, 413, { error: `body over ${deps.maxBodyBytes} bytes` });
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (res.headersSent) return;
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        if (url.pathname === '/admin/scenario') return send(res, ...controlScenario(deps.scenario(), text));
        const r = deps.ingest(parseIngestBody(text));
        send(res, 200, { appended: r.appended.length, duplicates: r.duplicates, invalid: r.invalid, heads: deps.heads() });
      } catch (err) {
        if (err instanceof InputRefusedError) send(res, 503, { error: err.message });
        else send(res, 400, { error: err instanceof Error ? err.message : String(err) });
      }
    });
  };
}

function controlScenario(player: ScenarioPlayer | null, text: string): [number, unknown] {
  if (!player) return [409, { error: 'this hub runs no scenario (start it with --scenario)' }];
  const body = JSON.parse(text || '{}') as { action?: unknown; speed?: unknown };
  if (body.speed !== undefined) player.setSpeed(Number(body.speed));
  if (body.action === 'play') player.play();
  else if (body.action === 'pause') player.pause();
  else if (body.action !== undefined) return [400, { error: 'action must be play or pause' }];
  return [200, player.status()];
}

/**
 * The fault runs' end condition, checked from the files themselves: every event in the hub's log is
 * in the client store exactly once, no gap, integrity_check ok, cursors at the highest applied seq,
 * and the projection and R*Tree agree with the log.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';

interface LogRow {
  stream: string;
  seq: number;
  id: string;
}

/** Hub heads straight from its database (read-only). */
export function hubHeads(hubDataDir: string): Record<string, number> {
  const db = new Database(join(hubDataDir, 'hub.db'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT stream, head FROM streams').all() as { stream: string; head: number }[];
    return Object.fromEntries(rows.map((r) => [r.stream, r.head]));
  } finally {
    db.close();
  }
}

/** Client cursors straight from its store (read-only); {} while the store does not exist yet. */
export function clientCursors(clientDataDir: string): Record<string, number> {
  let db: Database.Database;
  try {
    db = new Database(join(clientDataDir, 'store.sqlite'), { readonly: true, fileMustExist: true });
  } catch {
    return {};
  }
  try {
    const rows = db.prepare('SELECT stream, last_seq FROM cursors').all() as { stream: string; last_seq: number }[];
    return Object.fromEntries(rows.map((r) => [r.stream, r.last_seq]));
  } catch {
    return {}; // not migrated yet
  } finally {
    db.close();
  }
}

export function caughtUp(hubDataDir: string, clientDataDir: string): boolean {
  const heads = hubHeads(hubDataDir);
  const cursors = clientCursors(clientDataDir);
  return Object.entries(heads).every(([s, h]) => (cursors[s] ?? 0) === h);
}

/** Returns the list of violations (empty when the client store is a faithful copy). */
export function verifySync(hubDataDir: string, clientDataDir: string): string[] {
  const problems: string[] = [];
  const hub = new Database(join(hubDataDir, 'hub.db'), { readonly: true, fileMustExist: true });
  const cli = new Database(join(clientDataDir, 'store.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const hubRows = hub.prepare('SELECT stream, seq, id FROM events ORDER BY stream, seq').all() as LogRow[];
    const cliRows = cli.prepare('SELECT stream, seq, id FROM events ORDER BY stream, seq').all() as LogRow[];
    const key = (r: LogRow) => `${r.stream}#${r.seq}#${r.id}`;
    const cliCount = new Map<string, number>();
    for (const r of cliRows) cliCount.set(key(r), (cliCount.get(key(r)) ?? 0) + 1);
    const hubKeys = new Set(hubRows.map(key));
    for (const r of hubRows) {
      const n = cliCount.get(key(r)) ?? 0;
      if (n !== 1) problems.push(`${key(r)} held ${n} times`);
      if (problems.length > 20) break;
    }
    for (const r of cliRows) if (!hubKeys.has(key(r))) problems.push(`client holds ${key(r)}, which the hub never logged`);

    const ic = cli.pragma('integrity_check', { simple: true });
    if (ic !== 'ok') problems.push(`integrity_check: ${String(ic)}`);

    const cursors = Object.fromEntries((cli.prepare('SELECT stream, last_seq FROM cursors').all() as { stream: string; last_seq: number }[]).map((r) => [r.stream, r.last_seq]));
    const byStream = new Map<string, number[]>();
    for (const r of cliRows) (byStream.get(r.stream) ?? byStream.set(r.stream, []).get(r.stream)!).push(r.seq);
    const heads = Object.fromEntries((hub.prepare('SELECT stream, head FROM streams').all() as { stream: string; head: number }[]).map((r) => [r.stream, r.head]));
    for (const [stream, seqs] of byStream) {
      seqs.forEach((s, i) => {
        if (s !== i + 1 && problems.length < 40) problems.push(`${stream}: gap, position ${i + 1} holds seq ${s}`);
      });
      const max = seqs[seqs.length - 1] ?? 0;
      if (cursors[stream] !== max) problems.push(`${stream}: cursor ${cursors[stream]} but highest applied seq ${max}`);
    }
    for (const [stream, head] of Object.entries(heads)) if ((cursors[stream] ?? 0) !== head) problems.push(`${stream}: cursor ${cursors[stream] ?? 0}, hub head ${head}`);

    // The projection must equal "last op per key" over the log, and the R*Tree one row per located feature.
    const expected = cli
      .prepare(`SELECT e.stream, e.key, e.seq FROM events e JOIN (SELECT stream, key, max(seq) AS seq FROM events GROUP BY stream, key) m USING (stream, key, seq) WHERE e.op = 'upsert' ORDER BY 1, 2`)
      .all();
    const actual = cli.prepare('SELECT stream, key, seq FROM current_state ORDER BY 1, 2').all();
    if (JSON.stringify(expected) !== JSON.stringify(actual)) problems.push(`projection differs from the log (${actual.length} rows vs ${expected.length} expected)`);
    const located = cli.prepare('SELECT count(*) FROM current_state WHERE min_x IS NOT NULL').pluck().get();
    const indexed = cli.prepare('SELECT count(*) FROM current_rtree').pluck().get();
    if (located !== indexed) problems.push(`R*Tree holds ${String(indexed)} rows for ${String(located)} located features`);
  } finally {
    hub.close();
    cli.close();
  }
  return problems;
}

/**
 * Durable quarantine: every record an adapter rejects is kept with its reason and raw input (as
 * JSON text, truncated past 256 KiB so one monster payload cannot fill the disk), counted per source.
 * The same raw record rejected again (an upstream that keeps serving it) bumps `seen` on its row.
 */
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';

const MAX_RAW_CHARS = 256 * 1024;

/** One quarantined record. */
export interface QuarantineEntry {
  source: string;
  reason: string;
  raw: string;
  receivedAt: number;
  /** How many times this exact raw input was rejected. */
  seen: number;
}

export function rawText(raw: unknown): string {
  let text: string;
  if (typeof raw === 'string') text = raw;
  else {
    try {
      text = JSON.stringify(raw) ?? String(raw);
    } catch {
      text = String(raw);
    }
  }
  return text.length > MAX_RAW_CHARS ? `${text.slice(0, MAX_RAW_CHARS)}…[truncated ${text.length - MAX_RAW_CHARS} chars]` : text;
}

export class Quarantine {
  constructor(private readonly db: Database) {}

  add(source: string, entries: readonly { raw: unknown; reason: string }[], now = Date.now()): void {
    if (entries.length === 0) return;
    const ins = this.db.prepare(
      'INSERT INTO quarantine (source, reason, raw, receivedAt, rawHash) VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, rawHash) DO UPDATE SET seen = seen + 1, reason = excluded.reason, receivedAt = excluded.receivedAt',
    );
    this.db.transaction(() => {
      for (const e of entries) {
        const raw = rawText(e.raw);
        ins.run(source, e.reason, raw, now, createHash('sha256').update(raw).digest('hex'));
      }
    })();
  }

  countsBySource(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.db.prepare('SELECT source, COUNT(*) AS n FROM quarantine GROUP BY source ORDER BY source').all() as { source: string; n: number }[]) out[r.source] = r.n;
    return out;
  }

  list(source: string, limit = 100): QuarantineEntry[] {
    return this.db.prepare('SELECT source, reason, raw, receivedAt, seen FROM quarantine WHERE source = ? ORDER BY receivedAt DESC, rowid DESC LIMIT ?').all(source, limit) as QuarantineEntry[];
  }
}

/**
 * Public Information Sharing on the hub: a look-up request (`public-info.lookup`) must name a legal
 * basis from the panel's list and a purpose; it is written to the access log in the same transaction
 * as its event, with the scope the user may see — individual records with the sensitive-records
 * grant, aggregates only without it (the hub withholds sensitive records from those users anyway).
 */
import type { Database } from 'better-sqlite3';
import { LOOKUP_LEGAL_BASES, PUBLIC_INFO_LOOKUP_KIND } from '../../main/common/panels/defs/public-info.js';
import type { HubUser } from './users.js';

/** One access-log row. */
export interface AccessLogEntry {
  commandId: string;
  user: string;
  role: string;
  scope: 'aggregate' | 'individual';
  legalBasis: string;
  purpose: string;
  /** The look-up's area (GeoJSON text) or null. */
  area: string | null;
  at: number;
}

export function isLookup(cmd: { kind: string }): boolean {
  return cmd.kind === PUBLIC_INFO_LOOKUP_KIND;
}

/** null when the look-up may go ahead, else why it is refused. */
export function checkLookup(props: Record<string, unknown>): string | null {
  const basis = props['legalBasis'];
  if (typeof basis !== 'string' || !LOOKUP_LEGAL_BASES.some((b) => b.value === basis)) return `look-up refused: name a legal basis from the list (${LOOKUP_LEGAL_BASES.map((b) => b.value).join(', ')})`;
  const purpose = props['purpose'];
  if (typeof purpose !== 'string' || purpose.trim().length === 0) return 'look-up refused: state its purpose';
  return null;
}

/** Writes the look-up to the access log (call inside the command's write transaction). */
export function logLookup(db: Database, user: HubUser, commandId: string, props: Record<string, unknown>, at: number): AccessLogEntry {
  const area = props['area'] ?? props['regionCode'] ?? null;
  const entry: AccessLogEntry = {
    commandId,
    user: user.name,
    role: user.role,
    scope: user.sensitive ? 'individual' : 'aggregate',
    legalBasis: String(props['legalBasis']),
    purpose: String(props['purpose']),
    area: area === null ? null : JSON.stringify(area),
    at,
  };
  db.prepare('INSERT INTO access_log (commandId, user, role, scope, legalBasis, purpose, area, at) VALUES (@commandId, @user, @role, @scope, @legalBasis, @purpose, @area, @at)').run(entry);
  return entry;
}

export function readAccessLog(db: Database, limit = 1000): AccessLogEntry[] {
  return db.prepare('SELECT commandId, user, role, scope, legalBasis, purpose, area, at FROM access_log ORDER BY at DESC, rowid DESC LIMIT ?').all(limit) as AccessLogEntry[];
}

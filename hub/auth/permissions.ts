/**
 * Who may do what. Viewers only read; operators issue operator actions; supervisors also send alerts.
 * The table is data so the domain issues can add supervisor-only kinds without touching the check.
 */
import type { Role } from './users.js';

/** Streams whose commands only supervisors may issue. */
export const SUPERVISOR_STREAMS: readonly string[] = ['ops.alerts-send'];
/** Command kinds (by suffix) only supervisors may issue. */
export const SUPERVISOR_KIND_SUFFIXES: readonly string[] = ['alert.send', 'alert.update', 'alert.cancel', 'key.revoke'];

const RANK: Record<Role, number> = { viewer: 0, operator: 1, supervisor: 2 };

/** The role a command needs. */
export function requiredRole(cmd: { stream: string; kind: string }): Role {
  if (SUPERVISOR_STREAMS.includes(cmd.stream)) return 'supervisor';
  if (SUPERVISOR_KIND_SUFFIXES.some((s) => cmd.kind === s || cmd.kind.endsWith(`.${s}`) || cmd.kind.endsWith(s))) return 'supervisor';
  return 'operator';
}

/** null when allowed, else the reason for the refusal. */
export function checkCommandPermission(role: Role, cmd: { stream: string; kind: string }): string | null {
  const need = requiredRole(cmd);
  if (RANK[role] >= RANK[need]) return null;
  if (role === 'viewer') return 'viewers may not issue operator actions (role viewer is read-only)';
  return `${cmd.kind} on ${cmd.stream} needs role ${need}, you are ${role}`;
}

/** Whether a user may see the full content of a sensitive record. */
export function maySeeSensitive(user: { sensitive: boolean }): boolean {
  return user.sensitive;
}

/**
 * Operator commands: size check, schema, role, GCMA signature, dedupe by the client's command id,
 * stamp the user (and the signature, so every client can verify it again), append to the ops stream — the dedupe row and the event commit in one transaction, and the ack is
 * built only after that commit returned (synchronous=FULL: the commit is on disk).
 */
import type { EventEnvelope, EventStatus } from '../../main/common/events.js';
import { opsCommandSchema, type OpsAck } from '../../main/common/sync-protocol.js';
import { checkLookup, isLookup, logLookup } from '../auth/access-log.js';
import { checkCommandSignature } from '../auth/command-signature.js';
import { keyEvent, type KeyStore } from '../auth/keys.js';
import { checkCommandPermission } from '../auth/permissions.js';
import type { HubUser } from '../auth/users.js';
import { GCMA_OPS_STREAM, REVOKE_KEY_KIND } from '../../main/common/gcma/signed-command.js';
import { InputRefusedError, type EventLog } from '../log/event-log.js';

/** Everything a command needs from the hub. */
export interface CommandContext {
  log: EventLog;
  user: HubUser;
  maxCommandBytes: number;
  /** Status stamped on operator events (`exercise` while a scenario hub runs). */
  status: EventStatus;
  /** GCMA public keys: signatures are checked against them; key revocations change them. */
  keys: KeyStore;
}

/** Thrown inside the write transaction to roll it back and refuse the command. */
class CommandRefused extends Error {}

/** The ack plus what to broadcast (empty for refusals and duplicates). */
export interface CommandOutcome {
  ack: OpsAck;
  appended: EventEnvelope[];
}

function idOf(raw: unknown): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id.slice(0, 128) : '';
}

export function commandSize(raw: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(raw) ?? '', 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export function handleCommand(ctx: CommandContext, raw: unknown): CommandOutcome {
  const id = idOf(raw);
  const refuse = (reason: string): CommandOutcome => ({ ack: { ok: false, id, reason }, appended: [] });
  const size = commandSize(raw);
  if (size > ctx.maxCommandBytes) return refuse(`command too large: ${size} bytes, the limit is ${ctx.maxCommandBytes}`);
  const parsed = opsCommandSchema.safeParse(raw);
  if (!parsed.success) return refuse(`invalid command: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const cmd = parsed.data;
  const denied = checkCommandPermission(ctx.user.role, cmd);
  if (denied) return refuse(`not allowed: ${denied}`);
  const unsigned = checkCommandSignature(ctx.keys, ctx.user.name, cmd);
  if (unsigned) return refuse(unsigned);
  const badLookup = isLookup(cmd) ? checkLookup(cmd.props) : null;
  if (badLookup) return refuse(badLookup);
  const { db } = ctx.log;
  try {
    return ctx.log.write((): CommandOutcome => {
      const seen = db.prepare('SELECT stream, seq FROM ops_commands WHERE id = ?').get(cmd.id) as { stream: string; seq: number } | undefined;
      if (seen) return { ack: { ok: true, id: cmd.id, stream: seen.stream, seq: seen.seq, duplicate: true }, appended: [] };
      const { appended } = ctx.log.appendValidated([
        {
          stream: cmd.stream,
          id: cmd.id,
          key: cmd.key,
          kind: cmd.kind,
          op: cmd.op,
          ts: cmd.issuedAt,
          status: ctx.status,
          geometry: cmd.geometry ?? null,
          props: { ...cmd.props, user: ctx.user.name, role: ctx.user.role, commandId: cmd.id, signature: cmd.sig ?? null },
          source: `user:${ctx.user.name}`,
        },
      ]);
      const ev = appended[0];
      if (!ev) throw new Error(`command id ${cmd.id} collides with a logged event id`);
      db.prepare('INSERT INTO ops_commands (id, user, stream, seq, receivedAt) VALUES (?, ?, ?, ?, ?)').run(cmd.id, ctx.user.name, ev.stream, ev.seq, ev.receivedAt);
      // Public Information Sharing: every look-up is in the access log, committed with its event.
      if (isLookup(cmd)) logLookup(db, ctx.user, cmd.id, cmd.props, ev.receivedAt);
      const effects = cmd.stream === GCMA_OPS_STREAM && cmd.kind === REVOKE_KEY_KIND ? revokeKeys(ctx, revokeTarget(ctx.keys, cmd.props, cmd.key), ev.receivedAt) : [];
      return { ack: { ok: true, id: cmd.id, stream: ev.stream, seq: ev.seq, duplicate: false }, appended: [...appended, ...effects] };
    });
  } catch (err) {
    if (err instanceof CommandRefused) return refuse(err.message);
    if (err instanceof InputRefusedError) return refuse(err.message);
    return refuse(`command failed, try again: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * `gcma.key.revoke`: revokes the target user's signing keys and publishes them as revoked on
 * `hub.keys`, in the command's own transaction (both commit or neither).
 */
function revokeKeys(ctx: CommandContext, target: unknown, at: number): EventEnvelope[] {
  if (typeof target !== 'string' || !ctx.keys.userExists(target)) throw new CommandRefused(`revoke key: no user "${String(target)}" on this hub`);
  const revoked = ctx.keys.revokeUser(target, ctx.user.name, at);
  return ctx.log.appendValidated(revoked.map((k) => keyEvent(k, ctx.status, at))).appended;
}

/**
 * Whose keys a revocation names: `props.target` (a user), else the user of the key in
 * `props.recordKey` (the GCMA panel acts on a key record), else the command key (a user or a key id).
 */
function revokeTarget(keys: KeyStore, props: Record<string, unknown>, key: string): unknown {
  if (props['target'] !== undefined) return props['target'];
  for (const candidate of [props['recordKey'], key]) {
    if (typeof candidate !== 'string') continue;
    const k = keys.get(candidate);
    if (k) return k.user;
    if (keys.userExists(candidate)) return candidate;
  }
  return key;
}

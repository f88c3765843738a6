/**
 * The hub's side of GCMA key registration: a client emits `gcma:register-key` with its public key
 * right after connecting (before anything from its outbox, so socket.io's ordering puts the key in
 * place before the first signed command). A new key is published on `hub.keys` for every client.
 */
import type { Socket } from 'socket.io';
import type { EventEnvelope, EventStatus } from '../../main/common/events.js';
import { REGISTER_KEY_EVENT, type KeyRegistrationAck } from '../../main/common/gcma/signed-command.js';
import { keyEvent, type KeyStore } from '../auth/keys.js';
import type { HubUser } from '../auth/users.js';
import type { EventLog } from '../log/event-log.js';

export interface KeyRegistrationContext {
  log: EventLog;
  keys: KeyStore;
  user: HubUser;
  status: EventStatus;
  /** Hands freshly logged events to the live batcher. */
  publish(events: EventEnvelope[]): void;
  say(msg: string): void;
}

/** Handles one registration request; returns the ack (exported for tests). */
export function registerKey(ctx: KeyRegistrationContext, raw: unknown): KeyRegistrationAck {
  const publicKey = (raw as { publicKey?: unknown } | null)?.publicKey;
  if (typeof publicKey !== 'string') return { ok: false, code: 'bad-key', reason: 'register-key needs {publicKey: base64url}' };
  try {
    let appended: EventEnvelope[] = [];
    const r = ctx.log.write(() => {
      const res = ctx.keys.register(ctx.user.name, publicKey);
      if (res.created) appended = ctx.log.appendValidated([keyEvent(res.created, ctx.status)]).appended;
      return res;
    });
    if (appended.length > 0) {
      ctx.say(`signing key ${r.ok ? r.keyId : '?'} registered for ${ctx.user.name}`);
      ctx.publish(appended);
    }
    const { created: _created, ...ack } = r;
    return ack;
  } catch (err) {
    return { ok: false, code: 'bad-key', reason: `key registration failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export function attachKeyRegistration(socket: Socket, ctx: KeyRegistrationContext): void {
  socket.on(REGISTER_KEY_EVENT, (raw: unknown, ack?: (a: KeyRegistrationAck) => void) => {
    const out = registerKey(ctx, raw);
    if (typeof ack === 'function') ack(out);
  });
}

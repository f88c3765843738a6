/**
 * Checks a socket.io handshake: protocol major first (a client of another major may not even share
 * the handshake's shape), then shape, then token. A refusal is an Error whose `data` is a Refusal.
 */
import { handshakeSchema, PROTOCOL_VERSION, protocolMajor, type Handshake, type Refusal, type RefusalCode } from '../../main/common/sync-protocol.js';
import type { HubUser, UserStore } from '../auth/users.js';

/** A handshake that passed. */
export interface AcceptedHandshake {
  handshake: Handshake;
  user: HubUser;
}

export type HandshakeResult = { ok: true; value: AcceptedHandshake } | { ok: false; refusal: Refusal };

const refuse = (code: RefusalCode, message: string): HandshakeResult => ({ ok: false, refusal: { code, message } });

/** The refusal message for a protocol mismatch, naming the side to upgrade. */
export function protocolMismatchMessage(clientVersion: string): string | null {
  const hub = protocolMajor(PROTOCOL_VERSION)!;
  const client = protocolMajor(clientVersion);
  if (client === null) return `client sent protocol "${clientVersion}", expected major.minor like ${PROTOCOL_VERSION}: upgrade the Situation Room client`;
  if (client === hub) return null;
  return client < hub
    ? `this hub speaks sync protocol ${PROTOCOL_VERSION}, the client speaks ${clientVersion}: upgrade the Situation Room client (app) to a version with protocol ${hub}.x`
    : `this hub speaks sync protocol ${PROTOCOL_VERSION}, the client speaks ${clientVersion}: upgrade the hub (sitroom hub) to a version with protocol ${client}.x`;
}

export function checkHandshake(auth: unknown, users: UserStore): HandshakeResult {
  const protocol = (auth as { protocol?: unknown } | null)?.protocol;
  if (typeof protocol !== 'string') return refuse('bad-handshake', `handshake must state the protocol version (this hub speaks ${PROTOCOL_VERSION})`);
  const mismatch = protocolMismatchMessage(protocol);
  if (mismatch) return refuse('protocol', mismatch);
  const parsed = handshakeSchema.safeParse(auth);
  if (!parsed.success) {
    const tokenIssue = parsed.error.issues.some((i) => i.path[0] === 'token');
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return tokenIssue ? refuse('auth', `missing token: ${detail}`) : refuse('bad-handshake', `bad handshake: ${detail}`);
  }
  const who = users.authenticate(parsed.data.token);
  if (!who.ok) return refuse(who.code, who.message);
  return { ok: true, value: { handshake: parsed.data, user: who.user } };
}

/** The Error socket.io middleware passes to `next()`; the client sees `err.data`. */
export function refusalError(refusal: Refusal): Error & { data: Refusal } {
  return Object.assign(new Error(refusal.message), { data: refusal });
}

/**
 * GCMA operator signatures, the parts both ends share: the canonical bytes a command is signed
 * over, the signature's wire shape, and the stream where the hub publishes its users' public keys.
 *
 * The signed text is a canonical JSON (object keys sorted, `undefined` dropped) of the command as the
 * hub logs it, so any client can rebuild it from the logged event: id, stream, kind, key, op,
 * geometry, issuedAt (the event's `ts`) and the props minus the ones the hub or a client stamps on
 * the event (`RESERVED_PROPS`). No Node or DOM here: the crypto lives in hub/auth/ed25519.ts.
 */
import { z } from 'zod';
import type { GeoJsonGeometry } from '../events.js';

/** Version tag inside the signed text; a new canonical form gets a new number. */
export const SIGNATURE_FORMAT = 1;

/** The stream of public keys the hub publishes (one feature per key; revocation is an upsert). */
export const KEYS_STREAM = 'hub.keys';
/** Event kind of a key record in `KEYS_STREAM`. */
export const KEY_KIND = 'gcma.key';
/** The ops stream and kind of "revoke a user's signing keys" (supervisor only). */
export const GCMA_OPS_STREAM = 'ops.gcma';
export const REVOKE_KEY_KIND = 'gcma.key.revoke';
/** socket.io event a client emits (with an ack) right after connecting: "this is my public key". */
export const REGISTER_KEY_EVENT = 'gcma:register-key';

/**
 * Props that are not part of the signed text: the hub stamps user, role, commandId and signature on
 * the logged event, and a receiving client stamps verified / verifyReason.
 */
export const RESERVED_PROPS: readonly string[] = ['user', 'role', 'commandId', 'signature', 'verified', 'verifyReason'];

/** A command's signature as sent (`OpsCommand.sig`) and as logged (`props.signature`). */
export const commandSignatureSchema = z.object({
  alg: z.literal('ed25519'),
  /** `ed25519:<16 hex>`: the first 8 bytes of sha256 over the raw public key. */
  keyId: z.string().min(1).max(64),
  /** base64url of the 64-byte signature. */
  value: z.string().min(1).max(128),
});
export type CommandSignature = z.infer<typeof commandSignatureSchema>;

/** `gcma:register-key` payload. */
export interface KeyRegistration {
  /** base64url of the raw 32-byte Ed25519 public key. */
  publicKey: string;
}

/** Why the hub refused a key registration (the client rotates its key on the first two). */
export type KeyRefusalCode = 'key-revoked' | 'key-other-user' | 'keys-blocked' | 'bad-key';
export type KeyRegistrationAck = { ok: true; keyId: string } | { ok: false; code: KeyRefusalCode; reason: string };

/** A public key as the hub publishes it in `KEYS_STREAM` (the event's props). */
export interface PublishedKey {
  keyId: string;
  user: string;
  alg: 'ed25519';
  publicKey: string;
  createdAt: number;
  /** Hub time of the revocation; events received at or after it no longer verify. */
  revokedAt: number | null;
  revokedBy: string | null;
}

/** The fields of a command that are signed. */
export interface SignableCommand {
  id: string;
  stream: string;
  kind: string;
  key: string;
  op: 'upsert' | 'remove';
  geometry?: GeoJsonGeometry | null | undefined;
  props: Record<string, unknown>;
  issuedAt: number;
}

/** JSON with object keys in code-unit order and undefined members dropped: the same text on every machine. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const withJson = value as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return canonicalJson(withJson.toJSON());
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined && typeof o[k] !== 'function')
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return 'null';
}

/** The props that are signed (reserved ones removed). */
export function signedProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!RESERVED_PROPS.includes(k)) out[k] = v;
  return out;
}

/** The exact text a command's signature covers. */
export function signingText(cmd: SignableCommand): string {
  return canonicalJson({
    format: SIGNATURE_FORMAT,
    id: cmd.id,
    stream: cmd.stream,
    kind: cmd.kind,
    key: cmd.key,
    op: cmd.op,
    geometry: cmd.geometry ?? null,
    props: signedProps(cmd.props),
    issuedAt: cmd.issuedAt,
  });
}

/** A logged ops event, as far as verification needs it. */
export interface LoggedCommandEvent {
  id: string;
  stream: string;
  kind: string;
  key: string;
  op: 'upsert' | 'remove';
  ts: number;
  geometry?: GeoJsonGeometry | null | undefined;
  props: Record<string, unknown>;
}

/** Rebuilds the signed command from the event the hub logged for it. */
export function commandOfEvent(e: LoggedCommandEvent): SignableCommand {
  return { id: e.id, stream: e.stream, kind: e.kind, key: e.key, op: e.op, geometry: e.geometry ?? null, props: e.props, issuedAt: e.ts };
}

/** The signature stamped on a logged event, if it has a well-formed one. */
export function signatureOfEvent(e: { props: Record<string, unknown> }): CommandSignature | null {
  const r = commandSignatureSchema.safeParse(e.props['signature']);
  return r.success ? r.data : null;
}

/** Reads a `KEYS_STREAM` event's props; null when malformed. */
export function publishedKeyOf(props: Record<string, unknown>): PublishedKey | null {
  const { keyId, user, publicKey, createdAt, revokedAt, revokedBy } = props;
  if (typeof keyId !== 'string' || typeof user !== 'string' || typeof publicKey !== 'string' || typeof createdAt !== 'number') return null;
  return {
    keyId,
    user,
    alg: 'ed25519',
    publicKey,
    createdAt,
    revokedAt: typeof revokedAt === 'number' ? revokedAt : null,
    revokedBy: typeof revokedBy === 'string' ? revokedBy : null,
  };
}

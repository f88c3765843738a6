/**
 * A client's own check of every operator action it receives: the signature stamped on an `ops.*`
 * event must be valid for the sending user's key as published on `hub.keys`, and that key must not
 * have been revoked when the hub logged the event. The result is stamped on the event's props
 * (`verified: true`, or `verified: false` with `verifyReason`) before it is stored, so every panel
 * and layer shows it. Hubs that skip their check (or a tampered log) cannot make an action look signed.
 */
import type { EventEnvelope } from '../../common/events.js';
import { commandOfEvent, KEYS_STREAM, publishedKeyOf, signatureOfEvent, signingText, type PublishedKey } from '../../common/gcma/signed-command.js';
import { verifyText } from '../../../hub/auth/ed25519.js';

/** Public keys by key id. */
export type Keyring = Map<string, PublishedKey>;

export type Verification = { verified: true } | { verified: false; reason: string };

/** The keyring from stored key features plus the `hub.keys` events of a batch (later seq wins). */
export function buildKeyring(stored: readonly { props: Record<string, unknown> }[], batch: readonly EventEnvelope[]): Keyring {
  const ring: Keyring = new Map();
  for (const f of stored) {
    const k = publishedKeyOf(f.props);
    if (k) ring.set(k.keyId, k);
  }
  for (const e of [...batch].filter((x) => x.stream === KEYS_STREAM).sort((a, b) => a.seq - b.seq)) {
    const k = publishedKeyOf(e.props);
    if (k && e.op === 'upsert') ring.set(k.keyId, k);
  }
  return ring;
}

export function verifyOpsEvent(e: EventEnvelope, ring: Keyring): Verification {
  const sig = signatureOfEvent(e);
  if (!sig) return { verified: false, reason: 'unsigned' };
  const key = ring.get(sig.keyId);
  if (!key) return { verified: false, reason: `unknown signing key ${sig.keyId}` };
  if (key.user !== e.props['user']) return { verified: false, reason: `key ${sig.keyId} belongs to ${key.user}, not ${String(e.props['user'])}` };
  if (key.revokedAt !== null && e.receivedAt >= key.revokedAt) return { verified: false, reason: `key ${sig.keyId} of ${key.user} was revoked` };
  if (!verifyText(key.publicKey, signingText(commandOfEvent(e)), sig.value)) return { verified: false, reason: 'bad signature' };
  return { verified: true };
}

/** Whether an event is an operator action whose content this client can check (redacted ones cannot). */
function checkable(e: EventEnvelope): boolean {
  return e.stream.startsWith('ops.') && e.props['redacted'] !== true;
}

/**
 * The events with `verified` / `verifyReason` stamped on each checkable ops event (others returned
 * as they are). `storedKeys` reads the `hub.keys` features already in the store; it is only called
 * when the batch has something to check.
 */
export function annotateOpsEvents(events: EventEnvelope[], storedKeys: () => readonly { props: Record<string, unknown> }[]): EventEnvelope[] {
  if (!events.some(checkable)) return events;
  const ring = buildKeyring(storedKeys(), events);
  return events.map((e) => {
    if (!checkable(e)) return e;
    const v = verifyOpsEvent(e, ring);
    const props = { ...e.props, verified: v.verified } as Record<string, unknown>;
    if (!v.verified) props['verifyReason'] = v.reason;
    else delete props['verifyReason'];
    return { ...e, props };
  });
}

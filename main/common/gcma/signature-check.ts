/**
 * A receiving workstation's signature check of one operator action, as carried out of the event into
 * the views built from it (report steps, alerts, forest road actions): the `verified` / `verifyReason`
 * props the core stamps on every checkable `ops.*` event (main/core/gcma/verify-events.ts).
 */
export interface SignatureCheck {
  verified: boolean;
  /** Why it did not verify; null when it did. */
  verifyReason: string | null;
}

/** The stamped check, or undefined when the event carries none (not an ops event, or not checkable). */
export function signatureCheckOf(props: Record<string, unknown>): SignatureCheck | undefined {
  const v = props['verified'];
  if (typeof v !== 'boolean') return undefined;
  const reason = props['verifyReason'];
  return { verified: v, verifyReason: v ? null : typeof reason === 'string' && reason !== '' ? reason : 'unknown' };
}

/** `{ check }` when the event carries one, else nothing: spread into a view object. */
export const withCheck = (props: Record<string, unknown>): { check?: SignatureCheck } => {
  const check = signatureCheckOf(props);
  return check ? { check } : {};
};

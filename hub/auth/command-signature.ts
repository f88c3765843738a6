/**
 * The hub's check of an operator command's GCMA signature: present, made with a key registered to
 * the sending user, not revoked, and valid over the command's canonical text. null when it passes,
 * else the reason the command is refused (worded so the client's outbox treats it as final).
 */
import { signingText, type CommandSignature, type SignableCommand } from '../../main/common/gcma/signed-command.js';
import { verifyText } from './ed25519.js';
import { blockedReason, type KeyStore } from './keys.js';

export function checkCommandSignature(keys: KeyStore, user: string, cmd: SignableCommand & { sig?: CommandSignature | undefined }): string | null {
  const block = keys.blocked(user);
  if (block) return `signature refused: ${blockedReason(user, block)}`;
  const sig = cmd.sig;
  if (!sig) return 'signature refused: unsigned command (every ops command must carry its GCMA signature)';
  const key = keys.get(sig.keyId);
  if (!key) return `signature refused: unknown signing key ${sig.keyId} (the client registers its key when it connects)`;
  if (key.user !== user) return `signature refused: key ${sig.keyId} belongs to another user`;
  if (key.revokedAt !== null) return `signature refused: key ${sig.keyId} of ${user} was revoked by ${key.revokedBy ?? '?'}`;
  if (!verifyText(key.publicKey, signingText(cmd), sig.value)) return 'signature refused: bad signature (the command does not match what was signed)';
  return null;
}

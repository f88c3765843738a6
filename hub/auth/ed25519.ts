/**
 * Ed25519 through Node's crypto, in the encodings GCMA uses on the wire: the raw 32-byte public key
 * and the 64-byte signature, both base64url. Shared by the hub (verification) and the client core
 * (its key pair, signing, and verification of what it receives).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/** A key pair as the client keeps it (JWK members, base64url). */
export interface SigningKeyPair {
  /** Raw public key, base64url (the JWK `x`). */
  publicKey: string;
  /** Private scalar, base64url (the JWK `d`). */
  privateKey: string;
  keyId: string;
}

const B64URL = /^[A-Za-z0-9_-]+$/;

/** `ed25519:` + the first 8 bytes (hex) of sha256 over the raw public key. */
export function keyIdOf(publicKey: string): string {
  return `ed25519:${createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 16)}`;
}

export function generateSigningKeyPair(): SigningKeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' }) as { x?: string; d?: string };
  if (!jwk.x || !jwk.d) throw new Error('ed25519 key export gave no x/d');
  return { publicKey: jwk.x, privateKey: jwk.d, keyId: keyIdOf(jwk.x) };
}

/** The public KeyObject of a raw base64url key; throws when it is not a 32-byte Ed25519 key. */
export function publicKeyObject(publicKey: string): KeyObject {
  if (!B64URL.test(publicKey) || Buffer.from(publicKey, 'base64url').length !== 32) throw new Error('not a raw 32-byte Ed25519 public key (base64url)');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
}

/** Whether `publicKey` parses as an Ed25519 public key. */
export function isValidPublicKey(publicKey: string): boolean {
  try {
    publicKeyObject(publicKey);
    return true;
  } catch {
    return false;
  }
}

export function signText(pair: Pick<SigningKeyPair, 'publicKey' | 'privateKey'>, text: string): string {
  const key = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: pair.publicKey, d: pair.privateKey }, format: 'jwk' });
  return sign(null, Buffer.from(text, 'utf8'), key).toString('base64url');
}

/** true only for a well-formed signature by `publicKey` over exactly `text`. */
export function verifyText(publicKey: string, text: string, signature: string): boolean {
  try {
    if (!B64URL.test(signature)) return false;
    const sig = Buffer.from(signature, 'base64url');
    if (sig.length !== 64) return false;
    return verify(null, Buffer.from(text, 'utf8'), publicKeyObject(publicKey), sig);
  } catch {
    return false;
  }
}

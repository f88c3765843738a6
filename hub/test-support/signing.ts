/** GCMA signing for tests that talk to a hub over a raw socket: register a key, sign commands. */
import type { Socket } from 'socket.io-client';
import { REGISTER_KEY_EVENT, signingText, type KeyRegistrationAck, type SignableCommand } from '../../main/common/gcma/signed-command.js';
import { generateSigningKeyPair, signText, type SigningKeyPair } from '../auth/ed25519.js';

/** A raw command as tests write it (op defaults to upsert, as the hub's schema does). */
export type RawCommand = Omit<SignableCommand, 'op'> & { op?: 'upsert' | 'remove' } & Record<string, unknown>;

export interface TestSigner {
  pair: SigningKeyPair;
  register(socket: Socket): Promise<KeyRegistrationAck>;
  sign<T extends RawCommand>(cmd: T): T & { sig: { alg: 'ed25519'; keyId: string; value: string } };
}

export function testSigner(pair: SigningKeyPair = generateSigningKeyPair()): TestSigner {
  return {
    pair,
    async register(socket) {
      return (await socket.emitWithAck(REGISTER_KEY_EVENT, { publicKey: pair.publicKey })) as KeyRegistrationAck;
    },
    sign(cmd) {
      const text = signingText({ ...cmd, op: cmd.op ?? 'upsert' });
      return { ...cmd, sig: { alg: 'ed25519' as const, keyId: pair.keyId, value: signText(pair, text) } };
    },
  };
}

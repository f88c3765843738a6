/**
 * Registers the workstation's signing key with the hub on a fresh connection. Emitted before the
 * outbox starts sending, so the hub (which handles one socket's events in order) knows the key before
 * the first signed command. A key the hub calls revoked or someone else's is replaced once and the new
 * one registered; a user whose keys a supervisor revoked stays refused until `sitroom user reset-key`.
 */
import type { Socket } from 'socket.io-client';
import { REGISTER_KEY_EVENT, type KeyRegistration, type KeyRegistrationAck } from '../../common/gcma/signed-command.js';
import type { CommandSigner } from './signing-key.js';

export function registerSigningKey(socket: Socket, signer: CommandSigner, timeoutMs: number, log: (msg: string) => void, retry = true): void {
  const payload: KeyRegistration = { publicKey: signer.publicKey };
  socket.timeout(timeoutMs).emit(REGISTER_KEY_EVENT, payload, (err: Error | null, ack?: KeyRegistrationAck) => {
    if (err || !ack) {
      log(`signing key ${signer.keyId}: the hub did not answer the registration (${err?.message ?? 'no ack'})`);
      return;
    }
    if (ack.ok) return;
    log(`hub refused signing key ${signer.keyId} (${ack.code}): ${ack.reason}`);
    if (retry && socket.connected && (ack.code === 'key-revoked' || ack.code === 'key-other-user')) {
      signer.rotate();
      registerSigningKey(socket, signer, timeoutMs, log, false);
    }
  });
}

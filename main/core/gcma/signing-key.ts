/**
 * The workstation's GCMA signing key: an Ed25519 key pair created on first use and kept in the
 * store's meta table (the store lives in the app's data folder, one per hub: the exercise store and a
 * remote hub's store have different keys). The client registers the public key with the hub on every
 * connection and signs each operator command just before sending it.
 */
import { generateSigningKeyPair, keyIdOf, signText, type SigningKeyPair } from '../../../hub/auth/ed25519.js';
import { signingText, type CommandSignature } from '../../common/gcma/signed-command.js';
import type { OpsCommand } from '../../common/sync-protocol.js';

/** Where the key is kept (the event store's meta table satisfies it). */
export interface KeyHolder {
  getMeta(name: string): string | undefined;
  setMeta(name: string, value: string): void;
}

const META = 'gcmaSigningKey';

function parse(json: string | undefined): SigningKeyPair | null {
  if (!json) return null;
  try {
    const k = JSON.parse(json) as Partial<SigningKeyPair>;
    if (typeof k.publicKey !== 'string' || typeof k.privateKey !== 'string') return null;
    return { publicKey: k.publicKey, privateKey: k.privateKey, keyId: keyIdOf(k.publicKey) };
  } catch {
    return null;
  }
}

export class CommandSigner {
  private pair: SigningKeyPair;

  constructor(private readonly holder: KeyHolder) {
    this.pair = parse(holder.getMeta(META)) ?? this.create();
  }

  get keyId(): string {
    return this.pair.keyId;
  }

  get publicKey(): string {
    return this.pair.publicKey;
  }

  /** Replaces the key pair (after the hub said this key is revoked or belongs to someone else). */
  rotate(): string {
    this.pair = this.create();
    return this.pair.keyId;
  }

  /** The command with its signature (`sig`) over the canonical text. */
  sign(cmd: OpsCommand): OpsCommand {
    // Sign what the hub will see after JSON transport (no undefined members, no class instances).
    const plain = JSON.parse(JSON.stringify({ ...cmd, sig: undefined })) as OpsCommand;
    const sig: CommandSignature = { alg: 'ed25519', keyId: this.pair.keyId, value: signText(this.pair, signingText(plain)) };
    return { ...plain, sig };
  }

  private create(): SigningKeyPair {
    const pair = generateSigningKeyPair();
    this.holder.setMeta(META, JSON.stringify({ publicKey: pair.publicKey, privateKey: pair.privateKey }));
    return pair;
  }
}

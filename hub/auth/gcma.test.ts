/**
 * GCMA on the hub: every ops command must be signed with a key registered to the sending user, and a
 * supervisor's revocation (ops command or `sitroom user revoke-key`) stops that user's signatures.
 */
import type { OpsAck } from '../../main/common/sync-protocol.js';
import { KEYS_STREAM } from '../../main/common/gcma/signed-command.js';
import { runUser } from '../cli/user-admin.js';
import { createHub, type Hub } from '../server/create-hub.js';
import { connectClient, tempDir, waitFor } from '../test-support/helpers.js';
import { testSigner, type TestSigner } from '../test-support/signing.js';

const note = (id: string, props: Record<string, unknown> = { text: 'evacuate 의성읍' }) => ({ id, stream: 'ops.notes', kind: 'note', key: id, props, issuedAt: 1_700_000_000_000 });

describe('GCMA signatures on the hub', () => {
  let t: ReturnType<typeof tempDir>;
  let hub: Hub;
  const sockets: { close(): void }[] = [];
  beforeEach(async () => {
    t = tempDir();
    hub = await createHub({ dataDir: t.dir, logger: () => {} });
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    await hub.close();
    t.cleanup();
  });

  async function connect(name: string, role: 'viewer' | 'operator' | 'supervisor', signer: TestSigner = testSigner()) {
    const token = hub.users.get(name) ? null : hub.users.add(name, role).token;
    if (!token) throw new Error('test users are added once');
    const c = connectClient(hub.url, { token });
    sockets.push(c.socket);
    await waitFor(() => c.got.caughtUp.length === 1);
    const send = async (cmd: object): Promise<OpsAck> => (await c.socket.emitWithAck('ops:command', cmd)) as OpsAck;
    return { ...c, signer, send, token };
  }

  it('accepts a signed command and logs its signature; refuses unsigned, tampered, unknown-key and borrowed-key commands', async () => {
    const kim = await connect('kim', 'operator');
    const lee = await connect('lee', 'operator');
    expect(await kim.signer.register(kim.socket)).toEqual({ ok: true, keyId: kim.signer.pair.keyId });
    // Registering again is idempotent; the key is published once on hub.keys.
    expect(await kim.signer.register(kim.socket)).toEqual({ ok: true, keyId: kim.signer.pair.keyId });
    expect(hub.log.heads()[KEYS_STREAM]).toBe(1);
    // lee cannot claim kim's key.
    expect(await kim.signer.register(lee.socket)).toMatchObject({ ok: false, code: 'key-other-user' });

    const ok = await kim.send(kim.signer.sign(note('cmd-kim-signed')));
    expect(ok).toMatchObject({ ok: true, stream: 'ops.notes' });
    const logged = hub.log.after('ops.notes', 0, 10);
    expect(logged.kind === 'events' && logged.events[0]!.props).toMatchObject({ user: 'kim', signature: { alg: 'ed25519', keyId: kim.signer.pair.keyId } });

    const unsigned = await kim.send(note('cmd-kim-unsign'));
    expect(!unsigned.ok && unsigned.reason).toMatch(/unsigned command/);

    const tampered = { ...kim.signer.sign(note('cmd-kim-tamper')), props: { text: 'evacuate 안동시' } };
    const bad = await kim.send(tampered);
    expect(!bad.ok && bad.reason).toMatch(/bad signature/);

    const stranger = testSigner();
    const unknown = await kim.send(stranger.sign(note('cmd-kim-strngr')));
    expect(!unknown.ok && unknown.reason).toMatch(/unknown signing key/);

    // lee signs with kim's key material: the key is kim's, so lee is refused.
    const borrowed = await lee.send(kim.signer.sign(note('cmd-lee-borrow')));
    expect(!borrowed.ok && borrowed.reason).toMatch(/belongs to another user/);
    expect(hub.log.heads()['ops.notes']).toBe(1);
  });

  it('a supervisor revokes a user key by ops command: published on hub.keys, later commands and new keys refused until reset-key', async () => {
    const kim = await connect('kim', 'operator');
    const sup = await connect('park', 'supervisor');
    await kim.signer.register(kim.socket);
    await sup.signer.register(sup.socket);
    expect((await kim.send(kim.signer.sign(note('cmd-kim-before')))).ok).toBe(true);

    // An operator may not revoke.
    await kim.send(kim.signer.sign({ id: 'cmd-kim-revoke', stream: 'ops.gcma', kind: 'gcma.key.revoke', key: 'park', props: { target: 'park' }, issuedAt: 1 })).then((a) => {
      expect(!a.ok && a.reason).toMatch(/needs role supervisor/);
    });
    const revoke = await sup.send(sup.signer.sign({ id: 'cmd-park-revoke', stream: 'ops.gcma', kind: 'gcma.key.revoke', key: 'kim', props: { target: 'kim', reason: 'laptop lost' }, issuedAt: 1 }));
    expect(revoke).toMatchObject({ ok: true, stream: 'ops.gcma' });
    // The revocation reaches every client on hub.keys.
    await waitFor(() => kim.got.batches.flatMap((b) => b.events).some((e) => e.stream === KEYS_STREAM && e.props['revokedAt'] !== null && e.props['user'] === 'kim'));
    const keyState = hub.log.after(KEYS_STREAM, 0, 10);
    expect(keyState.kind === 'events' && keyState.events.filter((e) => e.props['user'] === 'kim').map((e) => e.props['revokedBy'])).toEqual([null, 'park']);

    const after = await kim.send(kim.signer.sign(note('cmd-kim-after')));
    expect(!after.ok && after.reason).toMatch(/signing keys of kim were revoked by park/);
    const fresh = testSigner();
    expect(await fresh.register(kim.socket)).toMatchObject({ ok: false, code: 'keys-blocked' });
    // Unknown target: refused, nothing logged.
    const ghost = await sup.send(sup.signer.sign({ id: 'cmd-park-ghost', stream: 'ops.gcma', kind: 'gcma.key.revoke', key: 'ghost', props: { target: 'ghost' }, issuedAt: 1 }));
    expect(!ghost.ok && ghost.reason).toMatch(/no user "ghost"/);
    expect(hub.log.heads()['ops.gcma']).toBe(1);

    // reset-key lifts the block: the old key stays revoked, a fresh one is accepted.
    const lines: string[] = [];
    expect(await runUser(['reset-key', 'kim', '--data', t.dir], (l) => lines.push(l))).toBe(0);
    expect(await kim.signer.register(kim.socket)).toMatchObject({ ok: false, code: 'key-revoked' });
    expect(await fresh.register(kim.socket)).toMatchObject({ ok: true });
    expect((await kim.send(fresh.sign(note('cmd-kim-fresh')))).ok).toBe(true);
  });

  it('sitroom user revoke-key on a running hub: refused at once, and clients learn it from the log', async () => {
    const kim = await connect('kim', 'operator');
    await kim.signer.register(kim.socket);
    const lines: string[] = [];
    expect(await runUser(['revoke-key', 'kim', '--data', t.dir, '--by', 'duty-officer'], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/signing keys of kim revoked \(1 key\)/);
    const refused = await kim.send(kim.signer.sign(note('cmd-kim-cli')));
    expect(!refused.ok && refused.reason).toMatch(/revoked by duty-officer/);
    const list: string[] = [];
    await runUser(['keys', 'kim', '--data', t.dir, '--json'], (l) => list.push(l));
    expect(JSON.parse(list[0]!)).toEqual([expect.objectContaining({ user: 'kim', keyId: kim.signer.pair.keyId, revokedBy: 'duty-officer' })]);
    // The hub.keys event the CLI appended is in the log for every client.
    const keyState = hub.log.after(KEYS_STREAM, 0, 10);
    expect(keyState.kind === 'events' && keyState.events.map((e) => e.props['revokedBy'])).toEqual([null, 'duty-officer']);
  });

  it('the GCMA panel revokes by key record: the key id in props.recordKey names its user', async () => {
    const kim = await connect('kim', 'operator');
    const sup = await connect('park', 'supervisor');
    await kim.signer.register(kim.socket);
    await sup.signer.register(sup.socket);
    const ack = await sup.send(sup.signer.sign({ id: 'cmd-park-panel', stream: 'ops.gcma', kind: 'gcma.key.revoke', key: kim.signer.pair.keyId, props: { recordKey: kim.signer.pair.keyId, reason: 'panel' }, issuedAt: 1 }));
    expect(ack.ok).toBe(true);
    expect(hub.keys.get(kim.signer.pair.keyId)).toMatchObject({ user: 'kim', revokedBy: 'park' });
    expect(hub.keys.get(sup.signer.pair.keyId)?.revokedAt).toBeNull();
  });
});

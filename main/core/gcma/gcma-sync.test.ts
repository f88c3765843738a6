/**
 * GCMA end to end between a real hub and two real sync clients: commands are signed as they leave a
 * workstation, every receiving client checks them again, events that reach the log without a valid
 * signature (injected, as through a hub that skipped its check) are flagged, and a key revocation
 * reaches every workstation.
 */
import type { EventInput } from '../../common/events.js';
import { KEYS_STREAM } from '../../common/gcma/signed-command.js';
import { EventStore } from '../store/event-store.js';
import { useHubWorkstations } from '../sync/testing/hub-workstations.js';
import { waitFor } from '../sync/testing/wait-for.js';

const rig = useHubWorkstations('gcma');
const workstation = (name: string, token: string) => rig.workstation(name, token);

const feature = (store: EventStore, stream: string, key: string) => store.currentState(stream).find((f) => f.key === key);


describe('GCMA between workstations', () => {
  it('signs on send, verifies on receipt, and flags unsigned or tampered events that reach the log', async () => {
    const kim = workstation('kim', rig.hub.users.add('kim', 'operator').token);
    const park = workstation('park', rig.hub.users.add('park', 'supervisor').token);
    await waitFor(() => kim.client.connected && park.client.connected, 'both connected');

    const entry = kim.client.outbox.submit({ stream: 'ops.notes', kind: 'note', key: 'n1', props: { text: '대피소 개방' } });
    expect(await kim.client.outbox.settled(entry.id)).toMatchObject({ state: 'done' });
    await waitFor(() => feature(park.store, 'ops.notes', 'n1') !== undefined, 'park receives n1');
    expect(feature(park.store, 'ops.notes', 'n1')!.props).toMatchObject({ user: 'kim', verified: true });
    expect(feature(park.store, 'ops.notes', 'n1')!.props['verifyReason']).toBeUndefined();
    // Both public keys are on every workstation.
    await waitFor(() => park.store.currentState(KEYS_STREAM).length === 2, 'two keys on park');

    // Straight into the hub log, bypassing the command check: an unsigned "action" ...
    const logged = rig.hub.log.after('ops.notes', 0, 1);
    const original = logged.kind === 'events' ? logged.events[0]! : null;
    expect(original).not.toBeNull();
    const forged: EventInput = { stream: 'ops.notes', id: 'forged-1', key: 'n2', kind: 'note', op: 'upsert', ts: 1, status: 'actual', geometry: null, props: { text: 'stand down', user: 'kim', role: 'operator' }, source: 'user:kim' };
    // ... and kim's genuine signature over different content.
    const tampered: EventInput = { ...original!, id: 'tampered-1', key: 'n3', props: { ...original!.props, text: '대피소 폐쇄' } };
    rig.hub.ingest([forged, tampered]);
    await waitFor(() => feature(park.store, 'ops.notes', 'n3') !== undefined && feature(kim.store, 'ops.notes', 'n3') !== undefined, 'injected events arrive');
    for (const ws of [kim, park]) {
      expect(feature(ws.store, 'ops.notes', 'n2')!.props).toMatchObject({ verified: false, verifyReason: 'unsigned' });
      expect(feature(ws.store, 'ops.notes', 'n3')!.props).toMatchObject({ verified: false, verifyReason: 'bad signature' });
    }
  });

  it('a key revocation reaches every workstation: the revoked user is refused, and their later signatures are flagged', async () => {
    const kim = workstation('kim', rig.hub.users.add('kim', 'operator').token);
    const park = workstation('park', rig.hub.users.add('park', 'supervisor').token);
    await waitFor(() => kim.client.connected && park.client.connected, 'both connected');
    const first = kim.client.outbox.submit({ stream: 'ops.notes', kind: 'note', key: 'before', props: { text: 'ok' } });
    expect(await kim.client.outbox.settled(first.id)).toMatchObject({ state: 'done' });

    const revoke = park.client.outbox.submit({ stream: 'ops.gcma', kind: 'gcma.key.revoke', key: 'kim', props: { target: 'kim' } });
    expect(await park.client.outbox.settled(revoke.id)).toMatchObject({ state: 'done' });
    // Both workstations hold kim's key as revoked.
    for (const ws of [kim, park]) {
      await waitFor(() => ws.store.currentState(KEYS_STREAM).some((f) => f.props['user'] === 'kim' && typeof f.props['revokedAt'] === 'number'), 'revocation synced');
    }
    const after = kim.client.outbox.submit({ stream: 'ops.notes', kind: 'note', key: 'after', props: { text: 'no longer' } });
    const refused = await kim.client.outbox.settled(after.id);
    expect(refused).toMatchObject({ state: 'rejected', lastError: expect.stringMatching(/signing keys of kim were revoked by park/) });

    // A valid signature by the revoked key, logged after the revocation (a hub that skipped its check): flagged.
    const signed = kim.client.signer.sign({ id: 'late-1', stream: 'ops.notes', kind: 'note', key: 'late', op: 'upsert', props: { text: 'late' }, issuedAt: 2 });
    rig.hub.ingest([{ stream: 'ops.notes', id: 'late-1', key: 'late', kind: 'note', op: 'upsert', ts: 2, status: 'actual', geometry: null, props: { text: 'late', user: 'kim', role: 'operator', commandId: 'late-1', signature: signed.sig }, source: 'user:kim' }]);
    await waitFor(() => feature(park.store, 'ops.notes', 'late') !== undefined, 'late event arrives');
    expect(feature(park.store, 'ops.notes', 'late')!.props).toMatchObject({ verified: false, verifyReason: expect.stringMatching(/revoked/) });
    // What kim signed before the revocation still verifies.
    expect(feature(park.store, 'ops.notes', 'before')!.props).toMatchObject({ verified: true });
  });
});

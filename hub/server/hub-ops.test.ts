import type { OpsAck } from '../../main/common/sync-protocol.js';
import { allEvents, connectClient, input, tempDir, waitFor } from '../test-support/helpers.js';
import { testSigner } from '../test-support/signing.js';
import { createHub, type Hub } from './create-hub.js';

// Every command is GCMA-signed by kim's test key (registered after each connect below).
const signer = testSigner();
const cmd = (id: string, over: Record<string, unknown> = {}) => signer.sign({ id, stream: 'ops.acks', kind: 'alert.ack', key: 'alert-1', props: { note: 'seen' }, issuedAt: 1_700_000_000_000, ...over });

describe('hub operator commands', () => {
  let t: ReturnType<typeof tempDir>;
  let hub: Hub;
  beforeEach(async () => {
    t = tempDir();
    hub = await createHub({ dataDir: t.dir, limits: { maxCommandBytes: 4096, ratePerSecond: 0.001, rateBurst: 6 }, logger: () => {} });
  });
  afterEach(async () => {
    await hub.close();
    t.cleanup();
  });

  it('refuses a viewer, appends an operator command stamped with the user, dedupes a retry', async () => {
    const viewer = connectClient(hub.url, { token: hub.users.add('lee', 'viewer').token });
    const op = connectClient(hub.url, { token: hub.users.add('kim', 'operator').token });
    await waitFor(() => viewer.got.caughtUp.length === 1 && op.got.caughtUp.length === 1);
    expect(await signer.register(op.socket)).toEqual({ ok: true, keyId: signer.pair.keyId });

    const refused = (await viewer.socket.emitWithAck('ops:command', cmd('cmd-viewer-1'))) as OpsAck;
    expect(refused).toEqual({ ok: false, id: 'cmd-viewer-1', reason: expect.stringMatching(/viewer/) });

    const ack = (await op.socket.emitWithAck('ops:command', cmd('cmd-kim-0001'))) as OpsAck;
    expect(ack).toEqual({ ok: true, id: 'cmd-kim-0001', stream: 'ops.acks', seq: 1, duplicate: false });
    const again = (await op.socket.emitWithAck('ops:command', cmd('cmd-kim-0001', { props: { note: 'retry' } }))) as OpsAck;
    expect(again).toEqual({ ok: true, id: 'cmd-kim-0001', stream: 'ops.acks', seq: 1, duplicate: true });
    expect(hub.log.heads()['ops.acks']).toBe(1);

    // Broadcast to every client, including the viewer.
    await waitFor(() => allEvents(viewer.got).filter((e) => e.stream === 'ops.acks').length === 1);
    const ev = allEvents(viewer.got).find((e) => e.stream === 'ops.acks')!;
    expect(ev).toMatchObject({ stream: 'ops.acks', seq: 1, id: 'cmd-kim-0001', source: 'user:kim', status: 'actual', props: { note: 'seen', user: 'kim', role: 'operator' } });

    const alert = (await op.socket.emitWithAck('ops:command', cmd('cmd-kim-0002', { stream: 'ops.alerts-send', kind: 'alert.send' }))) as OpsAck;
    expect(alert.ok).toBe(false);
    expect(!alert.ok && alert.reason).toMatch(/supervisor/);
    const invalid = (await op.socket.emitWithAck('ops:command', cmd('cmd-kim-0003', { stream: 'its.traffic' }))) as OpsAck;
    expect(!invalid.ok && invalid.reason).toMatch(/ops\.\*/);
    viewer.socket.close();
    op.socket.close();
  });

  it('refuses an oversized command with a reason and keeps the connection', async () => {
    const op = connectClient(hub.url, { token: hub.users.add('kim', 'operator').token });
    await waitFor(() => op.got.caughtUp.length === 1);
    await signer.register(op.socket);
    const big = (await op.socket.emitWithAck('ops:command', cmd('cmd-big-0001', { props: { blob: 'x'.repeat(10_000) } }))) as OpsAck;
    expect(big).toEqual({ ok: false, id: 'cmd-big-0001', reason: expect.stringMatching(/too large: \d+ bytes, the limit is 4096/) });
    expect(op.socket.connected).toBe(true);
    const next = (await op.socket.emitWithAck('ops:command', cmd('cmd-small-001'))) as OpsAck;
    expect(next.ok).toBe(true);
    op.socket.close();
  });

  it('drops a frame over maxHttpBufferSize at the transport, and the hub keeps serving', async () => {
    await hub.close();
    hub = await createHub({ dataDir: t.dir, limits: { maxHttpBufferSize: 100_000, maxCommandBytes: 10_000 }, logger: () => {} });
    const token = hub.users.add('kim', 'operator').token;
    const op = connectClient(hub.url, { token });
    await waitFor(() => op.got.caughtUp.length === 1);
    await signer.register(op.socket);
    const mid = (await op.socket.emitWithAck('ops:command', cmd('cmd-mid-00001', { props: { blob: 'x'.repeat(50_000) } }))) as OpsAck;
    expect(!mid.ok && mid.reason).toMatch(/too large/);
    let reason = '';
    op.socket.on('disconnect', (r: string) => (reason = r));
    op.socket.emit('ops:command', cmd('cmd-huge-0001', { props: { blob: 'x'.repeat(200_000) } }));
    await waitFor(() => reason !== '');
    expect(reason).toMatch(/transport close|transport error/);
    const again = connectClient(hub.url, { token });
    await waitFor(() => again.got.caughtUp.length === 1);
    expect(((await again.socket.emitWithAck('ops:command', cmd('cmd-after-0001'))) as OpsAck).ok).toBe(true);
    again.socket.close();
  });

  it('rate-limits a socket with a reason', async () => {
    const op = connectClient(hub.url, { token: hub.users.add('kim', 'operator').token });
    await waitFor(() => op.got.caughtUp.length === 1);
    await signer.register(op.socket);
    const acks: OpsAck[] = [];
    for (let i = 0; i < 8; i++) acks.push((await op.socket.emitWithAck('ops:command', cmd(`cmd-rate-${String(i).padStart(4, '0')}`))) as OpsAck);
    expect(acks.slice(0, 6).every((a) => a.ok)).toBe(true);
    expect(acks.slice(6).map((a) => !a.ok && a.reason)).toEqual([expect.stringMatching(/rate limit/), expect.stringMatching(/rate limit/)]);
    expect(op.socket.connected).toBe(true);
    op.socket.close();
  });

  it('on a full disk: refuses input loudly (notice, health, acks) and keeps serving reads', async () => {
    await hub.close();
    t.cleanup();
    t = tempDir();
    const probe = await createHub({ dataDir: t.dir, logger: () => {} });
    const token = probe.users.add('kim', 'operator').token;
    const pages = probe.log.db.pragma('page_count', { simple: true }) as number;
    await probe.close();
    hub = await createHub({ dataDir: t.dir, maxPageCount: pages + 8, logger: () => {} });
    const c = connectClient(hub.url, { token });
    await waitFor(() => c.got.caughtUp.length === 1);
    await signer.register(c.socket);
    let logged = 0;
    expect(() => {
      for (let i = 0; i < 1000; i++) logged += hub.ingest([input(i, { props: { pad: 'y'.repeat(4000) } })]).appended.length;
    }).toThrow(/refusing input/);
    await waitFor(() => c.got.notices.length === 1);
    expect(c.got.notices[0]).toMatchObject({ level: 'critical', code: 'input-refused' });
    expect(hub.health()).toMatchObject({ ok: false, refusingInput: { reason: expect.stringMatching(/SQLITE_FULL/) } });
    const ack = (await c.socket.emitWithAck('ops:command', cmd('cmd-full-0001'))) as OpsAck;
    expect(!ack.ok && ack.reason).toMatch(/refusing input/);
    // Reads still work: a new client gets everything that was logged.
    const late = connectClient(hub.url, { token });
    await waitFor(() => late.got.caughtUp.length === 1);
    expect(allEvents(late.got).filter((e) => e.stream !== 'hub.keys')).toHaveLength(logged);
    expect(late.got.notices).toHaveLength(1);
    const health = (await (await fetch(`${hub.url}/health`)).json()) as { ok: boolean };
    expect(health.ok).toBe(false);
    c.socket.close();
    late.socket.close();
  });
});

import type { BackfillResponse } from '../../main/common/sync-protocol.js';
import { allEvents, connectClient, connectOutcome, input, tempDir, waitFor } from '../test-support/helpers.js';
import { createHub, type Hub } from './create-hub.js';

describe('hub sync: replay, snapshot, live batching, backfill', () => {
  let t: ReturnType<typeof tempDir>;
  let hub: Hub;
  let token: string;
  beforeEach(async () => {
    t = tempDir();
    hub = await createHub({ dataDir: t.dir, retention: { keepEvents: 10 }, limits: { replayBatchSize: 500 }, logger: () => {} });
    token = hub.users.add('kim', 'operator').token;
  });
  afterEach(async () => {
    await hub.close();
    t.cleanup();
  });

  it('replays a backlog in batches, then says caught-up with the heads', async () => {
    hub.ingest(Array.from({ length: 1200 }, (_, i) => input(i)));
    hub.ingest([input(1, { stream: 'other.stream', id: 'other-1' })]);
    const { socket, got } = connectClient(hub.url, { token, cursors: { 'test.things': 100 } });
    await waitFor(() => got.caughtUp.length === 1);
    expect(got.batches.every((b) => !b.live && b.events.length <= 500)).toBe(true);
    expect(got.batches.length).toBeGreaterThanOrEqual(3);
    const seqs = allEvents(got).filter((e) => e.stream === 'test.things').map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 1100 }, (_, i) => i + 101));
    expect(got.caughtUp[0]!.heads).toEqual({ 'other.stream': 1, 'test.things': 1200 });
    socket.close();
  });

  it('batches live traffic instead of one frame per event', async () => {
    const { socket, got } = connectClient(hub.url, { token });
    await waitFor(() => got.caughtUp.length === 1);
    const started = Date.now();
    for (let i = 0; i < 400; i++) hub.ingest([input(i)]); // 400 separate fsynced appends
    const elapsed = Date.now() - started;
    await waitFor(() => allEvents(got).length === 400);
    const live = got.batches.filter((b) => b.live);
    // One frame per 50 ms window at most, however slow the disk made the appends.
    expect(live.length).toBeLessThanOrEqual(Math.ceil(elapsed / 50) + 2);
    expect(live.length).toBeLessThan(400);
    expect(allEvents(got).map((e) => e.seq)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    socket.close();
  });

  it('switches from replay to live without losing or repeating an event while input keeps arriving', async () => {
    hub.ingest(Array.from({ length: 3000 }, (_, i) => input(i)));
    const { socket, got } = connectClient(hub.url, { token, cursors: { 'test.things': 10 } });
    // Keep appending while the backlog replays and for a while after the switch to live.
    let n = 3000;
    let afterLive = 0;
    await new Promise<void>((resolve) => {
      const more = () => {
        hub.ingest(Array.from({ length: 20 }, () => input(n++)));
        if (got.caughtUp.length > 0) afterLive++;
        if (afterLive < 10) setTimeout(more, 1);
        else resolve();
      };
      more();
    });
    await waitFor(() => allEvents(got).length === n - 10);
    expect(got.caughtUp).toHaveLength(1);
    expect(allEvents(got).map((e) => e.seq)).toEqual(Array.from({ length: n - 10 }, (_, i) => i + 11));
    expect(got.batches.some((b) => b.live)).toBe(true);
    socket.close();
  });

  it('sends a heads heartbeat to live clients', async () => {
    await hub.close();
    hub = await createHub({ dataDir: t.dir, limits: { headsEveryMs: 50 }, logger: () => {} });
    hub.ingest([input(1), input(2)]);
    const { socket, got } = connectClient(hub.url, { token });
    const beats: { heads: Record<string, number> }[] = [];
    socket.on('sync:heads', (h: { heads: Record<string, number> }) => beats.push(h));
    await waitFor(() => beats.length >= 2);
    expect(got.caughtUp).toHaveLength(1); // heartbeats start only once the client is live
    expect(beats[0]!.heads).toEqual({ 'test.things': 2 });
    const asked = (await socket.emitWithAck('sync:heads')) as { heads: Record<string, number> };
    expect(asked.heads).toEqual({ 'test.things': 2 });
    socket.close();
  });

  it('disconnects a client whose token is revoked while connected', async () => {
    await hub.close();
    hub = await createHub({ dataDir: t.dir, limits: { headsEveryMs: 50 }, logger: () => {} });
    const lee = hub.users.add('lee', 'operator').token;
    const { socket, got } = connectClient(hub.url, { token: lee });
    await waitFor(() => got.caughtUp.length === 1);
    let reason = '';
    socket.on('disconnect', (r: string) => (reason = r));
    hub.users.revoke('lee');
    await waitFor(() => reason !== '');
    expect(reason).toBe('io server disconnect');
    expect(got.notices).toEqual([expect.objectContaining({ code: 'revoked' })]);
  });

  it('sends a snapshot when the cursor is older than the retained log', async () => {
    hub.ingest(Array.from({ length: 50 }, (_, i) => input(i % 20, { id: `v${i}` })));
    hub.compact(); // keep the last 10 events → floor 40
    const old = connectClient(hub.url, { token, cursors: { 'test.things': 5 } });
    await waitFor(() => old.got.caughtUp.length === 1);
    expect(old.got.snapshots).toHaveLength(1);
    expect(old.got.snapshots[0]!.seq).toBe(40);
    expect(old.got.snapshots[0]!.events).toHaveLength(20); // one per key
    expect(allEvents(old.got).map((e) => e.seq)).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
    const recent = connectClient(hub.url, { token, cursors: { 'test.things': 45 } });
    await waitFor(() => recent.got.caughtUp.length === 1);
    expect(recent.got.snapshots).toHaveLength(0);
    expect(allEvents(recent.got).map((e) => e.seq)).toEqual([46, 47, 48, 49, 50]);
    old.socket.close();
    recent.socket.close();
  });

  it('serves backfill ranges, and a snapshot below the floor', async () => {
    hub.ingest(Array.from({ length: 30 }, (_, i) => input(i)));
    hub.compact(); // floor 20
    const { socket, got } = connectClient(hub.url, { token });
    await waitFor(() => got.caughtUp.length === 1);
    const r1 = (await socket.emitWithAck('sync:backfill', { stream: 'test.things', afterSeq: 24, limit: 3 })) as BackfillResponse;
    expect(r1.ok && r1.kind === 'events' && r1.events.map((e) => e.seq)).toEqual([25, 26, 27]);
    const r2 = (await socket.emitWithAck('sync:backfill', { stream: 'test.things', afterSeq: 2 })) as BackfillResponse;
    expect(r2.ok && r2.kind).toBe('snapshot');
    expect(r2.ok && r2.kind === 'snapshot' && r2.snapshot.seq).toBe(20);
    const bad = (await socket.emitWithAck('sync:backfill', { stream: 'NOPE', afterSeq: -1 })) as BackfillResponse;
    expect(bad.ok).toBe(false);
    socket.close();
  });

  it('withholds sensitive records from users without the grant, without a seq gap', async () => {
    const viewerToken = hub.users.add('lee', 'viewer').token;
    const cleared = hub.users.add('park', 'viewer', { sensitive: true }).token;
    hub.ingest([input(1), input(2, { props: { sensitive: true, residents: 12 } })]);
    const a = connectClient(hub.url, { token: viewerToken });
    const b = connectClient(hub.url, { token: cleared });
    await waitFor(() => a.got.caughtUp.length === 1 && b.got.caughtUp.length === 1);
    expect(allEvents(a.got).map((e) => e.seq)).toEqual([1, 2]);
    expect(allEvents(a.got)[1]!.props).toEqual({ sensitive: true, redacted: true });
    expect(allEvents(b.got)[1]!.props).toEqual({ sensitive: true, residents: 12 });
    a.socket.close();
    b.socket.close();
  });

  it('tells each client who its token is (name, role, sensitive grant) on connection', async () => {
    const cleared = hub.users.add('park', 'supervisor', { sensitive: true }).token;
    const seen: unknown[] = [];
    const a = connectClient(hub.url, { token });
    const b = connectClient(hub.url, { token: cleared });
    a.socket.on('hub:identity', (who: unknown) => seen.push(who));
    b.socket.on('hub:identity', (who: unknown) => seen.push(who));
    await waitFor(() => seen.length === 2);
    expect(seen).toEqual(expect.arrayContaining([{ name: 'kim', role: 'operator', sensitive: false }, { name: 'park', role: 'supervisor', sensitive: true }]));
    a.socket.close();
    b.socket.close();
  });

  it('refuses another protocol major with an upgrade message', async () => {
    const newer = connectClient(hub.url, { token, protocol: '2.0' });
    expect(await connectOutcome(newer.socket)).toMatchObject({ code: 'protocol', message: expect.stringMatching(/upgrade the hub/) });
    const older = connectClient(hub.url, { token, protocol: '0.9' });
    expect(await connectOutcome(older.socket)).toMatchObject({ code: 'protocol', message: expect.stringMatching(/upgrade the Situation Room client/) });
    const minor = connectClient(hub.url, { token, protocol: '1.7' });
    expect(await connectOutcome(minor.socket)).toBe('connected');
    for (const c of [newer, older, minor]) c.socket.close();
  });

  it('refuses bad and revoked tokens', async () => {
    const bad = connectClient(hub.url, { token: 'not-a-real-token' });
    expect(await connectOutcome(bad.socket)).toMatchObject({ code: 'auth' });
    const lee = hub.users.add('lee', 'viewer').token;
    hub.users.revoke('lee');
    const revoked = connectClient(hub.url, { token: lee });
    expect(await connectOutcome(revoked.socket)).toMatchObject({ code: 'revoked', message: expect.stringMatching(/lee/) });
    const none = connectClient(hub.url, { token: undefined });
    expect(await connectOutcome(none.socket)).toMatchObject({ code: 'auth' });
    for (const c of [bad, revoked, none]) c.socket.close();
  });
});

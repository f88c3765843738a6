/**
 * Public Information Sharing: without the sensitive grant a user receives aggregates only (individual
 * records withheld), every look-up needs a legal basis from the list, and each one is in the access log.
 */
import type { EventInput } from '../../main/common/events.js';
import type { OpsAck } from '../../main/common/sync-protocol.js';
import { runUser } from '../cli/user-admin.js';
import { createHub, type Hub } from '../server/create-hub.js';
import { allEvents, connectClient, tempDir, waitFor } from '../test-support/helpers.js';
import { testSigner } from '../test-support/signing.js';
import { readAccessLog } from './access-log.js';

const rec = (key: string, props: Record<string, unknown>): EventInput => ({ stream: 'panels.public-info', id: `pi-${key}`, key, kind: 'public-info.record', op: 'upsert', ts: 1, status: 'test', geometry: { type: 'Point', coordinates: [128.6, 36.35] }, props, source: 'test' });
const lookup = (id: string, props: Record<string, unknown>) => ({ id, stream: 'ops.panels', kind: 'public-info.lookup', key: id, props: { area: { type: 'Polygon', coordinates: [[[128.5, 36.3], [128.7, 36.3], [128.7, 36.4], [128.5, 36.3]]] }, ...props }, issuedAt: 1 });

describe('public information sharing on the hub', () => {
  let t: ReturnType<typeof tempDir>;
  let hub: Hub;
  beforeEach(async () => {
    t = tempDir();
    hub = await createHub({ dataDir: t.dir, logger: () => {} });
  });
  afterEach(async () => {
    await hub.close();
    t.cleanup();
  });

  it('gives aggregates only without the grant, refuses look-ups without a listed legal basis, and logs every look-up', async () => {
    hub.ingest([rec('agg:47730', { level: 'aggregate', sigungu: '47730', elderlyAlone: 1200 }), rec('ind:47730:001', { level: 'individual', sensitive: true, name: '김서연', need: '휠체어 이송', sigungu: '47730' })]);
    const kim = connectClient(hub.url, { token: hub.users.add('kim', 'operator').token });
    const park = connectClient(hub.url, { token: hub.users.add('park', 'supervisor', { sensitive: true }).token });
    await waitFor(() => kim.got.caughtUp.length === 1 && park.got.caughtUp.length === 1);
    const seen = (c: typeof kim) => new Map(allEvents(c.got).filter((e) => e.stream === 'panels.public-info').map((e) => [e.key, e.props]));
    expect(seen(kim).get('agg:47730')).toMatchObject({ elderlyAlone: 1200 });
    expect(seen(kim).get('ind:47730:001')).toEqual({ sensitive: true, redacted: true });
    expect(seen(park).get('ind:47730:001')).toMatchObject({ name: '김서연', need: '휠체어 이송' });

    const ks = testSigner();
    const ps = testSigner();
    await ks.register(kim.socket);
    await ps.register(park.socket);
    const send = async (c: typeof kim, s: typeof ks, cmd: object) => (await c.socket.emitWithAck('ops:command', s.sign(cmd as Parameters<typeof s.sign>[0]))) as OpsAck;
    const none = await send(kim, ks, lookup('lookup-kim-none', { purpose: '대피 지원' }));
    expect(!none.ok && none.reason).toMatch(/legal basis from the list/);
    const made = await send(kim, ks, lookup('lookup-kim-made', { legalBasis: 'privacy-act:99', purpose: '대피 지원' }));
    expect(!made.ok && made.reason).toMatch(/legal basis from the list/);
    const noPurpose = await send(kim, ks, lookup('lookup-kim-nopu', { legalBasis: 'framework-act:19' }));
    expect(!noPurpose.ok && noPurpose.reason).toMatch(/purpose/);
    expect((await send(kim, ks, lookup('lookup-kim-ok01', { legalBasis: 'framework-act:19', purpose: '의성읍 대피 지원' }))).ok).toBe(true);
    expect((await send(park, ps, lookup('lookup-park-ok1', { legalBasis: 'framework-act:16', purpose: '거동 불편자 이송' }))).ok).toBe(true);

    const log = readAccessLog(hub.log.db);
    expect(log.map((e) => [e.user, e.scope, e.legalBasis])).toEqual([
      ['park', 'individual', 'framework-act:16'],
      ['kim', 'aggregate', 'framework-act:19'],
    ]);
    expect(JSON.parse(log[1]!.area!)).toMatchObject({ type: 'Polygon' });
    const lines: string[] = [];
    expect(await runUser(['access-log', '--data', t.dir, '--json'], (l) => lines.push(l))).toBe(0);
    expect(JSON.parse(lines[0]!)).toHaveLength(2);
    kim.socket.close();
    park.socket.close();
  });
});

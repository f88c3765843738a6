import { readFileSync } from 'node:fs';
import type { EventLog } from '../log/event-log.js';
import { openConnectorRig, type ConnectorRig } from '../test-support/connector-rig.js';
import { startFakeProxy, startFakeUpstream, type FakeUpstream } from '../test-support/fake-upstream.js';
import { waitFor } from '../test-support/helpers.js';
import { dsspAlertsAdapter } from './adapters/dssp-alerts.js';
import type { Quarantine } from './quarantine.js';
import { SourceRunner, type ConnectorOptions } from './runner.js';
import type { SourceDefinition } from './types.js';

const page = readFileSync(new URL('./fixtures/dssp-alerts-page1.json', import.meta.url), 'utf8');
const quota = '{"header":{"resultCode":"22","resultMsg":"LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR","errorMsg":null},"body":null}';

describe('connector runner against a fake upstream', () => {
  let rig: ConnectorRig;
  let log: EventLog;
  let quarantine: Quarantine;
  let up: FakeUpstream;
  beforeEach(() => {
    rig = openConnectorRig();
    ({ log, quarantine } = rig);
  });
  afterEach(async () => {
    await up?.close();
    rig.close();
  });

  const source = (over: Partial<SourceDefinition> = {}): SourceDefinition => ({
    id: 'dssp-alerts',
    url: ({ apiKey }) => `${up.url}/V2/api/DSSP-IF-00247?serviceKey=${apiKey ?? ''}&pageNo=1&numOfRows=100`,
    intervalMs: 60_000,
    apiKeyEnv: 'SAFETYDATA_KEY',
    timeoutMs: 2000,
    parse: (text, ctx) => dsspAlertsAdapter.payload(text, ctx),
    ...over,
  });
  const options = (over: Partial<ConnectorOptions> = {}): ConnectorOptions => ({
    ingest: (inputs) => log.append(inputs),
    quarantine,
    log: () => {},
    backoffBaseMs: 1000,
    backoffMaxMs: 16_000,
    quotaBackoffMs: 600_000,
    defaultTimeoutMs: 2000,
    env: { SAFETYDATA_KEY: 'key-from-env' },
    now: Date.now,
    ...over,
  });

  it('ingests a recorded payload, quarantines the bad record, and drops the duplicate re-poll', async () => {
    up = await startFakeUpstream([{ body: page }]);
    const runner = new SourceRunner(source({ intervalMs: 1000 }), options());
    expect(await runner.pollOnce()).toEqual({ kind: 'ok', appended: 3, duplicates: 0, rejected: 1 });
    expect(up.requests[0]!.url).toContain('serviceKey=key-from-env');
    expect(await runner.pollOnce()).toEqual({ kind: 'ok', appended: 0, duplicates: 3, rejected: 1 });
    expect(log.heads()).toEqual({ 'ndms.alerts': 3 });
    expect(quarantine.countsBySource()).toEqual({ 'dssp-alerts': 1 });
    expect(quarantine.list('dssp-alerts')[0]).toMatchObject({ reason: expect.stringMatching(/CRT_DT/), raw: expect.stringContaining('219879'), seen: 2 });
  });

  it('backs off exponentially on HTTP errors and resets after a success', async () => {
    up = await startFakeUpstream([{ status: 500, body: 'oops' }, { status: 503, body: 'busy' }, { status: 502, body: 'bad gateway' }, { body: page }]);
    const runner = new SourceRunner(source({ intervalMs: 500 }), options());
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      await runner.pollOnce();
      delays.push(runner.state().nextDelayMs);
    }
    expect(delays).toEqual([1000, 2000, 4000, 500]);
    expect(runner.state()).toMatchObject({ consecutiveFailures: 0, lastOutcome: { kind: 'ok' } });
  });

  it('treats a timeout as a failure', async () => {
    up = await startFakeUpstream([{ body: page, delayMs: 1500 }]);
    const runner = new SourceRunner(source({ timeoutMs: 150 }), options());
    expect(await runner.pollOnce()).toMatchObject({ kind: 'timeout' });
    expect(runner.state().consecutiveFailures).toBe(1);
  });

  it('backs off for long on a quota error signalled inside a 200 response', async () => {
    up = await startFakeUpstream([{ body: quota }]);
    const runner = new SourceRunner(source(), options());
    expect(await runner.pollOnce()).toMatchObject({ kind: 'quota', message: expect.stringMatching(/22/) });
    expect(runner.state().nextDelayMs).toBe(600_000);
  });

  it('quarantines a malformed body with its raw text', async () => {
    up = await startFakeUpstream([{ body: '{"header":{"resultCode":"00"},"body":[{"SN":1,' }]);
    const runner = new SourceRunner(source(), options());
    expect(await runner.pollOnce()).toMatchObject({ kind: 'malformed' });
    expect(quarantine.list('dssp-alerts')[0]).toMatchObject({ reason: expect.stringMatching(/malformed JSON/), raw: expect.stringContaining('"SN":1,') });
    expect(runner.state().nextDelayMs).toBe(60_000); // never sooner than the schedule
  });

  it('goes through HTTP_PROXY when one is configured', async () => {
    up = await startFakeUpstream([{ body: page }]);
    const proxy = await startFakeProxy();
    try {
      const runner = new SourceRunner(source(), options({ env: { SAFETYDATA_KEY: 'k', HTTP_PROXY: proxy.url } }));
      expect(await runner.pollOnce()).toMatchObject({ kind: 'ok', appended: 3 });
      expect(proxy.seen.length).toBeGreaterThan(0);
      expect(proxy.seen[0]).toMatch(new RegExp(`127\\.0\\.0\\.1:${new URL(up.url).port}`));
    } finally {
      await proxy.close();
    }
  });

  it('polls on its schedule until stopped', async () => {
    up = await startFakeUpstream([{ body: page }]);
    const runner = new SourceRunner(source({ intervalMs: 30 }), options());
    runner.start();
    await waitFor(() => up.requests.length >= 3);
    runner.stop();
    const n = up.requests.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(up.requests.length).toBe(n);
  });
});

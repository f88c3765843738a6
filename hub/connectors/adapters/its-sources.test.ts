import { readFileSync } from 'node:fs';
import type { EventLog } from '../../log/event-log.js';
import { openConnectorRig, type ConnectorRig } from '../../test-support/connector-rig.js';
import { startFakeUpstream, type FakeUpstream } from '../../test-support/fake-upstream.js';
import type { Quarantine } from '../quarantine.js';
import { SourceRunner, type ConnectorOptions } from '../runner.js';
import { ITS_POLL_MS, itsSources } from './its-sources.js';

const traffic = readFileSync(new URL('../fixtures/its-traffic-valid.json', import.meta.url), 'utf8');
const quota = JSON.stringify({ header: { resultCode: '4001', resultMsg: 'quota exceeded', totalCount: 0 }, body: null });

describe('ITS source definitions', () => {
  it('poll every 5 minutes with the key in the URL and JSON output', () => {
    const defs = itsSources();
    expect(defs.map((d) => d.id)).toEqual(['its-openapi:trafficInfo', 'its-openapi:eventInfo', 'its-openapi:cctvInfo']);
    for (const d of defs) {
      expect(d.intervalMs).toBe(ITS_POLL_MS);
      expect(d.apiKeyEnv).toBe('ITS_API_KEY');
      const url = new URL(d.url({ apiKey: 'k 1', now: 0 }));
      expect(url.origin).toBe('https://openapi.its.go.kr:9443');
      expect(url.searchParams.get('apiKey')).toBe('k 1');
      expect(url.searchParams.get('getType')).toBe('json');
      expect(() => d.url({ apiKey: undefined, now: 0 })).toThrow(/no ITS API key/);
    }
  });

  describe('with the connector runner against a fake upstream', () => {
    let rig: ConnectorRig;
    let log: EventLog;
    let quarantine: Quarantine;
    let up: FakeUpstream | undefined;
    beforeEach(() => {
      rig = openConnectorRig();
      ({ log, quarantine } = rig);
    });
    afterEach(async () => {
      await up?.close();
      rig.close();
    });
    const options = (): ConnectorOptions => ({
      ingest: (inputs) => log.append(inputs),
      quarantine,
      log: () => {},
      backoffBaseMs: 1000,
      backoffMaxMs: 16_000,
      quotaBackoffMs: 600_000,
      defaultTimeoutMs: 2000,
      env: { ITS_API_KEY: 'key-from-env' },
      now: Date.now,
    });

    it('ingests trafficInfo, drops the re-poll as duplicates, and backs off on quota (4001)', async () => {
      up = await startFakeUpstream([{ body: traffic }, { body: traffic }, { body: quota }]);
      const def = itsSources({ baseUrl: up.url })[0]!;
      const runner = new SourceRunner(def, options());
      expect(await runner.pollOnce()).toEqual({ kind: 'ok', appended: 6, duplicates: 0, rejected: 0 });
      expect(up.requests[0]!.url).toContain('apiKey=key-from-env');
      expect(await runner.pollOnce()).toEqual({ kind: 'ok', appended: 0, duplicates: 6, rejected: 0 });
      expect(await runner.pollOnce()).toMatchObject({ kind: 'quota', message: expect.stringMatching(/4001/) });
      expect(runner.state().nextDelayMs).toBe(600_000);
      expect(log.heads()).toEqual({ 'its.traffic': 6 });
    });
  });
});

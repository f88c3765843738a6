// aoi:resolve, impact:summary and impact:changed through the assembled core (arguments validated as
// the shells validate them), without a hub and with the embedded demo hub.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImpactChangedEvent } from '../../common/panels/impact-types.js';
import { defaultAppDirs } from '../app-paths.js';
import { bindInvoke } from '../bind-invoke.js';
import { createCore } from '../create-core.js';

let dataDir: string;
const { geoDataDir } = defaultAppDirs();

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sitroom-impact-ipc-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('impact IPC', () => {
  it('resolves areas and summarises them without a hub; bad areas are refused by the contract', async () => {
    const core = await createCore({ dataDir, geoDataDir, shell: 'browser-host', live: { hub: 'off' } });
    try {
      const aoi = await bindInvoke(core.handlers, 'aoi:resolve', { spec: { type: 'region', level: 'sigungu', code: '47730' } });
      expect(aoi).toMatchObject({ label: '의성군', regions: [{ code: '47730', fraction: 1, sidoCode: '47' }] });
      expect((aoi as { areaKm2: number }).areaKm2).toBeGreaterThan(1000);
      const s = await core.handlers['impact:summary']({ spec: { type: 'region', level: 'sido', code: '11' } });
      expect(s.population).toMatchObject({ adultsMethod: 'region', estimate: null });
      expect(s.population.parts).toHaveLength(25);
      expect(s.shelters.count).toBe(0);
      await expect(bindInvoke(core.handlers, 'impact:summary', { spec: { type: 'buffer', geometry: { type: 'Point', coordinates: [127, 37] }, radiusKm: 0 } })).rejects.toThrow(/invalid arguments for impact:summary/);
      await expect(bindInvoke(core.handlers, 'aoi:resolve', { spec: { type: 'region', level: 'sigungu', code: '99999' } })).rejects.toThrow(/unknown sigungu code 99999/);
    } finally {
      await core.close();
    }
  });

  it('announces impact:changed as the demo hub delivers data, and the summary counts it', async () => {
    const core = await createCore({ dataDir, geoDataDir, shell: 'browser-host', live: { log: () => {} } });
    try {
      const changed: ImpactChangedEvent[] = [];
      core.on('impact:changed', (e) => changed.push(e));
      await vi.waitFor(() => expect(changed.some((e) => e.streams.some((s) => s.startsWith('forest.')))).toBe(true), { timeout: 60_000, interval: 200 });
      const s = await core.handlers['impact:summary']({ spec: { type: 'region', level: 'sido', code: '47' } });
      expect(s.exercise).toBe(true);
      expect(Object.keys(s.streams).length).toBeGreaterThan(0);
      expect(changed.map((e) => e.serial)).toEqual(changed.map((_, i) => i + 1));
    } finally {
      await core.close();
    }
  }, 90_000);
});

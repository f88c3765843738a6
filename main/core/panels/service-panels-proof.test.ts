/**
 * Proof for each of the eighteen service panels (issue 8), table-driven, between a real hub seeded
 * with the panel datasets and two real workstations (two stores, two users): the panel's dataset
 * reaches the client, its area filter (main/common/panels/aoi-filter) keeps the records in a province
 * and drops the rest, and its named action sent from one workstation arrives on the other as an
 * event whose signature that workstation verified.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Hub } from '../../../hub/index.js';
import type { LiveFeature } from '../../common/live-sync.js';
import { compactAreaGeometry, type ResolvedAoi } from '../../common/panels/aoi.js';
import { filterByArea } from '../../common/panels/aoi-filter.js';
import type { PanelAction, PanelDefinition } from '../../common/panels/panel-definition.js';
import { panelRecords, type PanelRecord } from '../../common/panels/panel-records.js';
import { SERVICE_PANELS } from '../../common/panels/registry.js';
import { loadRegionIndex } from '../region/region-index.js';
import { EventStore } from '../store/event-store.js';
import { SyncClient } from '../sync/sync-client.js';
import { hubWorkstationRig } from '../sync/testing/hub-workstations.js';
import { waitFor } from '../sync/testing/wait-for.js';
import { resolveAoi } from './area-adults.js';

const GEO = join(process.cwd(), 'geo-data', 'out');
// The built geo-data is part of the tree `npm test` prepares: without it this suite fails, it never skips.
if (!existsSync(join(GEO, 'region-index.json'))) throw new Error(`${GEO}/region-index.json is missing: run npm run geo-data`);
const d = describe;

/**
 * How each panel's records sit in space, hence what its area filter must do:
 * - `spread`: records over the whole country; a province (Seoul) holds some and not all;
 * - `hub`: the hub's own feed health, placed at the hub's region (Daejeon, 30): all in Daejeon, none in Seoul;
 * - `national`: not placed at all (signing keys, statutes): no area holds them.
 */
type Spatial = 'spread' | 'hub' | 'national';
const SPATIAL: Record<string, Spatial> = {
  nirs: 'hub',
  gcma: 'national',
  'public-info': 'spread',
  hrd: 'spread',
  dbrain: 'spread',
  klic: 'national',
  kics: 'spread',
  gov24: 'spread',
  'mobile-id': 'spread',
  goodpy: 'spread',
  epeople: 'spread',
  'clean-portal': 'spread',
  'food-safety': 'spread',
  koneps: 'spread',
  sims: 'spread',
  unipass: 'spread',
  narasat: 'spread',
  'forest-mgmt': 'spread',
};

const rig = hubWorkstationRig('panels-proof');
let hub: Hub;
type Ws = { client: SyncClient; store: EventStore };
let kim: Ws;
let park: Ws;
let seoul: ResolvedAoi;
let daejeon: ResolvedAoi;

const workstation = (name: string, token: string): Ws => rig.workstation(name, token, { ackTimeoutMs: 5000 });

const recordsOn = (ws: Ws, def: PanelDefinition): PanelRecord[] => panelRecords(def, ws.store.currentState(def.stream) as LiveFeature[]);

/** A filled value for each field of an action, as the action form would send it. */
function fieldValues(action: PanelAction): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of action.fields) {
    if (f.type === 'enum') out[f.key] = f.values![0]!.value;
    else if (f.type === 'number') out[f.key] = 3;
    else if (f.type === 'date') out[f.key] = Date.UTC(2026, 7, 28, 0, 0);
    else out[f.key] = `proof ${action.id}`;
  }
  return out;
}

d('the eighteen service panels between two workstations', () => {
  beforeAll(async () => {
    // The demo scenario seeds every dataset (the real ones and the generated ones); it plays so slowly
    // that its own events stay few.
    hub = await rig.start({ scenario: 'demo', speed: 0.0001, roadLinksFile: null, geoDataDir: GEO, limits: { panelDataDelayMs: 0 } });
    await hub.panelDataReady;
    kim = workstation('kim', hub.users.add('kim', 'supervisor').token);
    park = workstation('park', hub.users.add('park', 'operator').token);
    // A third user with a registered key, for the GCMA panel's revocation.
    const lee = workstation('lee', hub.users.add('lee', 'operator').token);
    await waitFor(() => [kim, park, lee].every((w) => w.client.connected), 'all connected');
    for (const ws of [kim, park]) {
      const heads = await ws.client.heads();
      await ws.client.waitForCursors(heads);
    }
    const index = loadRegionIndex(GEO);
    seoul = resolveAoi({ type: 'region', level: 'sido', code: '11' }, index);
    daejeon = resolveAoi({ type: 'region', level: 'sido', code: '30' }, index);
  }, 240_000);

  afterAll(() => rig.close());

  it('covers exactly the registry', () => {
    expect(SERVICE_PANELS.map((p) => p.id).sort()).toEqual(Object.keys(SPATIAL).sort());
  });

  describe.each(SERVICE_PANELS.map((def) => [def.id, def] as const))('%s', (_id, def) => {
    it('loads its dataset on both workstations', async () => {
      // The GCMA keys arrive as each workstation registers (three users here).
      await waitFor(() => recordsOn(park, def).length >= (def.id === 'gcma' ? 3 : 1) && recordsOn(kim, def).length === recordsOn(park, def).length, `${def.id} records on both`, 60_000);
      expect(recordsOn(park, def).length).toBeGreaterThan(0);
    });

    it('follows the area of interest', () => {
      const all = recordsOn(park, def);
      const inSeoul = filterByArea(all, seoul, def.regionKey);
      switch (SPATIAL[def.id]) {
        case 'spread': {
          expect(inSeoul.length, `${def.id} in Seoul`).toBeGreaterThan(0);
          expect(inSeoul.length, `${def.id} in Seoul`).toBeLessThan(all.length);
          // The records the filter keeps are the ones their own sigungu code places in Seoul: exactly for
          // region-coded records, allowing a few at borders for points and areas.
          const coded = (r: PanelRecord) => typeof r.props['sigungu'] === 'string';
          const agree = all.filter((r) => !coded(r) || inSeoul.includes(r) === String(r.props['sigungu']).startsWith('11')).length;
          if (def.geometry === 'region') expect(agree, `${def.id} agreement`).toBe(all.length);
          else expect(agree / all.length, `${def.id} agreement`).toBeGreaterThan(0.97);
          break;
        }
        case 'hub':
          expect(filterByArea(all, daejeon, def.regionKey).length).toBe(all.length);
          expect(inSeoul.length).toBe(0);
          break;
        case 'national':
          expect(def.regionKey).toBeUndefined();
          expect(all.every((r) => r.geometry === null)).toBe(true);
          expect(inSeoul.length).toBe(0);
          expect(filterByArea(all, null, def.regionKey).length).toBe(all.length);
          break;
        default:
          throw new Error(`no spatial class for ${def.id}`);
      }
    });

    it('sends its action from one workstation; the other receives it verified', async () => {
      expect(def.actions.length).toBeGreaterThan(0);
      const action = def.actions[0]!;
      const records = recordsOn(kim, def);
      const inArea = filterByArea(records, seoul, def.regionKey);
      const props: Record<string, unknown> = { panelId: def.id, actionId: action.id, ...fieldValues(action) };
      let geometry: LiveFeature['geometry'] = null;
      switch (action.target) {
        case 'record': {
          const pick = def.id === 'gcma' ? records.find((r) => r.props['user'] === 'lee') : def.id === 'forest-mgmt' ? records.find((r) => r.props['type'] === 'road') : (inArea[0] ?? records[0]);
          expect(pick, `${def.id} record to act on`).toBeDefined();
          props['recordKey'] = pick!.key;
          geometry = pick!.geometry;
          break;
        }
        case 'area':
          props['area'] = compactAreaGeometry(seoul.geometry);
          props['areaLabel'] = seoul.label;
          break;
        case 'region':
          props['regionCode'] = def.regionKey ? (inArea[0]?.props[def.regionKey] ?? '11') : '11';
          break;
        case 'none':
          break;
      }
      const key = `${def.id}:${action.id}:proof`;
      const entry = kim.client.outbox.submit({ stream: action.stream, kind: action.kind, key, op: 'upsert', geometry, props });
      expect(await kim.client.outbox.settled(entry.id), `${def.id} accepted by the hub`).toMatchObject({ state: 'done' });
      await waitFor(() => park.store.currentState(action.stream).some((f) => f.key === key), `${def.id} action on park`, 30_000);
      const got = park.store.currentState(action.stream).find((f) => f.key === key)!;
      expect(got.kind).toBe(action.kind);
      expect(got.props).toMatchObject({ user: 'kim', verified: true, panelId: def.id, actionId: action.id });
      expect(got.props['verifyReason']).toBeUndefined();
      if (def.id === 'gcma') {
        await waitFor(() => park.store.currentState(def.stream).some((f) => f.props['user'] === 'lee' && typeof f.props['revokedAt'] === 'number'), 'lee revoked on park');
      }
    }, 60_000);
  });
});

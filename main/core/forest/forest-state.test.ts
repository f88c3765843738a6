import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createForestAdapters } from '../../../hub/connectors/adapters/forest-adapters.js';
import type { EventInput } from '../../common/events.js';
import { buildAssignCommand } from '../../common/forest/dispatch-command.js';
import type { Helicopter } from '../../common/forest/types.js';
import { loadRegionIndex } from '../region/index.js';
import { fireFeatures } from './fire-features.js';
import { ForestState } from './forest-state.js';
import { demoStands } from './stands.js';

// The recorded-style fixtures through the real adapters into the state the UI reads.
const fixture = (name: string) => readFileSync(new URL(`../../../hub/connectors/fixtures/${name}`, import.meta.url), 'utf8');
const regions = loadRegionIndex(fileURLToPath(new URL('../../../geo-data/out', import.meta.url)));
const adapters = createForestAdapters(regions);
const ctx = { now: Date.UTC(2026, 2, 22, 12, 0) };
const ingest = (id: string, file: string): EventInput[] => adapters[id]!.payload(fixture(file), ctx).events;

describe('ForestState from the fixture feeds', () => {
  const state = new ForestState({ regions, stands: demoStands('47730', regions.geometry('sigungu', '47730')!) });
  for (const e of [...ingest('kfs-fires', 'forest-kfs-fires-valid.json'), ...ingest('firms', 'forest-firms-modis-valid.csv'), ...ingest('firms', 'forest-firms-viirs-valid.csv'), ...ingest('fire-danger', 'forest-danger-valid.json'), ...ingest('landslide', 'forest-landslide-valid.json')]) {
    state.apply(e);
  }

  it('joins the satellite hotspots over 의성 to the Forest Service fire there', () => {
    const uiseong = state.fires().find((f) => f.reports.some((r) => r.kfs?.frfrInfoId === '260322-47730-001'))!;
    expect(uiseong.channels).toEqual(['kfs', 'satellite']);
    expect(uiseong.reports.filter((r) => r.channel === 'satellite').length).toBeGreaterThanOrEqual(6);
    expect(uiseong).toMatchObject({ status: 'burning', containmentPct: 35, responseStage: '산불3단계', region: { code: '47730' } });
    // Its start is the earliest report: the 00:09 UTC VIIRS hotspot, before the 02:24 UTC ignition on record.
    expect(uiseong.startTs).toBe(Date.UTC(2026, 2, 22, 0, 9));
    // Fires far apart stay apart: 10 KFS fires in 10 places, none merged.
    expect(new Set(state.fires().flatMap((f) => f.reports.filter((r) => r.kfs).map(() => f.id))).size).toBe(10);
    // Map features: a point and a perimeter per fire, the point carrying the report counts per channel.
    const feats = fireFeatures([uiseong]);
    expect(feats.map((x) => x.properties['kind'])).toEqual(['fire.perimeter', 'fire']);
    expect(feats[1]!.properties).toMatchObject({ containmentPct: 35, kfs: 1, regionName: '경상북도 의성군', reports: uiseong.reports.length });
  });

  it('predicts spread from the stand under the fire and ranks helicopters for it', () => {
    const fire = state.fires().find((f) => f.reports.some((r) => r.kfs?.frfrInfoId === '260322-47730-001'))!;
    const pred = state.spread(fire.id, { windFromDeg: 250, windSpeedMs: 8 })!;
    expect(pred.fuelDefaulted).toBe(false);
    expect(pred.ellipses.map((e) => e.hours)).toEqual([1, 3, 6]);
    const h = (id: string, lon: number, lat: number, state: Helicopter['state'] = 'available'): EventInput => ({
      stream: 'forest.helicopters', id: `${id}@1`, key: `helicopter:${id}`, kind: 'helicopter', op: 'upsert', ts: ctx.now, status: 'actual', geometry: null,
      props: { id, callsign: id, lon, lat, state, cruiseKmh: 220, spinUpMin: 10, updatedAt: ctx.now }, source: 'test',
    });
    state.apply(h('andong', 128.73, 36.57));
    state.apply(h('yeongju', 128.62, 36.81));
    state.apply(h('daegu', 128.64, 35.9, 'refuelling'));
    expect(state.dispatchOptions(fire.id).map((o) => o.helicopter.id)).toEqual(['andong', 'yeongju']);
    const cmd = buildAssignCommand('cmd-forest-1', { helicopterId: 'andong', fireKey: fire.id, fireAt: fire.origin, etaMin: 15, distanceKm: 20 }, ctx.now);
    state.apply({ stream: cmd.stream, id: cmd.id, key: cmd.key, kind: cmd.kind, op: 'upsert', ts: cmd.issuedAt, status: 'actual', geometry: null, props: cmd.props, source: 'user:kim' });
    expect(state.dispatchOptions(fire.id).map((o) => o.helicopter.id)).toEqual(['yeongju']);
  });

  it('keeps landslide and danger levels by sigungu; a 해제 removes the landslide level', () => {
    expect(state.landslide().get('51820')?.level).toBe('caution');
    expect(state.landslide().get('48820')?.level).toBe('warning');
    const lift = ingest('landslide', 'forest-landslide-valid.json').find((e) => e.op === 'remove')!;
    const caution = adapters['landslide']!.record({ LNLD_FRCST_NM: '주의보', SGG_NM: '괴산군', PREDC_ANLS_DT: '202607151200' }, ctx);
    expect(state.apply(caution as EventInput)).toBe(true);
    expect(state.landslide().get('43760')?.level).toBe('caution');
    expect(state.apply(lift)).toBe(true);
    expect(state.landslide().has('43760')).toBe(false);
    expect(state.danger().get('47730')?.mean).toBe(78.4);
  });
});

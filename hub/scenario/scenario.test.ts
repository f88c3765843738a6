import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { OpsAck } from '../../main/common/sync-protocol.js';
import { join } from 'node:path';
import { eventInputSchema, type EventInput } from '../../main/common/events.js';
import { dangerIndexSchema, detectionPropsSchema, helicopterSchema, kfsFirePropsSchema, landslideForecastSchema } from '../../main/common/forest/types.js';
import { adapters } from '../connectors/adapters/index.js';
import { createHub } from '../server/create-hub.js';
import { connectClient, tempDir, waitFor } from '../test-support/helpers.js';
import { testSigner } from '../test-support/signing.js';
import { DEMO_SEED, generateDemoDay } from './demo/demo-day.js';
import { createScenarioPlayer, materialize } from './player.js';
import { parseTimeline, toNdjson } from './timeline.js';

const H = 3600_000;

describe('demo day', () => {
  const day = generateDemoDay();

  it('is deterministic: the same seed gives the same records, another seed others', () => {
    expect(toNdjson(generateDemoDay(DEMO_SEED))).toBe(toNdjson(day));
    expect(toNdjson(generateDemoDay(DEMO_SEED + 1))).not.toBe(toNdjson(day));
    expect(parseTimeline('demo', toNdjson(day)).entries).toEqual(day.entries);
  });

  it('covers every hazard stream with valid, exercise-marked events', () => {
    const events = day.entries.map((e) => materialize(e, { now: 42, runId: 'r1', name: 'demo', adapters }));
    const rejected = events.filter((e) => !('stream' in e));
    expect(rejected).toEqual([]);
    const ok = events as EventInput[];
    for (const e of ok) expect(eventInputSchema.safeParse(e).success).toBe(true);
    expect(new Set(ok.map((e) => e.stream))).toEqual(new Set(['ndms.alerts', 'ndms.reports', 'ndms.shelters', 'ndms.quakes', 'ndms.typhoons', 'ndms.damage', 'forest.fires', 'forest.detections', 'forest.helicopters', 'forest.danger', 'forest.landslide', 'forest.pests', 'its.traffic', 'its.events', 'its.cctv', 'its.vms', 'its.hazards']));
    expect(ok.every((e) => e.status === 'exercise' && e.ts === 42 && e.id.endsWith('~r1'))).toBe(true);
    expect(day.durationMs).toBeLessThanOrEqual(24 * H);
  });

  it('grows the 의성 forest fire as KFS records through the kfs-fires adapter: new versions of one key', () => {
    const fire = day.entries.filter((e) => 'adapter' in e && e.adapter === 'kfs-fires').map((e) => materialize(e, { now: 42, runId: 'r1', name: 'demo', adapters }));
    expect(fire.length).toBeGreaterThan(8);
    const ok = fire.filter((f): f is EventInput => 'stream' in f);
    expect(ok).toHaveLength(fire.length);
    expect(new Set(ok.map((f) => f.key))).toEqual(new Set(['kfs-fire:DEMO-2611']));
    expect(new Set(ok.map((f) => f.id)).size).toBe(ok.length);
    const props = ok.map((f) => kfsFirePropsSchema.parse(f.props));
    expect(props[0]!.containmentPct).toBe(0);
    expect(props[0]!.responseStage).toBe('산불1단계');
    expect(props[props.length - 1]).toMatchObject({ containmentPct: 100, status: 'extinguished' });
    expect(props[0]!.lon).toBeGreaterThan(128.4); // 의성군, Gyeongsangbuk-do
    expect(props[0]!.lon).toBeLessThan(128.9);
    expect(props[0]!.lat).toBeGreaterThan(36.2);
    expect(props[0]!.lat).toBeLessThan(36.6);
    expect(props[0]!.region?.code).toBe('47730');
  });

  it('reports the fire on all four channels, and has helicopters, a danger index and a landslide forecast that fit the forest schemas', () => {
    const events = day.entries.map((e) => materialize(e, { now: 42, runId: 'r1', name: 'demo', adapters })).filter((e): e is EventInput => 'stream' in e);
    const of = (stream: string) => events.filter((e) => e.stream === stream);
    const channels = of('forest.detections').map((e) => detectionPropsSchema.parse(e.props).channel);
    expect(new Set(channels)).toEqual(new Set(['ranger', 'call119', 'app', 'satellite']));
    const helis = of('forest.helicopters').map((e) => helicopterSchema.parse(e.props));
    expect(new Set(helis.map((h) => h.id)).size).toBeGreaterThanOrEqual(2);
    expect(helis.some((h) => h.state === 'available')).toBe(true);
    const danger = of('forest.danger').filter((e) => e.op === 'upsert').map((e) => dangerIndexSchema.parse(e.props));
    expect(danger.find((d) => d.region.code === '47730')?.days).toHaveLength(4);
    const slides = of('forest.landslide');
    expect(slides.filter((e) => e.op === 'upsert').map((e) => landslideForecastSchema.parse(e.props).level)).toContain('warning');
    expect(slides.some((e) => e.op === 'remove')).toBe(true);
  });

  it('has an M4 earthquake, a typhoon landfall near Geoje, and cell-broadcast alerts through the DSSP adapter', () => {
    const quake = day.entries.find((e) => 'event' in e && e.event['stream'] === 'ndms.quakes');
    expect(quake && 'event' in quake && (quake.event['props'] as { magnitude: number }).magnitude).toBeGreaterThanOrEqual(4);
    const track = day.entries.filter((e) => 'event' in e && e.event['stream'] === 'ndms.typhoons');
    expect(track.some((e) => 'event' in e && (e.event['props'] as { remark: string | null }).remark === '거제 부근 상륙')).toBe(true);
    expect(day.entries.filter((e) => 'adapter' in e && e.adapter === 'dssp-alerts').length).toBeGreaterThanOrEqual(5);
  });
});

describe('demo day traffic on the schematic road network', () => {
  const file = join(process.cwd(), 'geo-data', 'out', 'roads', 'links.geojson');
  const network = existsSync(file);

  it.runIf(network)('drives its.traffic and its.events on the link ids of roads/links.geojson through the ITS adapters', () => {
    const ids = new Set((JSON.parse(readFileSync(file, 'utf8')) as { features: Array<{ properties: { linkId: string } }> }).features.map((f) => f.properties.linkId));
    const day = generateDemoDay(DEMO_SEED, { roadLinksFile: file });
    const its = day.entries.filter((e) => 'adapter' in e && (e.adapter === 'its-traffic' || e.adapter === 'its-events'));
    const events = its.map((e) => materialize(e, { now: 42, runId: 'r1', name: 'demo', adapters })) as EventInput[];
    expect(events.every((e) => 'stream' in e)).toBe(true);
    const traffic = events.filter((e) => e.stream === 'its.traffic');
    expect(traffic.length).toBeGreaterThan(1000);
    expect(traffic.every((e) => ids.has(e.key))).toBe(true);
    const full = events.find((e) => e.stream === 'its.events' && (e.props as { lanesBlock: string }).lanesBlock === 'full');
    expect((full?.props as { linkId: string } | undefined)?.linkId).toBe('EX0001-s215-B');
  });

  it('falls back to the built-in corridors without a road network', () => {
    const day = generateDemoDay(DEMO_SEED, { roadLinksFile: null });
    const traffic = day.entries.filter((e) => 'event' in e && e.event['stream'] === 'its.traffic');
    expect(traffic.length).toBeGreaterThan(100);
    expect(day.entries.some((e) => 'adapter' in e && e.adapter === 'its-traffic')).toBe(false);
  });
});

describe('scenario player', () => {
  it('plays at a chosen speed, pauses, changes speed, and re-stamps to the current time', () => {
    let clock = 1_000_000;
    const got: EventInput[] = [];
    const timeline = generateDemoDay();
    const player = createScenarioPlayer({ timeline, speed: 60, sink: (b) => void got.push(...b), now: () => clock, runId: 'run', loop: false });
    const dueBy = (ms: number) => timeline.entries.filter((e) => e.at <= ms).length;
    player.play();
    player.pause(); // stop the timer; drive ticks by hand
    expect(got.length).toBe(dueBy(0));
    player.play();
    clock += 60_000; // one minute at ×60 = one scenario hour
    player.tick();
    expect(got.length).toBe(dueBy(H));
    expect(got.every((e) => e.status === 'exercise' && e.id.endsWith('~run'))).toBe(true);
    expect(got[got.length - 1]!.ts).toBe(clock);
    player.pause();
    clock += 600_000;
    player.tick();
    expect(got.length).toBe(dueBy(H));
    expect(player.status()).toMatchObject({ playing: false, positionMs: H, speed: 60 });
    player.setSpeed(600);
    player.play();
    clock += 60_000; // ten more scenario hours
    player.tick();
    expect(got.length).toBe(dueBy(11 * H));
    player.close();
  });

  it('quarantines timeline entries that fail their adapter', () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'drill.ndjson');
      writeFileSync(file, ['{"at":0,"adapter":"dssp-alerts","record":{"SN":1,"CRT_DT":"2026/08/27 10:00:00","MSG_CN":"훈련","RCPTN_RGN_NM":"서울특별시"}}', '{"at":0,"adapter":"dssp-alerts","record":{"SN":"x"}}', '{"at":10,"adapter":"nope","record":{}}', '{"at":5,"stream":"ndms.reports","id":"r1","key":"r1","kind":"report","op":"upsert","ts":0,"status":"actual","props":{}}'].join('\n'));
      const tl = parseTimeline('drill', readFileSync(file, 'utf8'));
      const got: EventInput[] = [];
      const rejects: string[] = [];
      let clock = 0;
      const player = createScenarioPlayer({ timeline: tl, speed: 1, sink: (b) => void got.push(...b), quarantine: { add: (_s: string, e: { reason: string }[]) => rejects.push(...e.map((x) => x.reason)) } as never, now: () => clock, loop: false });
      player.play();
      expect(got).toHaveLength(1);
      expect(rejects).toEqual([expect.stringMatching(/SN/)]);
      clock = 10;
      player.tick();
      expect(rejects).toEqual([expect.stringMatching(/SN/), expect.stringMatching(/unknown adapter "nope"/)]);
      expect(got.map((e) => [e.stream, e.status])).toEqual([['ndms.alerts', 'exercise'], ['ndms.reports', 'exercise']]); // inline event line
      expect(player.status().playing).toBe(false); // ran to the end, no loop
      player.close();
    } finally {
      t.cleanup();
    }
  });
});

describe('hub with --scenario demo', () => {
  it('logs exercise events from the demo day, and stamps operator actions as exercise too', async () => {
    const t = tempDir();
    // The service panels' datasets are not under test here (hub/scenario/panel-data.test.ts).
    const hub = await createHub({ dataDir: t.dir, scenario: 'demo', speed: 7200, panelData: false, logger: () => {} });
    try {
      await waitFor(() => (hub.log.heads()['forest.fires'] ?? 0) > 0, 15_000, 'the fire to start');
      const r = hub.log.after('its.traffic', 0, 50);
      expect(r.kind === 'events' && r.events.every((e) => e.status === 'exercise')).toBe(true);
      expect(hub.health().scenario).toMatchObject({ name: 'demo', playing: true, speed: 7200 });
      const c = connectClient(hub.url, { token: hub.users.add('kim', 'operator').token });
      await waitFor(() => c.got.caughtUp.length === 1);
      const signer = testSigner();
      await signer.register(c.socket);
      const ack = (await c.socket.emitWithAck('ops:command', signer.sign({ id: 'drill-cmd-0001', stream: 'ops.acks', kind: 'alert.ack', key: 'a', props: {}, issuedAt: 1 }))) as OpsAck;
      expect(ack.ok).toBe(true);
      const ops = hub.log.after('ops.acks', 0, 10);
      expect(ops.kind === 'events' && ops.events[0]!.status).toBe('exercise');
      c.socket.close();
    } finally {
      await hub.close();
      t.cleanup();
    }
  });
});

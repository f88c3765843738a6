import type { EventEnvelope, EventInput } from '../../main/common/events.js';
import { buildAssignCommand, buildReleaseCommand } from '../../main/common/forest/dispatch-command.js';
import type { Helicopter } from '../../main/common/forest/types.js';
import { HelicopterSim, ON_SCENE_MIN, REFUEL_MIN, SIM_SOURCE, distanceM } from './helicopter-sim.js';
import { HelicopterTracks, TRACK_KIND } from './helicopter-tracks.js';

const MIN = 60_000;
const NOW = 1_790_000_000_000;
const BASE: [number, number] = [128.7, 36.57];
const FIRE: [number, number] = [128.63, 36.47];
const heli: Helicopter = { id: 'KFS-701', callsign: '산림 701', agency: null, lon: BASE[0], lat: BASE[1], state: 'available', cruiseKmh: 240, spinUpMin: 10, tankL: 3000, assignedFireKey: null, updatedAt: NOW - 1000 };

let seq = 0;
const env = (e: Omit<EventInput, 'status'> & { status?: EventInput['status'] }): EventEnvelope => ({ status: 'exercise', ...e, seq: ++seq, receivedAt: NOW } as EventEnvelope);
const report = (h: Helicopter): EventEnvelope => env({ stream: 'forest.helicopters', id: `r${++seq}`, key: `helicopter:${h.id}`, kind: 'helicopter', op: 'upsert', ts: NOW, geometry: { type: 'Point', coordinates: [h.lon, h.lat] }, props: { ...h }, source: 'scenario:demo' });
const fromCommand = (c: ReturnType<typeof buildAssignCommand>): EventEnvelope => env({ stream: c.stream, id: c.id, key: c.key, kind: c.kind, op: 'upsert', ts: c.issuedAt, geometry: c.geometry ?? null, props: { ...c.props, user: 'kim' }, source: 'user:kim' });
const assign = () => fromCommand(buildAssignCommand('cmd-assign-1', { helicopterId: heli.id, fireKey: 'kfs-fire:X', fireAt: FIRE, etaMin: 0, distanceKm: 0 }, NOW));
const props = (e: EventInput) => e.props as unknown as Helicopter;

/** Advances in 30 s steps, collecting every report and the scenario time of each state change. */
function run(sim: HelicopterSim, totalMs: number, stepMs = 30_000) {
  const reports: EventInput[] = [];
  const changes: Array<{ state: string; atMs: number }> = [];
  let last = '';
  for (let t = stepMs; t <= totalMs; t += stepMs) {
    for (const r of sim.advance(stepMs, NOW + t)) {
      reports.push(r);
      if (props(r).state !== last) changes.push({ state: (last = props(r).state), atMs: t });
    }
  }
  return { reports, changes };
}

describe('helicopter simulator (exercise hub)', () => {
  it('flies a sortie: en route after spin-up and transit, on scene, refuelling back at base, then available', () => {
    const sim = new HelicopterSim();
    expect(sim.observe([report(heli)], NOW)).toEqual([]); // learning the fleet reports nothing
    const first = sim.observe([assign()], NOW);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ stream: 'forest.helicopters', key: 'helicopter:KFS-701', kind: 'helicopter', source: SIM_SOURCE, status: 'exercise' });
    expect(props(first[0]!)).toMatchObject({ state: 'en-route', assignedFireKey: 'kfs-fire:X', lon: BASE[0], lat: BASE[1] });

    // Expected from the inputs: transit = distance / 240 km/h, after a 10-minute spin-up.
    const transitMs = (distanceM(BASE, FIRE) / 1000 / 240) * 60 * MIN;
    const { reports, changes } = run(sim, 4 * 60 * MIN);
    const at = (state: string) => changes.find((c) => c.state === state)!.atMs;
    const onScene = 10 * MIN + transitMs;
    expect(at('on-scene')).toBeGreaterThanOrEqual(onScene);
    expect(at('on-scene')).toBeLessThan(onScene + 30_000);
    expect(at('refuelling')).toBeGreaterThanOrEqual(onScene + ON_SCENE_MIN * MIN);
    expect(at('refuelling')).toBeLessThan(onScene + ON_SCENE_MIN * MIN + 30_000);
    const available = onScene + ON_SCENE_MIN * MIN + transitMs + REFUEL_MIN * MIN;
    expect(at('available')).toBeGreaterThanOrEqual(available);
    expect(at('available')).toBeLessThan(available + 60_000);

    // Positions move from the base to the fire during transit, and are over the fire on scene.
    const enRoute = reports.filter((r) => props(r).state === 'en-route').map((r) => distanceM([props(r).lon, props(r).lat], FIRE));
    expect(enRoute.length).toBeGreaterThan(2);
    for (let i = 1; i < enRoute.length; i++) expect(enRoute[i]!).toBeLessThan(enRoute[i - 1]!);
    const scene = reports.find((r) => props(r).state === 'on-scene')!;
    expect(distanceM([props(scene).lon, props(scene).lat], FIRE)).toBeLessThan(1);
    const last = reports[reports.length - 1]!;
    expect(props(last)).toMatchObject({ state: 'available', assignedFireKey: null, lon: BASE[0], lat: BASE[1] });
    // Reports are newer than the scenario's and ordered.
    const times = reports.map((r) => props(r).updatedAt);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(sim.advance(60 * MIN, NOW + 5 * 60 * MIN)).toEqual([]); // parked: nothing to report
  });

  it('a release ends the sortie at once: available, flying home, then parked', () => {
    const sim = new HelicopterSim();
    sim.observe([report(heli)], NOW);
    sim.observe([assign()], NOW);
    run(sim, 14 * MIN); // spin-up done, part way to the fire
    const c = buildReleaseCommand('cmd-release-1', { helicopterId: heli.id }, NOW + 14 * MIN);
    const released = sim.observe([env({ stream: c.stream, id: c.id, key: c.key, kind: c.kind, op: 'upsert', ts: c.issuedAt, geometry: null, props: c.props, source: 'user:kim' })], NOW + 14 * MIN);
    expect(released).toHaveLength(1);
    expect(props(released[0]!)).toMatchObject({ state: 'available', assignedFireKey: null });
    expect(distanceM([props(released[0]!).lon, props(released[0]!).lat], BASE)).toBeGreaterThan(1000);
    const { reports } = run(sim, 60 * MIN);
    expect(reports.every((r) => props(r).state === 'available')).toBe(true);
    expect(props(reports[reports.length - 1]!)).toMatchObject({ lon: BASE[0], lat: BASE[1] });
    expect(sim.list()[0]!.phase).toBeNull();
  });

  it('ignores assignments of unknown helicopters and its own reports; a scenario report restarts a helicopter it flew', () => {
    const sim = new HelicopterSim();
    expect(sim.observe([assign()], NOW)).toEqual([]);
    sim.observe([report(heli)], NOW);
    const [mine] = sim.observe([assign()], NOW);
    expect(sim.observe([env({ ...mine!, seq: 0 } as EventInput)], NOW)).toEqual([]);
    // The looped exercise day re-sends the helicopter at its base: the sortie ends, re-stated newer than the sim's reports.
    const [restated] = sim.observe([report(heli)], NOW + MIN);
    expect(props(restated!)).toMatchObject({ state: 'available', lon: BASE[0], lat: BASE[1] });
    expect(props(restated!).updatedAt).toBeGreaterThan(props(mine!).updatedAt);
    expect(sim.advance(10 * MIN, NOW + 2 * MIN)).toEqual([]);
  });
});

describe('helicopter tracks (every hub)', () => {
  it('publishes a growing LineString per helicopter, capped, oldest first; a removal removes it', () => {
    const tracks = new HelicopterTracks(3);
    const at = (lon: number, t: number) => report({ ...heli, lon, updatedAt: NOW + t });
    expect(tracks.observe([at(128.7, 0)])).toEqual([]); // one point is not a line
    const [two] = tracks.observe([at(128.71, 1)]);
    expect(two).toMatchObject({ key: 'helicopter-track:KFS-701', kind: TRACK_KIND, op: 'upsert', geometry: { type: 'LineString', coordinates: [[128.7, heli.lat], [128.71, heli.lat]] }, props: { helicopterId: 'KFS-701', points: 2 } });
    expect(tracks.observe([at(128.71, 2)])).toEqual([]); // not moved
    expect(tracks.observe([at(128.6, -5)])).toEqual([]); // older report arriving late
    const [capped] = tracks.observe([at(128.72, 3), at(128.73, 4)]);
    expect(capped!.geometry).toEqual({ type: 'LineString', coordinates: [[128.71, heli.lat], [128.72, heli.lat], [128.73, heli.lat]] });
    expect(tracks.observe([capped as EventEnvelope])).toEqual([]); // its own output is ignored
    const [removed] = tracks.observe([env({ stream: 'forest.helicopters', id: 'gone', key: 'helicopter:KFS-701', kind: 'helicopter', op: 'remove', ts: NOW, geometry: null, props: {}, source: 'scenario:demo' })]);
    expect(removed).toMatchObject({ key: 'helicopter-track:KFS-701', op: 'remove' });
  });

  it('continues a logged track after a restart', () => {
    const first = new HelicopterTracks();
    first.observe([report({ ...heli, updatedAt: NOW })]);
    const [logged] = first.observe([report({ ...heli, lon: 128.71, updatedAt: NOW + 1 })]);
    const second = new HelicopterTracks();
    second.prime([env(logged!)]);
    const [next] = second.observe([report({ ...heli, lon: 128.72, updatedAt: NOW + 2 })]);
    expect(next!.geometry).toEqual({ type: 'LineString', coordinates: [[128.7, heli.lat], [128.71, heli.lat], [128.72, heli.lat]] });
  });
});

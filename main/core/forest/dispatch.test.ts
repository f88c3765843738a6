import type { EventInput } from '../../common/events.js';
import { buildAssignCommand, buildReleaseCommand } from '../../common/forest/dispatch-command.js';
import type { Helicopter } from '../../common/forest/types.js';
import { opsCommandSchema, type OpsCommand } from '../../common/sync-protocol.js';
import { HelicopterFleet, etaMinutes, rankForFire } from './dispatch.js';

const FIRE: [number, number] = [128.0, 36.5];
const T = Date.UTC(2026, 2, 22, 3, 0);
const heli = (id: string, lat: number, cruiseKmh: number, spinUpMin: number, state: Helicopter['state'] = 'available'): Helicopter => ({
  id, callsign: `산림${id}`, lon: 128.0, lat, state, cruiseKmh, spinUpMin, updatedAt: T,
});
// All on the 128°E meridian, so the great-circle distance is Δlat in radians × 6371.0088 km:
// 0.5° → 0.5 × π/180 × 6371.0088 = 55.5975 km; 0.2° → 22.2390 km.
const A = heli('A', 36.0, 200, 10); // 10 + 55.5975/200·60 = 10 + 16.6793 = 26.6793 min
const B = heli('B', 37.0, 250, 15); // 15 + 55.5975/250·60 = 15 + 13.3434 = 28.3434 min
const C = heli('C', 36.3, 180, 20); // 20 + 22.2390/180·60 = 20 + 7.4130 = 27.4130 min
const D = heli('D', 36.49, 250, 0, 'on-scene'); // closest, but busy

describe('dispatch: ETA ordering', () => {
  it('computes ETA = spin-up + great-circle distance / cruise speed (hand-computed)', () => {
    expect(etaMinutes(A, FIRE).distanceKm).toBeCloseTo(55.5975, 3);
    expect(etaMinutes(A, FIRE).etaMin).toBeCloseTo(26.6793, 3);
    expect(etaMinutes(B, FIRE).etaMin).toBeCloseTo(28.3434, 3);
    expect(etaMinutes(C, FIRE).etaMin).toBeCloseTo(27.413, 3);
  });

  it('lists only available helicopters, ordered by ETA, not by distance', () => {
    const ranked = rankForFire(FIRE, [B, D, C, A]);
    expect(ranked.map((r) => r.helicopter.id)).toEqual(['A', 'C', 'B']);
    // C is the nearest available one but spins up slowest: distance alone would have put it first.
    expect(ranked[1]!.distanceKm).toBeLessThan(ranked[0]!.distanceKm);
  });
});

describe('dispatch: assignment command and state', () => {
  const asEvent = (c: OpsCommand, user = 'kim'): EventInput => ({
    stream: c.stream, id: c.id, key: c.key, kind: c.kind, op: c.op, ts: c.issuedAt, status: 'actual', geometry: c.geometry ?? null,
    props: { ...c.props, user, role: 'operator' }, source: `user:${user}`,
  });
  const position = (h: Helicopter): EventInput => ({ stream: 'forest.helicopters', id: `${h.id}@${h.updatedAt}`, key: `helicopter:${h.id}`, kind: 'helicopter', op: 'upsert', ts: h.updatedAt, status: 'actual', geometry: { type: 'Point', coordinates: [h.lon, h.lat] }, props: { ...h }, source: 'test' });

  it('builds a valid ops.dispatch helicopter.assign command', () => {
    const { etaMin, distanceKm } = etaMinutes(A, FIRE);
    const cmd = buildAssignCommand('cmd-0001-a', { helicopterId: 'A', fireKey: 'fire:kfs-fire:X', fireAt: FIRE, etaMin, distanceKm }, T);
    expect(opsCommandSchema.parse(cmd)).toMatchObject({ stream: 'ops.dispatch', kind: 'helicopter.assign', key: 'helicopter:A' });
    expect(() => buildAssignCommand('cmd-0002-a', { helicopterId: '', fireKey: 'f', fireAt: FIRE, etaMin: 1, distanceKm: 1 }, T)).toThrow();
  });

  it('an assignment event sets the helicopter en route to the fire; a release makes it available; a later position keeps the assignment', () => {
    const fleet = new HelicopterFleet();
    for (const h of [A, B, C, D]) expect(fleet.apply(position(h))).toEqual({ changed: true, helicopterId: h.id });
    const cmd = buildAssignCommand('cmd-0003-a', { helicopterId: 'A', fireKey: 'fire:1', fireAt: FIRE, etaMin: 26.7, distanceKm: 55.6 }, T + 60_000);
    expect(fleet.apply(asEvent(cmd))).toEqual({ changed: true, helicopterId: 'A' });
    expect(fleet.get('A')).toMatchObject({ state: 'en-route', assignedFireKey: 'fire:1' });
    expect(rankForFire(FIRE, fleet.list()).map((r) => r.helicopter.id)).toEqual(['C', 'B']);
    // A new position report (still en route) keeps the assignment.
    expect(fleet.apply(position({ ...A, lat: 36.2, state: 'en-route', updatedAt: T + 5 * 60_000 }))).toMatchObject({ changed: true });
    expect(fleet.get('A')).toMatchObject({ lat: 36.2, assignedFireKey: 'fire:1' });
    expect(fleet.track('A').map((p) => p.at)).toEqual([[128.0, 36.0], [128.0, 36.2]]);
    // An older report does not overwrite a newer one.
    expect(fleet.apply(position({ ...A, updatedAt: T - 1 }))).toEqual({ changed: false, reason: 'older position report' });
    expect(fleet.apply(asEvent(buildReleaseCommand('cmd-0004-a', { helicopterId: 'A' }, T + 90 * 60_000)))).toMatchObject({ changed: true });
    expect(fleet.get('A')).toMatchObject({ state: 'available', assignedFireKey: null });
  });

  it('ignores assignments of unknown helicopters and malformed props, with a reason', () => {
    const fleet = new HelicopterFleet();
    const cmd = buildAssignCommand('cmd-0005-a', { helicopterId: 'Z', fireKey: 'fire:1', fireAt: FIRE, etaMin: 1, distanceKm: 1 }, T);
    expect(fleet.apply(asEvent(cmd))).toEqual({ changed: false, reason: 'unknown helicopter Z' });
    expect(fleet.apply({ ...asEvent(cmd), props: { helicopterId: 'Z' } })).toEqual({ changed: false, reason: 'invalid assignment props' });
    expect(fleet.apply({ ...position(A), props: { id: 'A' } }).changed).toBe(false);
  });
});

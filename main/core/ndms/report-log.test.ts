import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventEnvelope } from '../../common/events.js';
import { ackCommand, resolveCommand } from '../../common/ndms/reports.js';
import { EventStore } from '../store/event-store.js';
import { makeEvent } from '../store/testing/make-event.js';
import { readReportAudit, readReports } from './report-log.js';
import { escalationId, startEscalator } from './report-escalator.js';
import type { OpsSubmitArgs } from '../../common/live-sync.js';

const T0 = 1_800_000_000_000;
const MIN = 60_000;

function reportEvent(seq: number, key: string, type: string, severity: string, at: number, status: EventEnvelope['status'] = 'actual'): EventEnvelope {
  return makeEvent('ndms.reports', seq, { id: `r-${seq}`, key, kind: `report.${type}`, ts: at, receivedAt: at + 100, status, props: { severity, level: `${type} ${severity}`, regions: ['부산'] }, source: 'test' });
}

/** An operator step as the hub logs it: the hub stamps user, role and the command id. */
function opEvent(seq: number, cmd: OpsSubmitArgs, at: number, user: string): EventEnvelope {
  return makeEvent('ops.ndms', seq, { id: `cmd-${seq}-xxxx`, key: cmd.key, kind: cmd.kind, ts: at, receivedAt: at + 50, status: 'actual', geometry: null, props: { ...cmd.props, user, role: 'operator', commandId: `cmd-${seq}-xxxx` }, source: `user:${user}` });
}

let dir: string;
let store: EventStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitroom-report-log-'));
  store = EventStore.open(join(dir, 'store.sqlite'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('situation reports from the store log', () => {
  it('replays reports and operator steps from the event log, keeping the acknowledgement after a resolve', () => {
    store.applyBatch([reportEvent(1, 'r1', 'typhoon', 'extreme', T0), reportEvent(2, 'r2', 'heavy-rain', 'minor', T0 + MIN)]);
    store.applyBatch([opEvent(1, ackCommand('r1', 'ignored-by-hub', '현장 확인 <b>중</b>'), T0 + 2 * MIN, 'kim'), opEvent(2, resolveCommand('r1', 'x', '해제'), T0 + 9 * MIN, 'lee')]);
    const view = readReports(store.db, 5 * MIN);
    expect(view.escalateAfterMs).toBe(5 * MIN);
    const r1 = view.items.find((i) => i.key === 'r1')!;
    // The current-state projection holds only the resolve for r1; the log still knows the ack.
    expect(store.currentState('ops.ndms')).toHaveLength(1);
    expect(r1).toMatchObject({ state: 'resolved', ack: { user: 'kim', ts: T0 + 2 * MIN, note: '현장 확인 <b>중</b>' }, resolved: { user: 'lee', note: '해제' } });
    expect(view.items.find((i) => i.key === 'r2')).toMatchObject({ state: 'new', type: 'heavy-rain' });
    expect(readReports(null, MIN)).toEqual({ items: [], refusals: [], escalateAfterMs: MIN });
  });

  it('gives one report its audit trail, refused steps marked', () => {
    store.applyBatch([reportEvent(1, 'r1', 'earthquake', 'severe', T0, 'exercise'), reportEvent(2, 'other', 'typhoon', 'severe', T0)]);
    store.applyBatch([opEvent(1, ackCommand('r1', 'a', '확인'), T0 + MIN, 'kim'), opEvent(2, ackCommand('r1', 'b', '나도'), T0 + 2 * MIN, 'park'), opEvent(3, ackCommand('other', 'c', ''), T0 + 3 * MIN, 'kim')]);
    const trail = readReportAudit(store.db, 'r1');
    expect(trail.map((e) => [e.kind, e.user, e.note, e.refused === null])).toEqual([
      ['report.earthquake', null, null, true],
      ['report.ack', 'kim', '확인', true],
      ['report.ack', 'park', '나도', false],
    ]);
    expect(trail[0]).toMatchObject({ status: 'exercise', severity: 'severe', stream: 'ndms.reports' });
    expect(trail[1]).toMatchObject({ role: 'operator', source: 'user:kim', ts: T0 + MIN });
    expect(trail[2]!.refused).toMatch(/only a new report/);
    expect(readReportAudit(store.db, 'nope')).toEqual([]);
  });
});

describe('escalation timer', () => {
  it('escalates an unacknowledged critical report once per opening, with an id every workstation derives alike', () => {
    store.applyBatch([reportEvent(1, 'r1', 'typhoon', 'extreme', T0), reportEvent(2, 'minor', 'typhoon', 'minor', T0), reportEvent(3, 'acked', 'heavy-snow', 'severe', T0)]);
    store.applyBatch([opEvent(1, ackCommand('acked', 'a', ''), T0 + MIN, 'kim')]);
    const submitted: Array<{ args: OpsSubmitArgs; id: string }> = [];
    let now = T0 + 4 * MIN;
    let role: 'viewer' | 'operator' | 'supervisor' | null = 'supervisor';
    const deps = { reports: () => readReports(store.db, 5 * MIN).items, submit: (args: OpsSubmitArgs, id: string) => void submitted.push({ args, id }), afterMs: () => 5 * MIN, role: () => role, now: () => now, intervalMs: 3_600_000 };
    const a = startEscalator(deps);
    expect(a.check()).toEqual([]);
    now = T0 + 6 * MIN;
    expect(a.check()).toEqual([escalationId('r1', T0)]);
    expect(a.check()).toEqual([]); // this process asked already
    expect(submitted[0]!.args).toMatchObject({ stream: 'ops.ndms', kind: 'report.escalate', key: 'r1', props: { reportKey: 'r1', to: ['supervisor'] } });
    // A second workstation computes the same command id, so the hub logs one escalation.
    const b = startEscalator(deps);
    expect(b.check()).toEqual([escalationId('r1', T0)]);
    // Once logged, nobody escalates it again.
    store.applyBatch([opEvent(2, submitted[0]!.args, now, 'boss')]);
    expect(startEscalator(deps).check()).toEqual([]);
    // Viewers do not escalate (the hub would refuse them).
    role = 'viewer';
    store.applyBatch([reportEvent(4, 'r2', 'tsunami', 'extreme', T0)]);
    expect(startEscalator(deps).check()).toEqual([]);
    for (const e of [a, b]) e.stop();
  });

  it('treats a command id already in the outbox as done and retries when there is no hub', () => {
    store.applyBatch([reportEvent(1, 'r1', 'typhoon', 'extreme', T0)]);
    let failure = 'no hub connection';
    const calls: string[] = [];
    const e = startEscalator({ reports: () => readReports(store.db, MIN).items, submit: (_a, id) => { calls.push(id); throw new Error(failure); }, afterMs: () => MIN, role: () => null, now: () => T0 + 2 * MIN, intervalMs: 3_600_000 });
    expect(e.check()).toEqual([]);
    expect(e.check()).toEqual([]);
    expect(calls).toHaveLength(2); // retried
    failure = 'UNIQUE constraint failed: outbox.id';
    e.check();
    e.check();
    expect(calls).toHaveLength(3); // held already: not asked again
    e.stop();
  });
});

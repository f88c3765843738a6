import type { EventStatus } from '../events.js';
import { REPORT_TYPE_INFO, REPORT_TYPES } from './report-types.js';
import { dueEscalations, filterReports, needsAttention } from './report-attention.js';
import { ackCommand, escalateCommand, reduceReports, replayReports, type ReportEventLike, resolveCommand } from './reports.js';

const MIN = 60_000;
const report = (key: string, type: string, severity: string, ts: number, status: EventStatus = 'actual', op: 'upsert' | 'remove' = 'upsert'): ReportEventLike => ({
  stream: 'ndms.reports', kind: `report.${type}`, key, op, ts, status, props: { severity, title: `${type} ${key}` }, source: 'scenario:test',
});
const op = (cmd: ReturnType<typeof ackCommand>, ts: number): ReportEventLike => ({ stream: cmd.stream, kind: cmd.kind, key: cmd.key, op: 'upsert', ts, status: 'actual', props: cmd.props, source: `user:${String(cmd.props['user'])}` });

describe('situation report types', () => {
  it('has the ten critical types with Korean and English labels', () => {
    expect(REPORT_TYPES).toHaveLength(10);
    for (const t of REPORT_TYPES) expect(REPORT_TYPE_INFO[t].ko && REPORT_TYPE_INFO[t].en).toBeTruthy();
  });
});

describe('report workflow reducer', () => {
  it('moves new → acknowledged (user, time, note) → resolved, recording each step', () => {
    const { state, refusals } = replayReports([
      report('r1', 'heavy-rain', 'severe', 0),
      op(ackCommand('r1', 'kim', '현장 확인 중'), 2 * MIN),
      op(resolveCommand('r1', 'lee', '특보 해제'), 30 * MIN),
    ]);
    expect(refusals).toEqual([]);
    const r = state.get('r1')!;
    expect(r.state).toBe('resolved');
    expect(r.ack).toEqual({ user: 'kim', ts: 2 * MIN, note: '현장 확인 중' });
    expect(r.resolved).toEqual({ user: 'lee', ts: 30 * MIN, note: '특보 해제' });
    expect(r.history.map((h) => h.what)).toEqual(['received', 'acknowledged', 'resolved']);
  });

  it('refuses invalid transitions and leaves the state unchanged', () => {
    const s0 = replayReports([report('r1', 'typhoon', 'extreme', 0)]).state;
    const resolveNew = reduceReports(s0, op(resolveCommand('r1', 'kim', ''), 1));
    expect(resolveNew.refused).toMatch(/only an acknowledged report can be resolved/);
    expect(resolveNew.state).toBe(s0);
    const s1 = reduceReports(s0, op(ackCommand('r1', 'kim', 'ok'), 1)).state;
    expect(reduceReports(s1, op(ackCommand('r1', 'lee', 'again'), 2)).refused).toMatch(/only a new report/);
    expect(reduceReports(s1, op(ackCommand('nope', 'lee', ''), 2)).refused).toMatch(/no report nope/);
    expect(reduceReports(s1, { ...op(ackCommand('r1', 'lee', ''), 2), props: { reportKey: 'r1' } }).refused).toMatch(/malformed/);
  });

  it('re-opens an acknowledged item when its severity rises', () => {
    const { state } = replayReports([report('r1', 'heavy-rain', 'minor', 0), op(ackCommand('r1', 'kim', ''), 1), report('r1', 'heavy-rain', 'severe', 5)]);
    expect(state.get('r1')).toMatchObject({ state: 'new', severity: 'severe' });
    expect(state.get('r1')!.history.map((h) => h.what)).toEqual(['received', 'acknowledged', 'reopened']);
    const same = replayReports([report('r2', 'heavy-rain', 'severe', 0), op(ackCommand('r2', 'kim', ''), 1), report('r2', 'heavy-rain', 'minor', 5)]).state;
    expect(same.get('r2')!.state).toBe('acknowledged');
  });

  it('carries exercise and test status, defaults severity by type, and drops removed reports', () => {
    const { state } = replayReports([report('d1', 'earthquake', 'x', 0, 'exercise'), report('d2', 'damage', 'x', 0, 'test'), report('d3', 'typhoon', 'severe', 0), report('d3', 'typhoon', 'severe', 1, 'actual', 'remove')]);
    expect(state.get('d1')).toMatchObject({ status: 'exercise', severity: 'severe', type: 'earthquake' });
    expect(state.get('d2')).toMatchObject({ status: 'test', severity: 'unknown', type: null });
    expect(state.has('d3')).toBe(false);
  });

  it('builds ops commands for ops:submit', () => {
    expect(ackCommand('r1', 'kim', 'n')).toEqual({ stream: 'ops.ndms', kind: 'report.ack', key: 'r1', props: { reportKey: 'r1', user: 'kim', note: 'n' } });
    expect(escalateCommand('r1', 'system', ['supervisor'], 'late').props['to']).toEqual(['supervisor']);
  });
});

describe('attention: escalation and filters', () => {
  const { state } = replayReports([
    report('old-critical', 'forest-fire', 'severe', 0),
    report('young-critical', 'earthquake', 'extreme', 9 * MIN),
    report('old-minor', 'heavy-snow', 'minor', 0),
    report('old-acked', 'typhoon', 'extreme', 0),
    op(ackCommand('old-acked', 'kim', ''), MIN),
    report('drill', 'tsunami', 'extreme', 0, 'exercise'),
  ]);
  const cfg = { afterMs: 5 * MIN, supervisors: ['상황실장'] };

  it('escalates only unacknowledged critical items older than the limit', () => {
    expect(dueEscalations(state, 10 * MIN, cfg).map((e) => e.reportKey).sort()).toEqual(['drill', 'old-critical']);
    expect(dueEscalations(state, 10 * MIN, { ...cfg, includeNonActual: false }).map((e) => e.reportKey)).toEqual(['old-critical']);
    expect(dueEscalations(state, 5 * MIN, cfg)).toEqual([]);
    expect(dueEscalations(state, 10 * MIN, cfg)[0]).toMatchObject({ to: ['상황실장'] });
  });

  it('does not escalate twice', () => {
    const s = reduceReports(state, op(escalateCommand('old-critical', 'system', ['상황실장'], ''), 10 * MIN)).state;
    expect(dueEscalations(s, 20 * MIN, cfg).map((e) => e.reportKey)).toEqual(['drill', 'young-critical']);
  });

  it('measures a re-opened item from the update that re-opened it, and names the opening', () => {
    const { state: s } = replayReports([report('r', 'heavy-rain', 'minor', 0), op(ackCommand('r', 'kim', ''), MIN), report('r', 'heavy-rain', 'severe', 60 * MIN)]);
    expect(s.get('r')).toMatchObject({ state: 'new', firstTs: 0, openedTs: 60 * MIN });
    expect(dueEscalations(s, 61 * MIN, cfg)).toEqual([]);
    expect(dueEscalations(s, 66 * MIN, cfg)).toEqual([expect.objectContaining({ reportKey: 'r', openedTs: 60 * MIN, ageMs: 6 * MIN })]);
  });

  it('lists the items holding attention', () => {
    expect(needsAttention(state).map((i) => i.key).sort()).toEqual(['drill', 'old-critical', 'young-critical']);
  });

  it('never hides an unacknowledged critical item, whatever the filter', () => {
    const filters = [{ types: ['heavy-snow' as const] }, { minSeverity: 'extreme' as const }, { states: ['resolved' as const] }, { statuses: ['actual' as const] }, { text: 'no such text' }];
    for (const f of filters) {
      const keys = filterReports(state, f).map((x) => x.item.key);
      for (const k of ['old-critical', 'young-critical', 'drill']) expect(keys).toContain(k);
    }
    expect(filterReports(state, { types: ['heavy-snow'] }).map((x) => [x.item.key, x.pinned])).toEqual(expect.arrayContaining([['old-minor', false]]));
    expect(filterReports(state, { types: ['heavy-snow'] }).map((x) => x.item.key)).not.toContain('old-acked');
  });
});

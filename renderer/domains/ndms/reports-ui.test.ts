import type { ReportsView } from '../../../main/common/ndms/report-ipc';
import { ackCommand, replayReports, type ReportEventLike, type ReportItem } from '../../../main/common/ndms/reports';
import { createLiveStore } from '../../state/live-store';
import { ReportAlarm, type AlarmEnv, type AudioLike } from './report-alarm';
import { attentionSummary, formatKst, listReports, notificationText } from './report-model';
import { reportFeatureStates, reportsLayerModule, TYPE_MARK } from './reports-layer';
import { createReportsUiStore, startReportsSync } from './reports-store';
import { REPORT_TYPES } from '../../../main/common/ndms/report-types';
import { styleContext } from '../../map/style';

const T0 = Date.UTC(2026, 2, 1, 15, 30); // 2026-03-02 00:30 KST
const MIN = 60_000;
const report = (key: string, type: string, severity: string, ts: number, status: ReportEventLike['status'] = 'actual'): ReportEventLike => ({
  stream: 'ndms.reports', kind: `report.${type}`, key, op: 'upsert', ts, status, props: { severity, level: `${type} level`, regions: ['울산'] }, source: 't',
});
const items = (events: ReportEventLike[]): ReportItem[] => [...replayReports(events).state.values()];
const viewOf = (events: ReportEventLike[]): ReportsView => ({ items: items(events), refusals: [], escalateAfterMs: 5 * MIN });

describe('report model', () => {
  it('formats times in KST whatever the machine zone', () => {
    expect(formatKst(T0)).toBe('2026-03-02 00:30 KST');
  });

  it('summarises attention (count and newest opening) and pins it in the list', () => {
    const v = viewOf([report('a', 'typhoon', 'severe', T0), report('b', 'flood-forecast', 'extreme', T0 + MIN), report('c', 'heavy-rain', 'minor', T0 + 2 * MIN)]);
    expect(attentionSummary(v)).toMatchObject({ count: 2, keys: ['a', 'b'] });
    expect(attentionSummary(v).newest?.key).toBe('b');
    expect(attentionSummary(null)).toEqual({ count: 0, newest: null, keys: [] });
    const listed = listReports(v, { types: ['heavy-rain'], minSeverity: null, states: [] });
    expect(listed.map((l) => [l.item.key, l.pinned])).toEqual([['b', true], ['a', true], ['c', false]]);
  });

  it('writes notifications as plain text, marked when not real', () => {
    const [drill] = items([report('d', 'tsunami', 'extreme', T0, 'exercise')]);
    expect(notificationText(drill!, 'ko').title).toMatch(/^\[훈련\] 미확인 긴급 상황보고: 지진해일/);
    expect(notificationText(drill!, 'en').title).toMatch(/^\[EXERCISE\] .*Tsunami/);
    expect(notificationText(drill!, 'en').body).toContain('2026-03-02 00:30 KST');
    const [test] = items([report('t', 'tsunami', 'extreme', T0, 'test')]);
    expect(notificationText(test!, 'ko').title).toMatch(/^\[시험\]/);
    const [real] = items([report('r', 'tsunami', 'extreme', T0)]);
    expect(notificationText(real!, 'ko').title).not.toMatch(/\[/);
  });
});

describe('report map symbols', () => {
  it('marks every one of the ten types, in both languages', () => {
    for (const t of REPORT_TYPES) expect(TYPE_MARK[t].ko && TYPE_MARK[t].en).toBeTruthy();
    const layers = reportsLayerModule.layers(styleContext('dark', 'en', 'http://x/'), { visible: true, opacity: 1 });
    const mark = layers.find((l) => l.id === 'ndms:reports-mark');
    expect(JSON.stringify(mark)).toContain('"report.earthquake","EQ"');
    // The disc keeps its id (e2e tests and hooks query it).
    expect(layers.map((l) => l.id)).toContain('ndms:reports-circle');
  });

  it('feature-state carries attention, escalation and selection', () => {
    expect(reportFeatureStates([{ key: 'a', attention: true, escalated: false }, { key: 'b', attention: false, escalated: false }], 'b')).toEqual([
      { id: 'a', state: { attention: true, escalated: false, selected: false } },
      { id: 'b', state: { attention: false, escalated: false, selected: true } },
    ]);
  });
});

function fakeEnv() {
  const timers = new Map<number, () => void>();
  let next = 1;
  const notes: Array<{ title: string; body: string; tag: string; click: () => void }> = [];
  const osc = () => ({ type: 'sine', frequency: { value: 0 }, connect: () => undefined, start: () => undefined, stop: () => undefined });
  const gain = () => ({ gain: { setValueAtTime: () => undefined, linearRampToValueAtTime: () => undefined }, connect: () => undefined });
  const audio = { currentTime: 0, state: 'suspended', destination: {}, resume: async () => void (audio.state = 'running'), createOscillator: osc, createGain: gain };
  let permission = 'default';
  const env: AlarmEnv = {
    createAudio: () => audio as unknown as AudioLike,
    notificationPermission: () => permission,
    requestNotificationPermission: async () => (permission = 'granted'),
    notify: (title, body, tag, click) => void notes.push({ title, body, tag, click }),
    setInterval: (fn) => {
      timers.set(next, fn);
      return next++;
    },
    clearInterval: (h) => void timers.delete(h as number),
  };
  return { env, timers, notes, audio };
}

describe('report alarm (sound and notifications)', () => {
  it('rings until acknowledged, respects mute, and notifies each new opening once', async () => {
    const { env, timers, notes, audio } = fakeEnv();
    const alarm = new ReportAlarm(env);
    const opened: string[] = [];
    const o = { enabled: false, muted: false, language: 'ko' as const, open: (k: string) => void opened.push(k) };
    const [a, b] = items([report('a', 'typhoon', 'severe', T0, 'exercise'), report('b', 'earthquake', 'severe', T0)]);
    // Before the start-up click: silent, nothing shown.
    alarm.update([a!], o);
    expect(alarm.ringing).toBe(false);
    expect(notes).toEqual([]);
    expect(await alarm.enable()).toEqual({ audio: true, notifications: 'granted' });
    expect(audio.state).toBe('running');
    alarm.update([a!], { ...o, enabled: true });
    expect(alarm.ringing).toBe(true);
    expect(timers.size).toBe(1);
    expect(notes.map((n) => n.title)).toEqual([expect.stringMatching(/^\[훈련\]/)]);
    [...timers.values()][0]!();
    expect(alarm.chimes).toBe(2);
    alarm.update([a!, b!], { ...o, enabled: true });
    expect(notes).toHaveLength(2); // only b is new
    notes[1]!.click();
    expect(opened).toEqual(['b']);
    alarm.update([a!, b!], { ...o, enabled: true, muted: true });
    expect(alarm.ringing).toBe(false);
    expect(timers.size).toBe(0);
    alarm.update([], { ...o, enabled: true });
    expect(alarm.ringing).toBe(false);
  });

  it('a burst gives three notifications and one summary', async () => {
    const { env, notes } = fakeEnv();
    const alarm = new ReportAlarm(env);
    await alarm.enable();
    const many = items(['a', 'b', 'c', 'd', 'e'].map((k, n) => report(k, 'heavy-rain', 'severe', T0 + n)));
    alarm.update(many, { enabled: true, muted: true, language: 'en', open: () => undefined });
    expect(notes.map((n) => n.tag)).toEqual(['a', 'b', 'c', 'ndms-reports-more']);
    expect(notes[3]!.title).toBe('2 more unacknowledged critical reports');
  });
});

describe('report sync', () => {
  it('asks the core again when ndms.reports or ops.ndms change, not for other streams', async () => {
    const live = createLiveStore();
    const store = createReportsUiStore();
    let calls = 0;
    const v = viewOf([report('a', 'typhoon', 'severe', T0)]);
    const api = { invoke: (async () => (calls++, v)) as never };
    const stop = startReportsSync(api, live, store, 3_600_000);
    await vi.waitFor(() => expect(store.getState().view).toBe(v));
    expect(calls).toBe(1);
    const feature = { stream: 'ops.ndms', key: 'a', kind: 'report.ack', status: 'actual', ts: 1, receivedAt: 1, seq: 1, props: ackCommand('a', 'k', '').props, geometry: null };
    live.getState().applySnapshot({ serial: 0, exercise: false, streams: [{ stream: 'ops.ndms', cursor: 1, features: [feature] }] });
    await vi.waitFor(() => expect(calls).toBe(2));
    stop();
  });
});

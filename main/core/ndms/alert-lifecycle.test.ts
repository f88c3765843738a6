import { resolveRegionList } from '../../common/ndms/alerts.js';
import type { AlertDraft } from '../../common/ndms/draft.js';
import { loadRegionIndex } from '../region/index.js';
import { alertLifecycles, type AlertStepLike } from './alert-lifecycle.js';

const index = loadRegionIndex('geo-data/out');
const ref = { sender: 'sitroom.local', identifier: 'sitroom-a-0001', sent: '2026-11-27T03:00:00+09:00' };
const draft = (id: string, over: Partial<AlertDraft> = {}): AlertDraft => ({
  id, sender: 'sitroom.local', user: 'kim', sentMs: 1, status: 'exercise', level: '안전안내', disasterType: '호우', eventCode: 'HRW', category: 'Met',
  texts: { ko: '하천 출입 금지' }, regions: resolveRegionList(['서울특별시 종로구'], index).regions, ...over,
});
let seq = 0;
const step = (kind: string, key: string, props: Record<string, unknown>, receivedAt: number): AlertStepLike => ({ stream: 'ops.ndms', key, kind, seq: ++seq, receivedAt, props: { user: 'kim', role: 'supervisor', verified: true, ...props } });
const send = (id: string, at: number) => step('alert.send', `draft:${id}`, { draft: draft(id) }, at);
const update = (id: string, of: string, at: number, props: Record<string, unknown> = {}) => step('alert.update', `draft:${id}`, { draft: draft(id, { msgType: 'Update', supersedes: of, references: [ref] }), ...props }, at);
const cancel = (of: string, at: number, props: Record<string, unknown> = {}) =>
  step('alert.cancel', `cancel:${of}`, { cancel: { alertKey: of, id: `sitroom-c-${at}`, sender: 'sitroom.local', user: 'kim', sentMs: at, reason: '오발송', references: [ref] }, capXml: '<alert/>', ...props }, at);

describe('alert lifecycle (drafted alerts: active → superseded | cancelled)', () => {
  it('an update supersedes its alert (who, when, the replacement); the update is active until cancelled with its reason', () => {
    const { states, ignored } = alertLifecycles([cancel('draft:sitroom-b-0001', 30, { user: 'park' }), update('sitroom-b-0001', 'draft:sitroom-a-0001', 20, { user: 'lee' }), send('sitroom-a-0001', 10)]);
    expect(states.get('draft:sitroom-a-0001')).toEqual({ state: 'superseded', by: 'lee', at: 20, reason: null, replacedBy: 'draft:sitroom-b-0001', capXml: null });
    expect(states.get('draft:sitroom-b-0001')).toEqual({ state: 'cancelled', by: 'park', at: 30, reason: '오발송', replacedBy: null, capXml: '<alert/>' });
    expect(ignored).toEqual([]);
  });

  it('the first logged step wins: a later update or cancel of a superseded or cancelled alert changes nothing', () => {
    const { states, ignored } = alertLifecycles([send('sitroom-a-0001', 10), cancel('draft:sitroom-a-0001', 20), update('sitroom-b-0001', 'draft:sitroom-a-0001', 30)]);
    expect(states.get('draft:sitroom-a-0001')).toMatchObject({ state: 'cancelled', at: 20 });
    expect(states.get('draft:sitroom-b-0001')).toMatchObject({ state: 'active' });
    expect(ignored).toEqual([{ key: 'draft:sitroom-b-0001', reason: 'alert draft:sitroom-a-0001 is already cancelled' }]);
    // Order is the hub's (receivedAt, then seq), not the order the features come in.
    expect(alertLifecycles([update('sitroom-b-0001', 'draft:sitroom-a-0001', 30), cancel('draft:sitroom-a-0001', 20), send('sitroom-a-0001', 10)]).states.get('draft:sitroom-a-0001')?.state).toBe('cancelled');
  });

  it('ignores steps that did not verify, that a non-supervisor sent, that name no drafted alert, or that are malformed', () => {
    const { states, ignored } = alertLifecycles([
      send('sitroom-a-0001', 10),
      cancel('draft:sitroom-a-0001', 11, { verified: false, verifyReason: 'bad signature' }),
      cancel('draft:sitroom-a-0001', 12, { role: 'operator' }),
      cancel('dssp:200001', 13),
      step('alert.cancel', 'cancel:x', { cancel: { alertKey: 'draft:sitroom-a-0001', reason: '' } }, 14),
      step('alert.update', 'draft:sitroom-u-0001', { draft: draft('sitroom-u-0001') }, 15),
      step('report.ack', 'ack:1', { reportKey: 'x' }, 16),
    ]);
    expect(states.get('draft:sitroom-a-0001')).toMatchObject({ state: 'active' });
    expect(ignored.map((i) => i.reason)).toEqual([
      'signature not verified: bad signature',
      'sent by role operator, not a supervisor',
      'no drafted alert dssp:200001',
      'cancel without a valid reason and target',
      'update without a valid draft naming the alert it supersedes',
    ]);
  });
});

import { resolveRegionList } from '../../common/ndms/alerts.js';
import { parseCap } from '../../common/ndms/cap-parse.js';
import { loadRegionIndex } from '../region/index.js';
import { messageLength, sendDraft } from './alert-draft.js';

const index = loadRegionIndex('geo-data/out');
const draft = {
  id: 'draft-20260715-0001', sender: 'sitroom.local', user: 'park.sv', sentMs: Date.UTC(2026, 6, 15), status: 'exercise', level: '안전안내', disasterType: '폭염',
  eventCode: 'HWA', category: 'Met', texts: { ko: '[훈련] 폭염경보, 야외활동 자제 바랍니다.', en: 'Heat wave warning.' }, regions: resolveRegionList(['대구광역시 전체'], index).regions,
};
const opts = { mode: 'euc-kr-bytes' as const, maxLength: 90 };

describe('alert drafting back-end', () => {
  it('counts characters or EUC-KR bytes (2 per Hangul syllable, 1 per ASCII)', () => {
    expect(messageLength('호우 경보!', 'chars').length).toBe(6);
    expect(messageLength('호우 경보!', 'euc-kr-bytes')).toEqual({ length: 10, unencodable: [] });
    expect(messageLength('대피🏃', 'chars').length).toBe(3);
    expect(messageLength('대피🏃', 'euc-kr-bytes')).toEqual({ length: 6, unencodable: ['🏃'] });
  });

  it('lets only supervisors send, and builds the ops command with the user and a CAP document', () => {
    expect(sendDraft(draft, 'viewer', opts)).toEqual({ ok: false, reason: expect.stringMatching(/supervisors only/) });
    expect(sendDraft(draft, 'operator', opts).ok).toBe(false);
    const r = sendDraft(draft, 'supervisor', opts);
    if (!r.ok) throw new Error(r.reason);
    expect(r.command).toMatchObject({ stream: 'ops.ndms', kind: 'alert.send', key: 'draft:draft-20260715-0001', props: { user: 'park.sv', lengthMode: 'euc-kr-bytes' } });
    const cap = parseCap(r.capXml);
    expect(cap.ok && cap.alert).toMatchObject({ status: 'Exercise', note: 'sent by park.sv', info: [{ language: 'ko-KR', severity: 'Minor' }, { language: 'en-US' }] });
  });

  it('refuses drafts that are too long, carry unencodable characters, or have no area', () => {
    expect(sendDraft({ ...draft, texts: { ko: '가'.repeat(46) } }, 'supervisor', opts)).toEqual({ ok: false, reason: expect.stringMatching(/92 EUC-KR bytes, over the channel's 90/) });
    expect(sendDraft({ ...draft, texts: { ko: '가'.repeat(46) } }, 'supervisor', { mode: 'chars', maxLength: 90 }).ok).toBe(true);
    expect(sendDraft({ ...draft, texts: { ko: '대피🏃' } }, 'supervisor', opts)).toEqual({ ok: false, reason: expect.stringMatching(/cannot carry: 🏃/) });
    expect(sendDraft({ ...draft, regions: [] }, 'supervisor', opts)).toEqual({ ok: false, reason: expect.stringMatching(/pick at least one region/) });
    expect(sendDraft({ ...draft, regions: [], polygon: [[127, 37], [127.1, 37], [127.1, 37.1]] }, 'supervisor', opts).ok).toBe(false);
    expect(sendDraft({ ...draft, level: '경보' }, 'supervisor', opts).ok).toBe(false);
  });
});

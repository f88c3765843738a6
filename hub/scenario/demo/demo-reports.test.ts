import { REPORT_TYPES } from '../../../main/common/ndms/report-types.js';
import { replayReports, type ReportEventLike } from '../../../main/common/ndms/reports.js';
import { generateDemoDay } from './demo-day.js';

describe('demo day situation reports', () => {
  it('carry all ten critical types, as exercise events with points, and replay without refusals', () => {
    const reports = generateDemoDay(undefined, { roadLinksFile: null }).entries.flatMap((e) => ('event' in e && e.event.stream === 'ndms.reports' ? [e] : []));
    const kinds = new Set(reports.map((e) => ('event' in e ? e.event.kind : '')));
    for (const t of REPORT_TYPES) expect(kinds, t).toContain(`report.${t}`);
    for (const e of reports) {
      if (!('event' in e)) continue;
      expect(e.event.status).toBe('exercise');
      expect(e.event.geometry?.type).toBe('Point');
    }
    const events = reports.flatMap((e) => ('event' in e ? [{ ...e.event, ts: e.at } as ReportEventLike] : []));
    const { state, refusals } = replayReports(events);
    expect(refusals).toEqual([]);
    // Something to acknowledge all day: more than one critical report stays open without operators.
    expect([...state.values()].filter((i) => i.state === 'new' && i.type !== null && i.severity !== 'minor').length).toBeGreaterThan(3);
  });
});

import type { EventInput } from '../../../main/common/events.js';
import { REPORT_TYPES } from '../../../main/common/ndms/report-types.js';
import { replayReports } from '../../../main/common/ndms/reports.js';
import { generateDemoDay } from './demo-day.js';

describe('demo day situation reports', () => {
  it('carry all ten critical types, as exercise events with points, and replay without refusals', () => {
    // Timeline events are ready EventInputs (the player re-stamps ts); `at` stands in for the time here.
    const reports = generateDemoDay(undefined, { roadLinksFile: null }).entries.flatMap((e) => ('event' in e && e.event['stream'] === 'ndms.reports' ? [{ ...(e.event as unknown as EventInput), ts: e.at }] : []));
    const kinds = new Set(reports.map((e) => e.kind));
    for (const t of REPORT_TYPES) expect(kinds, t).toContain(`report.${t}`);
    for (const e of reports) {
      expect(e.status).toBe('exercise');
      expect(e.geometry?.type).toBe('Point');
    }
    const { state, refusals } = replayReports(reports);
    expect(refusals).toEqual([]);
    // Something to acknowledge all day: several critical reports stay open without operators.
    expect([...state.values()].filter((i) => i.state === 'new' && i.type !== null && i.severity !== 'minor').length).toBeGreaterThan(3);
  });
});

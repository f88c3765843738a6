/** NDMS back-end: alert areas and adults, CAP export, drafting, the report workflow, damage summaries. */
export { alertArea, alertRegions, regionsArea, shapeArea, type AlertArea, type AreaPart } from './alert-area.js';
export { AlertBook, type AlertEventLike, type AlertView } from './alert-book.js';
export { messageLength, sendDraft, type LengthMode, type MessageLength, type SendResult } from './alert-draft.js';
export { draftToCap, exportCap, geocode10 } from './cap-export.js';
export { CAP_SCHEMA, findCapSchema } from './cap-schema.js';
export { generateDemoNdms, summariseDamage, type DamageSummary, type RegionDamage } from './damage.js';
export { dueEscalations, filterReports, needsAttention, type Escalation, type EscalationConfig, type ReportFilter } from '../../common/ndms/report-attention.js';
export { ackCommand, escalateCommand, isCritical, reduceReports, replayReports, resolveCommand, type ReportItem, type ReportsState, type ReportState } from '../../common/ndms/reports.js';

/** 8. Government 24 / Subsidy 24: relief benefits by sigungu (demo). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const BENEFITS = enumValues([
  ['disaster-relief', '재난지원금', 'Disaster relief payment'],
  ['housing', '임시주거 지원', 'Temporary housing'],
  ['livelihood', '긴급생계비', 'Emergency livelihood'],
  ['tax-deferral', '지방세 유예', 'Local tax deferral'],
]);

export const gov24Panel: PanelDefinition = {
  id: 'gov24',
  title: t('재난 지원 혜택', 'Relief benefits'),
  service: t('정부24 · 보조금24', 'Government 24 / Subsidy 24'),
  stream: panelStream('gov24'),
  recordKind: panelKind('gov24'),
  source: 'demo',
  geometry: 'region',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: t('항목', 'Entry'), type: 'text', width: 170 },
    { key: 'benefit', label: t('혜택', 'Benefit'), type: 'enum', width: 120, values: BENEFITS },
    { key: 'eligible', label: t('대상 지역', 'Eligible'), type: 'boolean', width: 60 },
    { key: 'applicants', label: t('신청자', 'Applicants'), type: 'number', unit: '명', width: 80 },
    { key: 'paidKrw', label: t('지급액', 'Paid'), type: 'number', unit: 'KRW', width: 110 },
    ...regionColumns,
    demoColumn,
  ],
  filters: [{ key: 'benefit', label: t('혜택', 'Benefit'), kind: 'enum' }, { key: 'eligible', label: t('대상 지역', 'Eligible'), kind: 'boolean' }, sigunguFilter],
  summary: [
    { id: 'applicants', label: t('신청자', 'Applicants'), op: 'sum', key: 'applicants', unit: '명' },
    { id: 'paid', label: t('지급액', 'Paid'), op: 'sum', key: 'paidKrw', unit: 'KRW' },
  ],
  actions: [
    {
      id: 'mark-eligible',
      label: t('지원 대상 지역 지정', 'Mark region eligible'),
      stream: PANEL_OPS_STREAM,
      kind: 'gov24.mark-eligible',
      target: 'region',
      role: 'operator',
      fields: [{ key: 'benefit', label: t('혜택', 'Benefit'), type: 'enum', required: true, values: BENEFITS }],
    },
  ],
};

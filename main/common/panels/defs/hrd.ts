/** 4. HRD: staff readiness (on duty, qualifications) at the sigungu offices (demo). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const STAFF_ROLES = enumValues([
  ['firefighter', '소방', 'Firefighter'],
  ['police', '경찰', 'Police'],
  ['official', '공무원', 'Public official'],
  ['medic', '의료', 'Medic'],
  ['forest', '산림', 'Forest ranger'],
]);

export const hrdPanel: PanelDefinition = {
  id: 'hrd',
  title: t('인력 대비 태세', 'Staff readiness'),
  service: t('인사랑(HRD)', 'HRD'),
  stream: panelStream('hrd'),
  recordKind: panelKind('hrd'),
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: t('이름', 'Name'), type: 'text', width: 90 },
    { key: 'role', label: t('직무', 'Role'), type: 'enum', width: 80, values: STAFF_ROLES },
    { key: 'qualification', label: t('자격', 'Qualification'), type: 'text', width: 140 },
    { key: 'onDuty', label: t('근무 중', 'On duty'), type: 'boolean', width: 60 },
    { key: 'assignedIncident', label: t('배정 사건', 'Assigned incident'), type: 'text', width: 120 },
    ...regionColumns,
    demoColumn,
  ],
  filters: [{ key: 'role', label: t('직무', 'Role'), kind: 'enum' }, { key: 'onDuty', label: t('근무 중', 'On duty'), kind: 'boolean' }, sigunguFilter],
  summary: [{ id: 'staff', label: t('인원', 'Staff'), op: 'count' }],
  actions: [
    {
      id: 'assign',
      label: t('사건에 배정', 'Assign to an incident'),
      stream: PANEL_OPS_STREAM,
      kind: 'hrd.assign',
      target: 'record',
      role: 'operator',
      fields: [{ key: 'incident', label: t('사건', 'Incident'), type: 'text', required: true, maxLength: 256 }],
    },
  ],
};

/** 11. e-People: geolocated complaints (demo). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, noteField, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const epeoplePanel: PanelDefinition = {
  id: 'epeople',
  title: t('민원', 'Complaints'),
  service: t('국민신문고(e-People)', 'e-People'),
  stream: panelStream('epeople'),
  recordKind: panelKind('epeople'),
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: t('제목', 'Subject'), type: 'text', width: 200 },
    { key: 'category', label: t('분류', 'Category'), type: 'enum', width: 90, values: enumValues([['flooding', '침수', 'Flooding'], ['road', '도로 파손', 'Road damage'], ['power', '정전', 'Power cut'], ['debris', '낙하물', 'Debris'], ['smoke', '연기', 'Smoke']]) },
    { key: 'status', label: t('처리 상태', 'Status'), type: 'enum', width: 80, values: enumValues([['received', '접수', 'Received'], ['in-progress', '처리 중', 'In progress'], ['closed', '종결', 'Closed']]) },
    { key: 'receivedAt', label: t('접수 시각', 'Received'), type: 'date', width: 130 },
    ...regionColumns,
    demoColumn,
  ],
  filters: [{ key: 'category', label: t('분류', 'Category'), kind: 'enum' }, { key: 'status', label: t('처리 상태', 'Status'), kind: 'enum' }, sigunguFilter],
  summary: [{ id: 'complaints', label: t('민원', 'Complaints'), op: 'count' }],
  actions: [{ id: 'promote', label: t('사건으로 전환', 'Promote to an incident'), stream: PANEL_OPS_STREAM, kind: 'epeople.promote', target: 'record', role: 'operator', fields: [noteField()] }],
};

/** 7. KICS: police and justice incidents relevant to the disaster, aggregated per sigungu (demo). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, noteField, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const kicsPanel: PanelDefinition = {
  id: 'kics',
  title: t('치안 상황', 'Police incidents'),
  service: t('형사사법정보시스템(KICS)', 'KICS'),
  stream: panelStream('kics'),
  recordKind: panelKind('kics'),
  source: 'demo',
  geometry: 'region',
  regionKey: 'sigungu',
  titleKey: 'sigunguName',
  columns: [
    ...regionColumns,
    { key: 'theft', label: t('절도·약탈', 'Theft / looting'), type: 'number', width: 80 },
    { key: 'traffic', label: t('교통 통제 위반', 'Traffic control'), type: 'number', width: 80 },
    { key: 'violence', label: t('폭력', 'Violence'), type: 'number', width: 70 },
    { key: 'missing', label: t('실종 신고', 'Missing persons'), type: 'number', width: 80 },
    { key: 'total', label: t('합계', 'Total'), type: 'number', width: 70 },
    demoColumn,
  ],
  filters: [sigunguFilter, { key: 'total', label: t('합계', 'Total'), kind: 'range' }],
  summary: [
    { id: 'total', label: t('사건 합계', 'Incidents'), op: 'sum', key: 'total' },
    { id: 'missing', label: t('실종 신고', 'Missing persons'), op: 'sum', key: 'missing' },
  ],
  actions: [
    {
      id: 'police-support',
      label: t('경찰 지원 요청', 'Request police support'),
      stream: PANEL_OPS_STREAM,
      kind: 'kics.request-support',
      target: 'area',
      role: 'operator',
      fields: [{ key: 'units', label: t('인력(명)', 'Officers'), type: 'number', required: true }, noteField()],
    },
  ],
};

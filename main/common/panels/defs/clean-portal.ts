/** 12. Clean Portal: integrity reports on relief funds and procurement (demo). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const cleanPortalPanel: PanelDefinition = {
  id: 'clean-portal',
  title: t('청렴 신고', 'Integrity reports'),
  service: t('청렴포털', 'Clean Portal'),
  stream: panelStream('clean-portal'),
  recordKind: panelKind('clean-portal'),
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: t('신고', 'Report'), type: 'text', width: 180 },
    { key: 'contractNo', label: t('계약 번호', 'Contract no.'), type: 'text', width: 120 },
    { key: 'issue', label: t('유형', 'Issue'), type: 'enum', width: 100, values: enumValues([['overpricing', '가격 부풀리기', 'Overpricing'], ['duplicate-payment', '중복 지급', 'Duplicate payment'], ['bid-rigging', '담합', 'Bid rigging'], ['ineligible', '부적격 수급', 'Ineligible recipient']]) },
    { key: 'amountKrw', label: t('금액', 'Amount'), type: 'number', unit: 'KRW', width: 110 },
    { key: 'status', label: t('상태', 'Status'), type: 'enum', width: 80, values: enumValues([['open', '접수', 'Open'], ['review', '검토 중', 'Under review'], ['closed', '종결', 'Closed']]) },
    ...regionColumns,
    demoColumn,
  ],
  filters: [{ key: 'issue', label: t('유형', 'Issue'), kind: 'enum' }, { key: 'status', label: t('상태', 'Status'), kind: 'enum' }, sigunguFilter],
  summary: [
    { id: 'reports', label: t('신고', 'Reports'), op: 'count' },
    { id: 'amount', label: t('관련 금액', 'Amount involved'), op: 'sum', key: 'amountKrw', unit: 'KRW' },
  ],
  actions: [
    {
      id: 'flag-contract',
      label: t('계약 검토 지정', 'Flag the contract for review'),
      stream: PANEL_OPS_STREAM,
      kind: 'clean-portal.flag-contract',
      target: 'record',
      role: 'operator',
      fields: [{ key: 'reason', label: t('사유', 'Reason'), type: 'text', required: true, maxLength: 300 }],
    },
  ],
};

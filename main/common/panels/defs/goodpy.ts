/** 10. GoodPy: citizen notification subscribers per sigungu (demo, ~30 % of adults). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const goodpyPanel: PanelDefinition = {
  id: 'goodpy',
  title: t('국민 알림', 'Citizen notifications'),
  service: t('국민비서(GoodPy)', 'GoodPy'),
  stream: panelStream('goodpy'),
  recordKind: panelKind('goodpy'),
  source: 'demo',
  geometry: 'region',
  regionKey: 'sigungu',
  titleKey: 'sigunguName',
  columns: [
    ...regionColumns,
    { key: 'subscribers', label: t('구독자', 'Subscribers'), type: 'number', unit: '명', width: 100 },
    { key: 'adults2022', label: t('성인 인구(2022)', 'Adults (2022 roll)'), type: 'number', unit: '명', width: 100 },
    { key: 'lastSentAt', label: t('마지막 발송', 'Last sent'), type: 'date', width: 130 },
    demoColumn,
  ],
  filters: [sigunguFilter],
  summary: [{ id: 'reach', label: t('도달 추정', 'Estimated reach'), op: 'sum', key: 'subscribers', unit: '명' }],
  actions: [
    {
      id: 'notify',
      label: t('지역 구독자에게 알림 발송', 'Notify subscribers in the area'),
      stream: PANEL_OPS_STREAM,
      kind: 'goodpy.notify',
      target: 'area',
      role: 'operator',
      fields: [
        { key: 'message', label: t('내용', 'Message'), type: 'text', required: true, maxLength: 90 },
        { key: 'language', label: t('언어', 'Language'), type: 'enum', required: true, values: enumValues([['ko', '한국어', 'Korean'], ['en', '영어', 'English']]) },
      ],
    },
  ],
};

/** 15. SIMS: small and medium enterprises in affected regions (demo, dense in cities). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const smePanel: PanelDefinition = {
  id: 'sims',
  title: t('피해 지역 중소기업', 'SMEs in affected regions'),
  service: t('중소기업 통합관리(SIMS)', 'SIMS'),
  stream: panelStream('sims'),
  recordKind: panelKind('sims'),
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: t('기업', 'Company'), type: 'text', width: 160 },
    { key: 'sector', label: t('업종', 'Sector'), type: 'enum', width: 90, values: enumValues([['manufacturing', '제조', 'Manufacturing'], ['retail', '도소매', 'Retail'], ['food', '음식·숙박', 'Food & lodging'], ['services', '서비스', 'Services'], ['agri', '농수산', 'Agri / fishery']]) },
    { key: 'employees', label: t('종업원', 'Employees'), type: 'number', unit: '명', width: 70 },
    { key: 'enrolled', label: t('지원 등록', 'Enrolled'), type: 'boolean', width: 60 },
    ...regionColumns,
    demoColumn,
  ],
  filters: [{ key: 'sector', label: t('업종', 'Sector'), kind: 'enum' }, { key: 'enrolled', label: t('지원 등록', 'Enrolled'), kind: 'boolean' }, sigunguFilter],
  summary: [
    { id: 'smes', label: t('기업', 'Companies'), op: 'count' },
    { id: 'employees', label: t('종업원', 'Employees'), op: 'sum', key: 'employees', unit: '명' },
  ],
  actions: [
    {
      id: 'enrol',
      label: t('긴급 지원 프로그램 등록', 'Enrol in emergency support'),
      stream: PANEL_OPS_STREAM,
      kind: 'sims.enrol',
      target: 'area',
      role: 'operator',
      fields: [{ key: 'programme', label: t('프로그램', 'Programme'), type: 'enum', required: true, values: enumValues([['loan', '긴급경영안정자금', 'Emergency loan'], ['tax', '세금 납부 유예', 'Tax deferral'], ['recovery', '시설 복구 지원', 'Facility recovery']]) }],
    },
  ],
};

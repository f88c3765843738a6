/** 17. NARASat: statistics by sigungu — adults on the 2022 electoral roll (real). */
import type { PanelDefinition } from '../panel-definition.js';
import { noteField, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const narasatPanel: PanelDefinition = {
  id: 'narasat',
  title: t('지역 통계', 'Regional statistics'),
  service: t('국가통계(NARASat)', 'NARASat'),
  stream: panelStream('narasat'),
  recordKind: panelKind('narasat'),
  source: 'real',
  geometry: 'region',
  regionKey: 'sigungu',
  titleKey: 'sigunguName',
  columns: [
    ...regionColumns,
    { key: 'sidoName', label: t('시도', 'Province'), type: 'text', width: 110 },
    { key: 'adults2022', label: t('성인 인구(2022 선거인명부)', 'Adults (2022 electoral roll)'), type: 'number', unit: '명', width: 130 },
    { key: 'emdCount', label: t('읍면동 수', 'Eup-myeon-dong'), type: 'number', width: 80 },
  ],
  filters: [sigunguFilter, { key: 'adults2022', label: t('성인 인구', 'Adults'), kind: 'range' }],
  summary: [
    { id: 'adults', label: t('성인 인구', 'Adults'), op: 'sum', key: 'adults2022', unit: '명' },
    { id: 'regions', label: t('시군구', 'Sigungu'), op: 'count' },
  ],
  actions: [{ id: 'publish', label: t('지역 통계 상황일지 게시', 'Publish figures to the situation log'), stream: PANEL_OPS_STREAM, kind: 'narasat.publish', target: 'area', role: 'operator', fields: [noteField()] }],
};

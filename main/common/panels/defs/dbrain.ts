/** 5. dBrain: relief budget allocated and executed per sigungu (demo, proportional to adults). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, noteField, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const dbrainPanel: PanelDefinition = {
  id: 'dbrain',
  title: t('재난 예산 집행', 'Relief budget'),
  service: t('디지털예산회계(dBrain)', 'dBrain'),
  stream: panelStream('dbrain'),
  recordKind: panelKind('dbrain'),
  source: 'demo',
  geometry: 'region',
  regionKey: 'sigungu',
  titleKey: 'sigunguName',
  columns: [
    ...regionColumns,
    { key: 'allocatedKrw', label: t('배정액', 'Allocated'), type: 'number', unit: 'KRW', width: 120 },
    { key: 'executedKrw', label: t('집행액', 'Executed'), type: 'number', unit: 'KRW', width: 120 },
    { key: 'executionRate', label: t('집행률', 'Execution rate'), type: 'number', unit: '%', width: 80 },
    { key: 'adults2022', label: t('성인 인구(2022)', 'Adults (2022 roll)'), type: 'number', unit: '명', width: 100 },
    demoColumn,
  ],
  filters: [sigunguFilter, { key: 'executionRate', label: t('집행률', 'Execution rate'), kind: 'range' }],
  summary: [
    { id: 'allocated', label: t('배정 합계', 'Allocated'), op: 'sum', key: 'allocatedKrw', unit: 'KRW' },
    { id: 'executed', label: t('집행 합계', 'Executed'), op: 'sum', key: 'executedKrw', unit: 'KRW' },
  ],
  actions: [
    {
      id: 'emergency-allocation',
      label: t('긴급 배정 기록', 'Record an emergency allocation'),
      stream: PANEL_OPS_STREAM,
      kind: 'dbrain.allocate',
      target: 'region',
      role: 'operator',
      fields: [{ key: 'amountKrw', label: t('금액', 'Amount (KRW)'), type: 'number', required: true }, noteField()],
    },
  ],
};

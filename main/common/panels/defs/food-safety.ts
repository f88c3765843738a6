/** 13. Food Safety: food businesses, recalls and inspections (demo, dense in cities). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, noteField, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const foodSafetyPanel: PanelDefinition = {
  id: 'food-safety',
  title: t('식품 안전', 'Food safety'),
  service: t('식품안전나라', 'Food Safety Korea'),
  stream: panelStream('food-safety'),
  recordKind: panelKind('food-safety'),
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: t('업소', 'Business'), type: 'text', width: 160 },
    { key: 'type', label: t('업종', 'Type'), type: 'enum', width: 100, values: enumValues([['restaurant', '일반음식점', 'Restaurant'], ['bakery', '제과점', 'Bakery'], ['caterer', '집단급식소', 'Caterer'], ['manufacturer', '식품제조업', 'Manufacturer'], ['market', '식품판매업', 'Food retail']]) },
    { key: 'inspection', label: t('점검', 'Inspection'), type: 'enum', width: 80, values: enumValues([['passed', '적합', 'Passed'], ['due', '점검 예정', 'Due'], ['failed', '부적합', 'Failed']]) },
    { key: 'recall', label: t('회수 대상', 'Recall'), type: 'boolean', width: 60 },
    { key: 'lastInspection', label: t('최근 점검', 'Last inspection'), type: 'date', width: 120 },
    ...regionColumns,
    demoColumn,
  ],
  filters: [{ key: 'type', label: t('업종', 'Type'), kind: 'enum' }, { key: 'inspection', label: t('점검', 'Inspection'), kind: 'enum' }, { key: 'recall', label: t('회수 대상', 'Recall'), kind: 'boolean' }, sigunguFilter],
  summary: [{ id: 'businesses', label: t('업소', 'Businesses'), op: 'count' }],
  actions: [
    {
      id: 'order-inspections',
      label: t('지역 업소 점검 지시', 'Order inspections in the area'),
      stream: PANEL_OPS_STREAM,
      kind: 'food-safety.order-inspections',
      target: 'area',
      role: 'operator',
      fields: [{ key: 'dueDate', label: t('기한', 'Due'), type: 'date', required: true }, noteField()],
    },
  ],
};

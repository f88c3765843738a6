/**
 * 18. Integrated Forest Management System: forest roads and stands (demo, in the mountains around the
 * real peaks, and a few around the demo fire). Marking a road impassable (or open again) goes to
 * `ops.forest-roads`, which the forest domain's access routes read (main/core/forest/road-closures.ts).
 */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

/** The ops stream the forest domain listens on for impassable forest roads. */
export const FOREST_ROADS_OPS_STREAM = 'ops.forest-roads';
export const FOREST_ROAD_IMPASSABLE_KIND = 'forest-road.impassable';
/** Re-opens a road marked impassable (the latest of the two per road wins). */
export const FOREST_ROAD_OPEN_KIND = 'forest-road.open';

export const forestMgmtPanel: PanelDefinition = {
  id: 'forest-mgmt',
  title: t('산림 관리', 'Forest management'),
  service: t('산림행정통합관리시스템', 'Integrated Forest Management System'),
  stream: panelStream('forest-mgmt'),
  recordKind: panelKind('forest-mgmt'),
  source: 'demo',
  geometry: 'area',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: t('이름', 'Name'), type: 'text', width: 150 },
    { key: 'type', label: t('구분', 'Type'), type: 'enum', width: 70, values: enumValues([['road', '임도', 'Forest road'], ['stand', '임분', 'Stand']]) },
    { key: 'species', label: t('주 수종', 'Main species'), type: 'text', width: 90 },
    { key: 'lengthKm', label: t('연장', 'Length'), type: 'number', unit: 'km', width: 70 },
    { key: 'areaHa', label: t('면적', 'Area'), type: 'number', unit: 'ha', width: 70 },
    { key: 'status', label: t('상태', 'Status'), type: 'enum', width: 80, values: enumValues([['open', '통행 가능', 'Open'], ['impassable', '통행 불가', 'Impassable']]) },
    { key: 'peak', label: t('산', 'Mountain'), type: 'text', width: 70 },
    ...regionColumns,
    demoColumn,
  ],
  filters: [{ key: 'type', label: t('구분', 'Type'), kind: 'enum' }, { key: 'status', label: t('상태', 'Status'), kind: 'enum' }, sigunguFilter],
  summary: [
    { id: 'roadsKm', label: t('임도 연장', 'Forest roads'), op: 'sum', key: 'lengthKm', unit: 'km' },
    { id: 'standsHa', label: t('임분 면적', 'Stands'), op: 'sum', key: 'areaHa', unit: 'ha' },
  ],
  actions: [
    {
      id: 'road-impassable',
      label: t('임도 통행 불가 지정', 'Mark forest road impassable'),
      stream: FOREST_ROADS_OPS_STREAM,
      kind: FOREST_ROAD_IMPASSABLE_KIND,
      target: 'record',
      role: 'operator',
      fields: [{ key: 'reason', label: t('사유', 'Reason'), type: 'text', required: true, maxLength: 200 }],
    },
    {
      id: 'road-open',
      label: t('임도 통행 재개', 'Reopen forest road'),
      stream: FOREST_ROADS_OPS_STREAM,
      kind: FOREST_ROAD_OPEN_KIND,
      target: 'record',
      role: 'operator',
      fields: [{ key: 'reason', label: t('사유', 'Reason'), type: 'text', required: false, maxLength: 200 }],
    },
  ],
};

/** 16. UNI-PASS: relief cargo at the major ports and airports (real places, demo shipments). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, noteField, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const unipassPanel: PanelDefinition = {
  id: 'unipass',
  title: t('구호물자 통관', 'Relief cargo clearance'),
  service: t('전자통관(UNI-PASS)', 'UNI-PASS'),
  stream: panelStream('unipass'),
  recordKind: panelKind('unipass'),
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: t('화물관리번호', 'Cargo no.'), type: 'text', width: 130 },
    { key: 'place', label: t('항만·공항', 'Port / airport'), type: 'text', width: 130 },
    { key: 'placeKind', label: t('구분', 'Kind'), type: 'enum', width: 60, values: enumValues([['port', '항만', 'Port'], ['airport', '공항', 'Airport']]) },
    { key: 'goods', label: t('품목', 'Goods'), type: 'enum', width: 90, values: enumValues([['water', '식수', 'Water'], ['tents', '텐트', 'Tents'], ['medical', '의약품', 'Medical'], ['food', '식량', 'Food'], ['generators', '발전기', 'Generators']]) },
    { key: 'weightKg', label: t('중량', 'Weight'), type: 'number', unit: 'kg', width: 80 },
    { key: 'status', label: t('통관 상태', 'Status'), type: 'enum', width: 80, values: enumValues([['arrived', '입항', 'Arrived'], ['inspection', '검사 중', 'Inspection'], ['cleared', '통관 완료', 'Cleared'], ['held', '보류', 'Held']]) },
    ...regionColumns,
    demoColumn,
  ],
  filters: [{ key: 'placeKind', label: t('구분', 'Kind'), kind: 'enum' }, { key: 'status', label: t('통관 상태', 'Status'), kind: 'enum' }, sigunguFilter],
  summary: [
    { id: 'shipments', label: t('화물', 'Shipments'), op: 'count' },
    { id: 'weight', label: t('총 중량', 'Total weight'), op: 'sum', key: 'weightKg', unit: 'kg' },
  ],
  actions: [{ id: 'expedite', label: t('신속 통관 요청', 'Request expedited clearance'), stream: PANEL_OPS_STREAM, kind: 'unipass.expedite', target: 'record', role: 'operator', fields: [noteField()] }],
};

/** 14. KONEPS: emergency contracts and deliveries (demo). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const DELIVERY_STATES = enumValues([
  ['ordered', '발주', 'Ordered'],
  ['in-transit', '배송 중', 'In transit'],
  ['delivered', '납품 완료', 'Delivered'],
  ['delayed', '지연', 'Delayed'],
]);

export const konepsPanel: PanelDefinition = {
  id: 'koneps',
  title: t('긴급 조달', 'Emergency procurement'),
  service: t('나라장터(KONEPS)', 'KONEPS'),
  stream: panelStream('koneps'),
  recordKind: panelKind('koneps'),
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: t('품목', 'Item'), type: 'text', width: 140 },
    { key: 'contractNo', label: t('계약 번호', 'Contract no.'), type: 'text', width: 120 },
    { key: 'supplier', label: t('공급자', 'Supplier'), type: 'text', width: 120 },
    { key: 'amountKrw', label: t('계약액', 'Amount'), type: 'number', unit: 'KRW', width: 110 },
    { key: 'delivery', label: t('납품 상태', 'Delivery'), type: 'enum', width: 90, values: DELIVERY_STATES },
    { key: 'dueAt', label: t('납기', 'Due'), type: 'date', width: 120 },
    ...regionColumns,
    demoColumn,
  ],
  filters: [{ key: 'delivery', label: t('납품 상태', 'Delivery'), kind: 'enum' }, sigunguFilter],
  summary: [
    { id: 'contracts', label: t('계약', 'Contracts'), op: 'count' },
    { id: 'amount', label: t('계약 합계', 'Total'), op: 'sum', key: 'amountKrw', unit: 'KRW' },
  ],
  actions: [
    {
      id: 'delivery-status',
      label: t('납품 상태 변경', 'Update delivery status'),
      stream: PANEL_OPS_STREAM,
      kind: 'koneps.delivery-status',
      target: 'record',
      role: 'operator',
      fields: [{ key: 'delivery', label: t('납품 상태', 'Delivery'), type: 'enum', required: true, values: DELIVERY_STATES }],
    },
  ],
};

/** 1. NIRS data center: the hub's own feed health and quarantine (real data, published by the hub). */
import type { PanelDefinition } from '../panel-definition.js';
import { enumValues, noteField, PANEL_OPS_STREAM, panelKind, panelStream, t } from './common.js';

export const nirsPanel: PanelDefinition = {
  id: 'nirs',
  title: t('데이터센터 상태', 'Data center status'),
  service: t('국가정보자원관리원(NIRS)', 'NIRS data center'),
  stream: panelStream('nirs'),
  recordKind: panelKind('nirs'),
  source: 'real',
  // The records describe the hub's feeds, not places: they are filed under the data centre's city (대전).
  geometry: 'region',
  regionKey: 'regionCode',
  titleKey: 'name',
  choropleth: false,
  columns: [
    { key: 'name', label: t('피드/격리 항목', 'Feed / quarantined record'), type: 'text', width: 180 },
    { key: 'type', label: t('구분', 'Type'), type: 'enum', width: 70, values: enumValues([['feed', '피드', 'Feed'], ['quarantine', '격리', 'Quarantine']]) },
    { key: 'state', label: t('상태', 'State'), type: 'enum', width: 70, values: enumValues([['live', '정상', 'Live'], ['stale', '지연', 'Stale'], ['down', '중단', 'Down'], ['held', '보류', 'Held']]) },
    { key: 'lastEventAt', label: t('마지막 수신', 'Last event'), type: 'date', width: 140 },
    { key: 'lagMs', label: t('지연', 'Lag'), type: 'number', unit: 'ms', width: 80 },
    { key: 'events', label: t('이벤트 수', 'Events'), type: 'number', width: 80 },
    { key: 'errors', label: t('오류', 'Errors'), type: 'number', width: 60 },
    { key: 'quarantined', label: t('격리 건수', 'Quarantined'), type: 'number', width: 70 },
    { key: 'reason', label: t('사유', 'Reason'), type: 'text', width: 220 },
  ],
  filters: [
    { key: 'type', label: t('구분', 'Type'), kind: 'enum' },
    { key: 'state', label: t('상태', 'State'), kind: 'enum' },
  ],
  summary: [
    { id: 'feeds', label: t('항목 수', 'Entries'), op: 'count' },
    { id: 'quarantined', label: t('격리 합계', 'Quarantined'), op: 'sum', key: 'quarantined' },
    { id: 'maxLag', label: t('최대 지연', 'Worst lag'), op: 'max', key: 'lagMs', unit: 'ms' },
  ],
  actions: [{ id: 'ack-outage', label: t('장애 확인', 'Acknowledge outage'), stream: PANEL_OPS_STREAM, kind: 'nirs.outage-ack', target: 'record', role: 'operator', fields: [noteField(true)] }],
};

/** 9. Mobile e-certificates: damage-confirmation certificates by sigungu (demo). */
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

export const DAMAGE_KINDS = enumValues([
  ['flood', '침수', 'Flood'],
  ['wind', '강풍', 'Wind'],
  ['fire', '산불', 'Wildfire'],
  ['quake', '지진', 'Earthquake'],
  ['landslide', '산사태', 'Landslide'],
]);

export const mobileIdPanel: PanelDefinition = {
  id: 'mobile-id',
  title: t('피해사실 확인서', 'Damage certificates'),
  service: t('모바일 전자증명서', 'Mobile e-certificates'),
  stream: panelStream('mobile-id'),
  recordKind: panelKind('mobile-id'),
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: t('증명서 번호', 'Certificate no.'), type: 'text', width: 130 },
    { key: 'damage', label: t('피해 유형', 'Damage'), type: 'enum', width: 80, values: DAMAGE_KINDS },
    { key: 'status', label: t('상태', 'Status'), type: 'enum', width: 80, values: enumValues([['requested', '신청', 'Requested'], ['issued', '발급', 'Issued']]) },
    { key: 'issuedAt', label: t('발급일', 'Issued'), type: 'date', width: 130 },
    ...regionColumns,
    demoColumn,
  ],
  filters: [{ key: 'damage', label: t('피해 유형', 'Damage'), kind: 'enum' }, { key: 'status', label: t('상태', 'Status'), kind: 'enum' }, sigunguFilter],
  summary: [{ id: 'certificates', label: t('증명서', 'Certificates'), op: 'count' }],
  actions: [
    {
      id: 'issue',
      label: t('피해 신고에 증명서 발급', 'Issue for a damage report'),
      stream: PANEL_OPS_STREAM,
      kind: 'mobile-id.issue',
      target: 'none',
      role: 'operator',
      fields: [
        { key: 'reportKey', label: t('피해 신고(키)', 'Damage report (key)'), type: 'text', required: true, maxLength: 256 },
        { key: 'damage', label: t('피해 유형', 'Damage'), type: 'enum', required: true, values: DAMAGE_KINDS },
      ],
    },
  ],
};

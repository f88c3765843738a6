/**
 * 3. Public Information Sharing: vulnerable residents. Aggregates per sigungu are open to every
 * operator; individual records are `sensitive` (the hub withholds them from users without the grant).
 * A look-up names its legal basis from the KLIC list and is written to the access log.
 */
import { KLIC_ARTICLES, klicArticleName } from '../klic-articles.js';
import type { PanelDefinition } from '../panel-definition.js';
import { demoColumn, enumValues, PANEL_OPS_STREAM, panelKind, panelStream, regionColumns, sigunguFilter, t } from './common.js';

/** The legal bases a look-up may name (cited KLIC articles). */
export const LOOKUP_LEGAL_BASES = KLIC_ARTICLES.filter((a) => a.law.ko === '재난 및 안전관리 기본법').map((a) => ({ value: a.id, label: t(`${klicArticleName(a)}${a.titleKo ? ` (${a.titleKo})` : ''}`, `${a.law.en} Art. ${a.article}${a.titleEn ? ` (${a.titleEn})` : ''}`) }));

export const PUBLIC_INFO_LOOKUP_KIND = 'public-info.lookup';

export const publicInfoPanel: PanelDefinition = {
  id: 'public-info',
  title: t('취약계층 정보 공유', 'Vulnerable residents'),
  service: t('공공정보 공동이용', 'Public Information Sharing'),
  stream: panelStream('public-info'),
  recordKind: panelKind('public-info'),
  source: 'demo',
  geometry: 'point',
  regionKey: 'sigungu',
  titleKey: 'name',
  columns: [
    { key: 'name', label: t('대상', 'Subject'), type: 'text', width: 150, sensitive: true },
    { key: 'level', label: t('수준', 'Level'), type: 'enum', width: 70, values: enumValues([['aggregate', '집계', 'Aggregate'], ['individual', '개인', 'Individual']]) },
    ...regionColumns,
    { key: 'elderlyAlone', label: t('독거노인', 'Elderly living alone'), type: 'number', unit: '명', width: 80 },
    { key: 'disabled', label: t('장애인', 'Disabled'), type: 'number', unit: '명', width: 70 },
    { key: 'bedridden', label: t('와상 환자', 'Bedridden'), type: 'number', unit: '명', width: 70 },
    { key: 'need', label: t('필요 지원', 'Support needed'), type: 'text', width: 140, sensitive: true },
    demoColumn,
  ],
  filters: [{ key: 'level', label: t('수준', 'Level'), kind: 'enum' }, sigunguFilter],
  summary: [
    { id: 'elderly', label: t('독거노인', 'Elderly alone'), op: 'sum', key: 'elderlyAlone', unit: '명' },
    { id: 'disabled', label: t('장애인', 'Disabled'), op: 'sum', key: 'disabled', unit: '명' },
    { id: 'bedridden', label: t('와상 환자', 'Bedridden'), op: 'sum', key: 'bedridden', unit: '명' },
  ],
  actions: [
    {
      id: 'lookup',
      label: t('조회 요청', 'Request a look-up'),
      stream: PANEL_OPS_STREAM,
      kind: PUBLIC_INFO_LOOKUP_KIND,
      target: 'area',
      role: 'operator',
      fields: [
        { key: 'legalBasis', label: t('법적 근거', 'Legal basis'), type: 'enum', required: true, values: LOOKUP_LEGAL_BASES },
        { key: 'purpose', label: t('목적', 'Purpose'), type: 'text', required: true, maxLength: 300 },
      ],
    },
  ],
};

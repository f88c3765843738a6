/** 6. KLIC: legal basis for actions — articles with their number and title from a cited source (real). */
import type { PanelDefinition } from '../panel-definition.js';
import { noteField, PANEL_OPS_STREAM, panelKind, panelStream, t } from './common.js';

export const klicPanel: PanelDefinition = {
  id: 'klic',
  title: t('법적 근거', 'Legal basis'),
  service: t('국가법령정보(KLIC)', 'KLIC'),
  stream: panelStream('klic'),
  recordKind: panelKind('klic'),
  source: 'real',
  geometry: 'none',
  titleKey: 'name',
  choropleth: false,
  columns: [
    { key: 'name', label: t('조문', 'Article'), type: 'text', width: 170 },
    { key: 'title', label: t('제목', 'Title'), type: 'text', width: 200 },
    { key: 'titleEn', label: t('제목(영문)', 'Title (English)'), type: 'text', width: 220 },
    { key: 'law', label: t('법률', 'Act'), type: 'text', width: 170 },
    { key: 'sourceUrl', label: t('출처', 'Source'), type: 'text', width: 240 },
  ],
  filters: [{ key: 'law', label: t('법률', 'Act'), kind: 'text' }],
  summary: [{ id: 'articles', label: t('조문 수', 'Articles'), op: 'count' }],
  actions: [
    {
      id: 'attach',
      label: t('명령에 법적 근거 첨부', 'Attach to an order'),
      stream: PANEL_OPS_STREAM,
      kind: 'klic.attach-basis',
      target: 'record',
      role: 'operator',
      fields: [{ key: 'orderKey', label: t('명령(키)', 'Order (key)'), type: 'text', required: true, maxLength: 256 }, noteField()],
    },
  ],
};

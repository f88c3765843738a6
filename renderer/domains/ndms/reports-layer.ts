/**
 * Situation reports (`ndms.reports`) on the map, by type and severity: a disc coloured and sized by
 * severity carrying the type's mark (one Hangul syllable in Korean, two letters in English), an outer
 * ring while the report is unacknowledged and critical (vermillion; black-and-white dashes are not
 * available to circles, so an escalated one gets a second, wider ring), and a label with the type
 * and level. Exercise and test reports get the thick marked stroke and the 훈련/시험 label prefix.
 * The workflow state comes from the core (`ndms:reports`), so the panel sets it as feature-state
 * (`attention`, `escalated`, `selected`) on the report's feature: see `reportFeatureStates`.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { REPORT_TYPE_INFO, REPORT_TYPES, type ReportType } from '../../../main/common/ndms/report-types';
import { FONT_MEDIUM, visibility, type LayerModule } from '../../map/layer-module';
import { LIVE_COLOURS, SEVERITY_COLOUR, liveLabelLayer, liveSource, markedStroke } from '../../map/live-layer';

export const REPORTS_SOURCE = 'ndms:reports';
export const REPORT_LAYERS = { disc: 'ndms:reports-circle', mark: 'ndms:reports-mark', ring: 'ndms:reports-attention', escalated: 'ndms:reports-escalated', label: 'ndms:reports-label' } as const;

/** The mark drawn inside the disc for each type. */
export const TYPE_MARK: Readonly<Record<ReportType, { ko: string; en: string }>> = {
  typhoon: { ko: '태', en: 'TY' },
  'heavy-rain': { ko: '호', en: 'RN' },
  'heavy-snow': { ko: '설', en: 'SN' },
  'special-weather': { ko: '기', en: 'WX' },
  earthquake: { ko: '지', en: 'EQ' },
  tsunami: { ko: '해', en: 'TS' },
  'forest-fire': { ko: '산', en: 'FF' },
  'flood-forecast': { ko: '홍', en: 'FL' },
  'fire-rescue': { ko: '구', en: 'RS' },
  'fire-severity': { ko: '화', en: 'FR' },
};

/** `report.<type>` → value per type, else `fallback`. */
function byType(pick: (t: ReportType) => string, fallback: string): ExpressionSpecification {
  const arms = REPORT_TYPES.flatMap((t) => [`report.${t}`, pick(t)]);
  return ['match', ['get', 'kind'], ...arms, fallback] as unknown as ExpressionSpecification;
}

const RADIUS: ExpressionSpecification = ['match', ['get', 'severity'], 'extreme', 13, 'severe', 11, 'moderate', 10, 8];
const attention: ExpressionSpecification = ['boolean', ['feature-state', 'attention'], false];
const escalated: ExpressionSpecification = ['boolean', ['feature-state', 'escalated'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export const reportsLayerModule: LayerModule = {
  id: 'ndms:reports',
  domain: 'ndms',
  titleKey: 'layer.ndms:reports',
  defaultVisible: true,
  listed: true,
  live: [{ sourceId: REPORTS_SOURCE, stream: 'ndms.reports' }],
  sources: () => ({ [REPORTS_SOURCE]: liveSource() }),
  layers: (ctx, state) => {
    const stroke = markedStroke(ctx);
    const lang = ctx.language;
    return [
      {
        id: REPORT_LAYERS.escalated,
        type: 'circle',
        source: REPORTS_SOURCE,
        layout: { visibility: visibility(state) },
        paint: { 'circle-radius': ['+', RADIUS, 11], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': LIVE_COLOURS.vermillion, 'circle-stroke-width': 2, 'circle-stroke-opacity': ['case', escalated, state.opacity, 0] },
      },
      {
        id: REPORT_LAYERS.ring,
        type: 'circle',
        source: REPORTS_SOURCE,
        layout: { visibility: visibility(state) },
        paint: { 'circle-radius': ['+', RADIUS, 5], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': ['case', selected, ctx.palette.text, LIVE_COLOURS.vermillion], 'circle-stroke-width': 3.5, 'circle-stroke-opacity': ['case', ['any', attention, selected], state.opacity, 0] },
      },
      {
        id: REPORT_LAYERS.disc,
        type: 'circle',
        source: REPORTS_SOURCE,
        layout: { visibility: visibility(state) },
        paint: {
          'circle-color': SEVERITY_COLOUR,
          'circle-radius': RADIUS,
          'circle-stroke-color': stroke.color,
          'circle-stroke-width': stroke.width,
          'circle-opacity': state.opacity,
          'circle-stroke-opacity': state.opacity,
        },
      },
      {
        id: REPORT_LAYERS.mark,
        type: 'symbol',
        source: REPORTS_SOURCE,
        layout: {
          visibility: visibility(state),
          'text-field': byType((t) => TYPE_MARK[t][lang], lang === 'ko' ? '보' : 'R'),
          'text-font': FONT_MEDIUM,
          'text-size': lang === 'ko' ? 12 : 10,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': '#000000', 'text-opacity': state.opacity },
      },
      liveLabelLayer(ctx, state, REPORT_LAYERS.label, REPORTS_SOURCE, ['concat', byType((t) => REPORT_TYPE_INFO[t][lang], ''), ' ', ['coalesce', ['get', 'level'], ['get', 'what'], '']], { offset: 1.6 }),
    ];
  },
};

/** Feature-state for one report: whether it holds attention, was escalated, is selected. */
export function reportFeatureStates(items: ReadonlyArray<{ key: string; attention: boolean; escalated: boolean }>, selectedKey: string | null): Array<{ id: string; state: { attention: boolean; escalated: boolean; selected: boolean } }> {
  return items.map((i) => ({ id: i.key, state: { attention: i.attention, escalated: i.escalated, selected: i.key === selectedKey } }));
}

/**
 * Shared pieces of the eighteen service panel definitions: label helpers, the region columns every
 * panel carries, and the stream naming (`panels.<id>`, records of kind `<id>.record`).
 */
import type { ActionField, Bilingual, PanelColumn, PanelFilter } from '../panel-definition.js';

export const t = (ko: string, en: string): Bilingual => ({ ko, en });

/** The hub stream of a panel's dataset. */
export const panelStream = (id: string): string => `panels.${id}`;
/** The record kind of a panel's dataset. */
export const panelKind = (id: string): string => `${id}.record`;
/** Operator actions of the panels go to one ops stream unless a domain listens on its own. */
export const PANEL_OPS_STREAM = 'ops.panels';

/** 5-digit sigungu code (Interior) and its name, carried by every regional record. */
export const regionColumns: PanelColumn[] = [
  { key: 'sigunguName', label: t('시군구', 'Sigungu'), type: 'text', width: 110 },
  { key: 'sigungu', label: t('시군구 코드', 'Sigungu code'), type: 'text', width: 70 },
];

/** Marks a record as generated demo data (the framework shows the panel's `source`; this is per record). */
export const demoColumn: PanelColumn = { key: 'demo', label: t('시연 자료', 'Demo data'), type: 'boolean', width: 60 };

export const sigunguFilter: PanelFilter = { key: 'sigunguName', label: t('시군구', 'Sigungu'), kind: 'text' };

export const noteField = (required = false): ActionField => ({ key: 'note', label: t('메모', 'Note'), type: 'text', required, maxLength: 500 });

export const enumValues = (pairs: ReadonlyArray<readonly [string, string, string]>): Array<{ value: string; label: Bilingual }> => pairs.map(([value, ko, en]) => ({ value, label: t(ko, en) }));

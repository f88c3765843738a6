/**
 * The datasets of the service panels (issue 8), deterministic from a seed, over the real regions:
 * one hub stream per panel (`panels.<id>`). Real where real data exists here — adults on the 2022
 * roll per sigungu (NARASat), the cited legal articles (KLIC), the real ports and airports (UNI-PASS
 * places) — and generated elsewhere, every generated record marked `demo: true`. Volumes follow the
 * adults per sigungu (so businesses and staff are dense in cities and budgets proportional to
 * population), as a sample: one record stands for many real ones (`RATES` in panel-records.ts).
 * The NIRS panel is the hub's own feed health (hub/server/nirs-feed.ts); GCMA is `hub.keys`.
 */
import type { EventInput, EventStatus, GeoJsonGeometry } from '../../../main/common/events.js';
import { KLIC_ARTICLES, klicArticleName } from '../../../main/common/panels/klic-articles.js';
import { seededRandom } from '../../../main/common/seeded-random.js';
import { demoPanelRecords } from './panel-records.js';

export { RATES } from './panel-records.js';
import type { PanelGeo } from './panel-geo.js';

export const PANEL_DATA_SEED = 20260827;
/** Source time of the seeded records: the demo day's start, 2026-08-27 06:00 KST. */
export const PANEL_DATA_TS = Date.UTC(2026, 7, 26, 21, 0, 0);


/** A panel record before it becomes an event. */
export interface PanelRecordInput {
  key: string;
  props: Record<string, unknown>;
  geometry: GeoJsonGeometry | null;
}

/** Builds the event of one record of panel `id`. */
export function panelEvent(id: string, r: PanelRecordInput, opts: { status: EventStatus; source: string; demo: boolean }): EventInput {
  return {
    stream: `panels.${id}`,
    id: `panel-data:${id}:${r.key}`,
    key: r.key,
    kind: `${id}.record`,
    op: 'upsert',
    ts: PANEL_DATA_TS,
    status: opts.status,
    geometry: r.geometry,
    props: opts.demo ? { ...r.props, demo: true } : r.props,
    source: opts.source,
  };
}

/** The real datasets: NARASat statistics and the KLIC articles. */
export function realPanelRecords(geo: PanelGeo): Record<string, PanelRecordInput[]> {
  return {
    narasat: geo.sigungu.map((s) => ({
      key: s.code,
      geometry: null,
      props: { sigungu: s.code, sigunguName: s.name, sidoName: s.sidoName, adults2022: s.adults2022, emdCount: s.anchors.length },
    })),
    klic: KLIC_ARTICLES.map((a) => ({
      key: a.id,
      geometry: null,
      props: { name: klicArticleName(a), law: a.law.ko, lawEn: a.law.en, article: a.article, title: a.titleKo, titleEn: a.titleEn, sourceUrl: a.sourceUrl },
    })),
  };
}

/** Every panel dataset as hub events (real ones as `real`, generated ones marked demo). */
export function panelDataEvents(geo: PanelGeo, opts: { status: EventStatus; seed?: number; demo?: boolean }): EventInput[] {
  const out: EventInput[] = [];
  for (const [id, records] of Object.entries(realPanelRecords(geo))) {
    for (const r of records) out.push(panelEvent(id, r, { status: opts.status, source: 'geo-data:panels', demo: false }));
  }
  if (opts.demo === false) return out;
  const demo = demoPanelRecords(geo, seededRandom(opts.seed ?? PANEL_DATA_SEED));
  for (const [id, records] of Object.entries(demo)) {
    for (const r of records) out.push(panelEvent(id, r, { status: opts.status, source: 'scenario:demo-panels', demo: true }));
  }
  return out;
}

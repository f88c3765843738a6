/**
 * Making, resolving and publishing the area of interest. A drawn polygon or a buffer filters the panels
 * at once (resolved here with the shared AOI model); the core's `aoi:resolve` then adds the sigungu it
 * overlaps (for region-coded records) and its label. A region is resolved by the core only (its
 * boundary comes from the core's region index). Publishing is `ops:submit` of `publishAoiCommand`.
 */
import type { SitroomApi } from '../../main/common/ipc-contract';
import { aoiLabel, areaBBox, areaKm2, publishAoiCommand, publishedAoiFromFeature, resolveAoiGeometry, type AoiSpec, type PublishedAoi } from '../../main/common/panels/aoi';
import type { LiveFeature } from '../../main/common/live-sync';
import { panelUi, type AreaOfInterest, type PanelUiStore } from './panel-store';

type Api = Pick<SitroomApi, 'invoke'>;

const newId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

let resolving = 0;

/**
 * Sets the area from a spec: at once when it can be computed here (polygon, buffer), then completed by
 * the core's answer; a later call wins over an earlier one still in flight.
 */
export async function setAreaFromSpec(api: Api, spec: AoiSpec, opts: { label?: string; published?: AreaOfInterest['published']; id?: string; store?: PanelUiStore } = {}): Promise<AreaOfInterest | null> {
  const store = opts.store ?? panelUi;
  const mine = ++resolving;
  const id = opts.id ?? newId();
  if (spec.type !== 'region') {
    const geometry = resolveAoiGeometry(spec, null);
    const local: AreaOfInterest = { id, spec, geometry, label: opts.label ?? aoiLabel(spec), bbox: areaBBox(geometry), regions: null, ...(opts.published ? { published: opts.published } : {}) };
    store.getState().setAoi(local);
  }
  try {
    const r = await api.invoke('aoi:resolve', { spec });
    if (mine !== resolving) return null;
    const aoi: AreaOfInterest = { id, spec, geometry: r.geometry, label: opts.label ?? r.label, bbox: r.bbox, regions: r.regions, ...(opts.published ? { published: opts.published } : {}) };
    store.getState().setAoi(aoi);
    return aoi;
  } catch (err) {
    console.warn('aoi:resolve failed:', err instanceof Error ? err.message : err);
    return store.getState().aoi;
  }
}

/** The drawn polygon (≥ 3 vertices) as the area; fewer vertices cancel the drawing. */
export function finishDrawing(api: Api, store: PanelUiStore = panelUi): void {
  const draft = store.getState().draft;
  if (draft.length < 3) {
    store.getState().setTool('off');
    return;
  }
  const ring = [...draft, draft[0]!].map((p) => [p[0], p[1]]);
  void setAreaFromSpec(api, { type: 'polygon', geometry: { type: 'Polygon', coordinates: [ring] } }, { store });
}

/** N km around a geometry (the selected record, a fire, an alert area). */
export function bufferAround(api: Api, geometry: NonNullable<LiveFeature['geometry']>, radiusKm: number, source: string, store: PanelUiStore = panelUi): void {
  void setAreaFromSpec(api, { type: 'buffer', geometry, radiusKm, source: source.slice(0, 300) }, { store });
}

/** The sigungu (or, outside any, nothing) at a point as the area. */
export async function pickRegionAt(api: Api, lon: number, lat: number, store: PanelUiStore = panelUi): Promise<void> {
  const hit = await api.invoke('region:at', { lon, lat });
  const region = hit?.sigungu ?? hit?.sido;
  if (!region) return;
  await setAreaFromSpec(api, { type: 'region', level: hit?.sigungu ? 'sigungu' : 'sido', code: region.code }, { store });
}

/** Publishes the current area to every workstation (under its id: publishing again replaces it). */
export async function publishArea(api: Api, aoi: AreaOfInterest): Promise<string> {
  const cmd = publishAoiCommand({ id: aoi.id, name: aoi.label, spec: aoi.spec, geometry: aoi.geometry, areaKm2: areaKm2(aoi.geometry) });
  return (await api.invoke('ops:submit', cmd)).id;
}

/** Published areas from the `ops.aoi` stream, newest first. */
export function publishedAreas(stream: Readonly<Record<string, LiveFeature>> | undefined): PublishedAoi[] {
  return Object.values(stream ?? {})
    .map(publishedAoiFromFeature)
    .filter((p): p is PublishedAoi => p !== null)
    .sort((a, b) => b.publishedAt - a.publishedAt);
}

/** Makes a published area the current one. */
export function adoptPublishedArea(api: Api, p: PublishedAoi, store: PanelUiStore = panelUi): Promise<AreaOfInterest | null> {
  return setAreaFromSpec(api, p.spec, { label: p.name, id: p.key.replace(/^aoi:/, ''), published: { key: p.key, user: p.user }, store });
}

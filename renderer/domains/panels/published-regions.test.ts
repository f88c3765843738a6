import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import type { LiveFeature } from '../../../main/common/live-sync';
import { AOI_STREAM, publishAoiCommand, unpublishAoiCommand } from '../../../main/common/panels/aoi';
import { createFeatureStateBinder, type FeatureStateMapLike } from '../../map/feature-state-binder';
import { createRegistry } from '../../map/registry';
import { styleContext } from '../../map/style';
import { createLiveStore } from '../../state/live-store';
import { PANEL_SOURCES, panelModules } from '.';

const square = { type: 'Polygon' as const, coordinates: [[[127, 37], [127.1, 37], [127.1, 37.1], [127, 37.1], [127, 37]]] };

function published(id: string, spec: Parameters<typeof publishAoiCommand>[0]['spec'], seq: number): LiveFeature {
  const cmd = publishAoiCommand({ id, name: id, spec, geometry: square, areaKm2: 1 });
  return { stream: AOI_STREAM, key: cmd.key, kind: cmd.kind, status: 'exercise', ts: 1, receivedAt: 1, seq, props: { ...cmd.props, user: 'lee' }, geometry: cmd.geometry ?? null };
}

describe('areas published as a region code', () => {
  it('outline that sido or sigungu on the region files; a drawn area or an emd code sets no region state; withdrawing clears it', () => {
    const states = new Map<string, Record<string, unknown>>();
    const sources = new Map<string, object>([[PANEL_SOURCES.sido, {}], [PANEL_SOURCES.sigungu, {}]]);
    const map: FeatureStateMapLike = {
      getSource: (id) => sources.get(id),
      setFeatureState: (f, s) => void states.set(`${f.source}/${f.id}`, { ...states.get(`${f.source}/${f.id}`), ...s }),
      removeFeatureState: (f) => void states.delete(`${f.source}/${String(f.id)}`),
    };
    const binder = createFeatureStateBinder(map, createRegistry(panelModules));
    const store = createLiveStore();
    store.getState().applySnapshot({
      serial: 1,
      exercise: true,
      streams: [
        {
          stream: AOI_STREAM,
          cursor: 4,
          features: [
            published('gu', { type: 'region', level: 'sigungu', code: '11110' }, 1),
            published('do', { type: 'region', level: 'sido', code: '42' }, 2),
            published('dong', { type: 'region', level: 'emd', code: '1111051500' }, 3),
            published('drawn', { type: 'polygon', geometry: square }, 4),
          ],
        },
      ],
    });
    binder.sync(store.getState());
    expect(Object.fromEntries(states)).toEqual({ [`${PANEL_SOURCES.sigungu}/11110`]: { pub: true }, [`${PANEL_SOURCES.sido}/42`]: { pub: true } });

    store.getState().applyDiff({ serial: 2, reset: false, diffs: [{ stream: AOI_STREAM, upserts: [], removes: [unpublishAoiCommand('gu').key] }] });
    binder.sync(store.getState());
    expect(states.get(`${PANEL_SOURCES.sigungu}/11110`)?.['pub'] ?? null).toBeNull();
    expect(states.get(`${PANEL_SOURCES.sido}/42`)).toEqual({ pub: true });
  });

  it('are drawn by valid style layers on the choropleth region sources', () => {
    const ctx = styleContext('dark', 'ko', 'http://127.0.0.1:4000/');
    const state = { visible: true, opacity: 1 };
    const style = {
      version: 8,
      glyphs: 'http://127.0.0.1:4000/glyphs/{fontstack}/{range}.pbf',
      sources: Object.assign({}, ...panelModules.map((m) => m.sources(ctx))),
      layers: panelModules.flatMap((m) => m.layers(ctx, state)),
    } as StyleSpecification;
    expect(validateStyleMin(style)).toEqual([]);
    const regionLines = style.layers.filter((l) => l.id.endsWith('-published') && l.id.startsWith('panels:choropleth-'));
    expect(regionLines.map((l) => ('source' in l ? l.source : null))).toEqual([PANEL_SOURCES.sido, PANEL_SOURCES.sigungu]);
  });
});

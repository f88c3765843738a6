import { detachedPanelId, detachedUrl, startPanelChannel, type ChannelLike } from './panel-channel';
import { createPanelUiStore } from './panel-store';
import { finishDrawing, setAreaFromSpec } from './aoi-actions';
import type { SitroomApi } from '../../main/common/ipc-contract';
import type { ResolvedAoi } from '../../main/common/panels/aoi';

/** An in-memory broadcast bus: what one channel posts, every other channel receives (async, like the real one). */
function bus(): () => ChannelLike {
  const members = new Set<(e: MessageEvent) => void>();
  return () => {
    const mine = new Set<(e: MessageEvent) => void>();
    return {
      postMessage: (data) => {
        for (const l of members) if (!mine.has(l)) queueMicrotask(() => l({ data } as MessageEvent));
      },
      addEventListener: (_t, l) => (mine.add(l), members.add(l)),
      removeEventListener: (_t, l) => (mine.delete(l), members.delete(l)),
      close: () => mine.forEach((l) => members.delete(l)),
    };
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('windows of one instance share selection, fly requests, area and queries', () => {
  it('a window that opens gets the state; later changes go both ways without echoing', async () => {
    const open = bus();
    const main = createPanelUiStore();
    main.getState().openPanel('synthetic');
    main.getState().setSearch('synthetic', 'S-01');
    const stopMain = startPanelChannel(main, open());
    const popup = createPanelUiStore();
    const stopPopup = startPanelChannel(popup, open());
    await flush();
    expect(popup.getState().queries['synthetic']?.search).toBe('S-01');
    // The detached window's tabs are its own; selection and fly requests reach the map window.
    expect(popup.getState().open).toEqual([]);
    popup.getState().select({ panelId: 'synthetic', key: 'S-006' }, true);
    await flush();
    expect(main.getState().selected).toEqual({ panelId: 'synthetic', key: 'S-006' });
    expect(main.getState().flySerial).toBe(popup.getState().flySerial);
    const geometry = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    main.getState().setAoi({ id: 'a', spec: { type: 'polygon', geometry }, geometry, label: 'x', bbox: [0, 0, 1, 1], regions: null });
    await flush();
    expect(popup.getState().aoi?.id).toBe('a');
    stopMain();
    stopPopup();
  });

  it('builds and reads the detached address (the secret stays in it)', () => {
    const url = detachedUrl('http://127.0.0.1:5000/?secret=ab#x', 'food-safety');
    expect(url).toBe('http://127.0.0.1:5000/?secret=ab&panel=food-safety');
    expect(detachedPanelId(new URL(url).search)).toBe('food-safety');
    expect(detachedPanelId('?panel=../etc')).toBeNull();
    expect(detachedPanelId('?secret=ab')).toBeNull();
  });
});

describe('area of interest actions', () => {
  it('a drawn polygon filters at once, then takes the core answer (regions, label)', async () => {
    const store = createPanelUiStore();
    let answer: (r: ResolvedAoi) => void = () => undefined;
    const api = { invoke: (channel: string) => (channel === 'aoi:resolve' ? new Promise<ResolvedAoi>((r) => (answer = r)) : Promise.reject(new Error(channel))) } as unknown as Pick<SitroomApi, 'invoke'>;
    store.getState().setTool('polygon');
    for (const p of [[126.9, 37.5], [127.1, 37.5], [127.1, 37.7]] as Array<[number, number]>) store.getState().addVertex(p);
    finishDrawing(api, store);
    const local = store.getState().aoi!;
    expect(local.spec.type).toBe('polygon');
    expect(local.geometry.coordinates[0]).toHaveLength(4);
    expect(local.regions).toBeNull();
    expect(store.getState().tool).toBe('off');
    answer({ spec: local.spec, geometry: local.geometry, areaKm2: 200, bbox: local.bbox, regions: [{ level: 'sigungu', code: '11110', name: '종로구', sidoCode: '11', fraction: 0.5 }], label: 'drawn area' });
    await flush();
    expect(store.getState().aoi?.regions?.[0]?.code).toBe('11110');
    expect(store.getState().aoi?.id).toBe(local.id);
  });

  it('a buffer is an area around the feature; fewer than 3 vertices cancel the drawing', async () => {
    const store = createPanelUiStore();
    const api = { invoke: () => Promise.reject(new Error('offline')) } as unknown as Pick<SitroomApi, 'invoke'>;
    await setAreaFromSpec(api, { type: 'buffer', geometry: { type: 'Point', coordinates: [127, 37.5] }, radiusKm: 10 }, { store });
    const b = store.getState().aoi!;
    expect(b.geometry.type).toBe('Polygon');
    expect(b.bbox[2] - b.bbox[0]).toBeGreaterThan(0.2);
    store.getState().setTool('polygon');
    store.getState().addVertex([127, 37]);
    finishDrawing(api, store);
    expect(store.getState().tool).toBe('off');
    expect(store.getState().aoi).toBe(b);
  });
});
